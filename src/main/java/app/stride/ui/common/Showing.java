package app.stride.ui.common;

import javafx.scene.Node;

/**
 * Whether a screen is on show: the window keeps screens it built either hidden or out of the scene graph. A screen
 * told of a plan change while it is not on show does not read (the one database thread has better work); its
 * {@link ScreenView#onShow()} reads anyway when the runner comes back, so it shows the change then.
 */
public final class Showing {

    private Showing() {
    }

    /** Whether {@code root} is in a scene, visible and attached (not a screen put aside by the window). */
    public static boolean now(final Node root) {
        return root.isVisible() && root.getParent() != null && root.getScene() != null;
    }
}
