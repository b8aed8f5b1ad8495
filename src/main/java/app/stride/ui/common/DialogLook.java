package app.stride.ui.common;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;

/** A dialog dressed like the window it opens over: the app's stylesheets and the theme's class (Stride's own colours). */
public final class DialogLook {

    private DialogLook() {
    }

    /**
     * Gives {@code pane} the stylesheets and the {@code theme-…} class of {@code owner}'s window: a dialog is a window of
     * its own, so without them Stride's colours (looked up under the theme class) are not found there.
     */
    public static void follow(final DialogPane pane, final Node owner) {
        pane.getStylesheets().setAll(owner.getScene().getStylesheets());
        owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-")).forEach(pane.getStyleClass()::add);
    }
}
