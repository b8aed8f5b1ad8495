package app.stride.ui.common;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A friendly placeholder that says what is missing and what to do next; its action button leads with a plus. */
public final class EmptyState extends VBox {

    public EmptyState(final String iconLiteral, final String title, final String body, final Optional<Button> action) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setMaxWidth(480);

        final FontIcon icon = new FontIcon(iconLiteral);
        icon.getStyleClass().add("empty-state-icon");

        final Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);

        final Label text = new Label(body);
        text.getStyleClass().addAll(Styles.TEXT_MUTED, "empty-state-body");
        text.setWrapText(true);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);

        getChildren().addAll(icon, heading, text);
        action.ifPresent(b -> {
            // One look for every empty state's action (ADR 0003): each starts something new (a plan, a run), so each
            // leads with the plus; some screens gave theirs an icon and others none (new-user review 11).
            if (b.getGraphic() == null) {
                b.setGraphic(new FontIcon("mdi2p-plus"));
            }
            b.getStyleClass().add(Styles.ACCENT);
            b.setDefaultButton(false);
            getChildren().add(b);
            VBox.setMargin(b, new javafx.geometry.Insets(8, 0, 0, 0));
        });
    }
}
