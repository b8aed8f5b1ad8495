package app.stride.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;

/**
 * The look of a button that takes something away (retire a pair, restore a backup over today's data): outlined in
 * the danger colour, quieter than the screen's main action and never mistaken for it; it always asks first
 * ({@link Confirm}, whose own button is the filled danger one).
 */
public final class Destructive {

    /** The style class every destructive button carries, for tests and the style sheet. */
    public static final String STYLE = "destructive";

    private Destructive() {
    }

    /** Gives {@code button} the destructive look. */
    public static Button style(final Button button) {
        button.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER, STYLE);
        return button;
    }
}
