package app.stride.ui.common;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Keeps the keyboard focus ring on controls the arrow keys move between (a segmented choice's pills). Their
 * behaviour moves focus by code, which JavaFX does not count as {@code :focus-visible}, so the ring vanished after
 * the first arrow; such a control gets {@code :arrowed} until it loses focus, as the sidebar's items do.
 */
public final class ArrowFocus {

    /** On a control the arrow keys moved focus to; styled with {@code :focus-visible} in stride.css. */
    public static final PseudoClass ARROWED = PseudoClass.getPseudoClass("arrowed");

    private ArrowFocus() {
    }

    /** Marks each of {@code items} {@code :arrowed} when an arrow key pressed inside {@code group} focuses it. */
    public static void keepRing(final Node group, final Iterable<? extends Node> items) {
        final boolean[] arrowing = {false};
        group.addEventFilter(KeyEvent.KEY_PRESSED, e -> arrowing[0] = e.getCode().isArrowKey());
        // A click focuses without a ring, as everywhere else.
        group.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> arrowing[0] = false);
        for (Node n : items) {
            n.focusedProperty().addListener((o, was, is) -> {
                // The pill losing focus hears first: only the one gaining it reads (and spends) the key.
                n.pseudoClassStateChanged(ARROWED, is && arrowing[0]);
                if (is) {
                    arrowing[0] = false;
                }
            });
        }
    }
}
