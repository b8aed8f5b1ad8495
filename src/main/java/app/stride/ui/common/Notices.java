package app.stride.ui.common;

import app.stride.common.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Short notices in the corner of the window (ControlsFX {@link Notifications}) for things that happened in the
 * background and would otherwise go unseen, e.g. a save that failed after the screen already moved on.
 */
public final class Notices {

    /** How long a notice stays; long enough to read two lines. */
    static final Duration SHOWN_FOR = Duration.seconds(8);

    private Notices() {
    }

    /** "Not saved": {@code text} says what and where the details are. */
    public static void saveFailed(final Node owner, final String text) {
        if (owner.getScene() == null || owner.getScene().getWindow() == null) {
            return;
        }
        Notifications.create()
                .owner(owner.getScene().getWindow())
                .title(Messages.get("notice.saveFailed"))
                .text(text)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .showError();
    }
}
