package app.stride.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.effect.Effect;

/**
 * Dims the window behind a dialog while it is up, so the dialog reads as a layer on top of the page and not as part
 * of it (in dark, a dialog in the page's own colour blended into the list behind it).
 */
public final class Backdrop {

    private Backdrop() {
    }

    /** The dimming the window behind gets: the same as the re-plan sheet's. */
    public static Effect dimmed() {
        return new ColorAdjust(0, -0.2, -0.45, 0);
    }

    /** Dims {@code behind} while {@code dialog} shows and gives it back its own effect once the dialog is hidden. */
    public static void behind(final Dialog<?> dialog, final Node behind) {
        final Effect before = behind.getEffect();
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWING, e -> behind.setEffect(dimmed()));
        dialog.addEventHandler(DialogEvent.DIALOG_HIDDEN, e -> behind.setEffect(before));
    }
}
