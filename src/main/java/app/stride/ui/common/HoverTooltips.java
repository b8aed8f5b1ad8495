package app.stride.ui.common;

import java.util.Map;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes to the part of the window that has them, not while it is built: a
 * tooltip is a window (JavaFX makes those on the UI thread only, and a view may be built off it, issue 11), its first
 * one costs 60-80 ms of class loading before the first frame, and it only ever shows on hover. Mouse events always
 * come on the UI thread.
 */
public final class HoverTooltips {

    private HoverTooltips() {
    }

    /** Gives each control in {@code tips} its tooltip text the first time the pointer enters {@code area} (or a child). */
    public static void onFirstHover(final Node area, final Map<? extends Control, String> tips) {
        area.addEventFilter(MouseEvent.MOUSE_ENTERED_TARGET, new EventHandler<>() {
            @Override
            public void handle(final MouseEvent e) {
                area.removeEventFilter(MouseEvent.MOUSE_ENTERED_TARGET, this);
                tips.forEach((control, text) -> control.setTooltip(new Tooltip(text)));
            }
        });
    }
}
