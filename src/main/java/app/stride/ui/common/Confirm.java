package app.stride.ui.common;

import app.stride.common.Messages;
import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.StageStyle;

/**
 * The app's own confirmation: a plain question in the app's look, the action named on its button ("Retire", not
 * "OK"), and Cancel as the safe default. Replaces JavaFX's stock dialog with its "?" icon and header band.
 */
public final class Confirm {

    private Confirm() {
    }

    /** The dialog, not shown yet: for tests and for {@link #ask}. */
    public static Dialog<ButtonType> dialog(final Node owner, final String title, final String body, final String action,
                                            final boolean destructive) {
        final Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initStyle(StageStyle.UTILITY);
        dialog.setTitle(Messages.get("app.name"));
        final ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        final DialogPane pane = dialog.getDialogPane();
        pane.getButtonTypes().setAll(ButtonType.CANCEL, go);
        pane.setHeaderText(null);
        pane.setGraphic(null);
        final Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        final Label text = new Label(body);
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        final VBox content = new VBox(8, heading, text);
        content.setPrefWidth(420);
        pane.setContent(content);
        pane.getStyleClass().add("confirm-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            DialogLook.follow(pane, owner);
        }
        final Button goButton = (Button) pane.lookupButton(go);
        goButton.getStyleClass().add(destructive ? Styles.DANGER : Styles.ACCENT);
        goButton.setDefaultButton(false);
        final Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        cancel.setDefaultButton(true);
        cancel.setCancelButton(true);
        return dialog;
    }

    /** Asks and waits; true only when the runner chose the action. */
    public static boolean ask(final Node owner, final String title, final String body, final String action, final boolean destructive) {
        final Dialog<ButtonType> dialog = dialog(owner, title, body, action, destructive);
        final Optional<ButtonType> answer = dialog.showAndWait();
        return answer.map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }
}
