package app.stride.ui.progress;

import app.stride.common.Messages;
import app.stride.ui.common.OpenFolder;
import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** The partner note on Progress: the text, Copy and Save…; hidden while there is no plan. */
final class PartnerNoteCard extends VBox {

    PartnerNoteCard(final PartnerNoteViewModel vm) {
        setId("progress-partner-note");
        setSpacing(8);
        getStyleClass().add("card-panel");
        setStyle("-fx-padding: 14 16 14 16;");
        final Label title = new Label(Messages.get("note.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        final Label hint = new Label(Messages.get("note.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        final Label text = new Label();
        text.setId("partner-note-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(vm.noteProperty());
        text.getStyleClass().add("partner-note");
        text.setStyle("-fx-padding: 10 12 10 12; -fx-background-color: -color-bg-subtle; -fx-background-radius: 6;"
                + " -fx-border-color: -color-border-muted; -fx-border-radius: 6;");
        final Button copy = new Button(Messages.get("note.copy"), new FontIcon("mdi2c-content-copy"));
        copy.setId("partner-note-copy");
        copy.setOnAction(e -> {
            final ClipboardContent c = new ClipboardContent();
            c.putString(vm.noteProperty().get());
            Clipboard.getSystemClipboard().setContent(c);
            vm.copied();
        });
        final Button save = new Button(Messages.get("note.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("partner-note-save");
        save.setOnAction(e -> {
            final FileChooser fc = new FileChooser();
            fc.setInitialFileName("stride-this-week.txt");
            final File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                vm.save(f.toPath());
            }
        });
        final Label status = new Label();
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        final var open = OpenFolder.link(Messages.get("export.openFolder"), () -> vm.savedProperty().get().orElseThrow());
        final var shown = Bindings.createBooleanBinding(() -> vm.savedProperty().get().isPresent() && OpenFolder.available(),
                vm.savedProperty());
        open.visibleProperty().bind(shown);
        open.managedProperty().bind(shown);
        final HBox actions = new HBox(8, copy, save, status, open);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, hint, text, actions);
        visibleProperty().bind(Bindings.isNotEmpty(vm.noteProperty()));
        managedProperty().bind(visibleProperty());
    }
}
