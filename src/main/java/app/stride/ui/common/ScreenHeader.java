package app.stride.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The title and one-line subtitle at the top of every screen. */
public final class ScreenHeader extends VBox {

    private final Label subtitle = new Label();

    public ScreenHeader(final String title, final String subtitleText) {
        getStyleClass().add("screen-header");
        setSpacing(2);
        final Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        subtitle.setText(subtitleText);
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        getChildren().addAll(heading, subtitle);
    }

    public Label subtitle() {
        return subtitle;
    }
}
