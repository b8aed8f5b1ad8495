package app.stride.ui.log;

import app.stride.common.Messages;
import app.stride.tracking.RunImport;
import app.stride.text.TrackingText;
import app.stride.ui.common.ErrorLine;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Import runs…" on the Log screen, with a progress indicator, what was imported, and drag and drop of files. */
final class RunImportBar extends VBox {


    private final RunImportViewModel vm;

    RunImportBar(final RunImportViewModel vm) {
        this.vm = vm;
        setSpacing(6);
        final Button choose = new Button(Messages.get("import.button"), new FontIcon("mdi2f-file-upload-outline"));
        choose.setId("log-import");
        choose.disableProperty().bind(vm.busyProperty());
        choose.setOnAction(e -> {
            final FileChooser fc = new FileChooser();
            fc.setTitle(Messages.get("import.chooser.title"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("import.chooser.filter"), "*.gpx", "*.tcx", "*.GPX", "*.TCX"));
            final List<File> files = fc.showOpenMultipleDialog(getScene() == null ? null : getScene().getWindow());
            if (files != null) {
                start(files.stream().map(File::toPath).toList());
            }
        });
        final ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busyProperty());
        working.managedProperty().bind(vm.busyProperty());
        final Label hint = new Label(Messages.get("import.drop"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        final HBox row = new HBox(10, choose, working, hint);
        row.setAlignment(Pos.CENTER_LEFT);

        final Label status = new Label();
        status.setId("log-import-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(Bindings.isNotEmpty(vm.statusProperty()));
        status.managedProperty().bind(status.visibleProperty());
        getChildren().addAll(row, status, new ErrorLine("log-import-problem", vm.problemProperty()));
    }

    /** Lets {@code target} take GPX and TCX files dropped on it. */
    void acceptDrops(final Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().map(File::toPath).anyMatch(RunImportViewModel::accepts)) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            final boolean has = e.getDragboard().hasFiles();
            if (has) {
                start(e.getDragboard().getFiles().stream().map(File::toPath).filter(RunImportViewModel::accepts).toList());
            }
            e.setDropCompleted(has);
            e.consume();
        });
    }

    private void start(final List<Path> files) {
        vm.importFiles(files, this::confirm);
    }

    private boolean confirm(final RunImport.Match m) {
        final Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.setTitle(Messages.get("import.confirm.title"));
        a.setHeaderText(Messages.get("import.confirm.header", m.source(), app.stride.format.Dates.dayLong(m.date()), TrackingText.describe(m.session().orElseThrow())));
        a.setContentText(Messages.get("import.confirm.body"));
        final ButtonType yes = new ButtonType(Messages.get("import.confirm.yes"), ButtonBar.ButtonData.YES);
        final ButtonType no = new ButtonType(Messages.get("import.confirm.no"), ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(yes, no);
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        return a.showAndWait().filter(yes::equals).isPresent();
    }
}
