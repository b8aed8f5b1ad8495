package app.stride.ui.settings;

import app.stride.common.Messages;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.OpenFolder;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings' "Share and keep" card: CSV, calendar, PDF, print with preview and a backup file, with progress and Open folder. */
public final class ExportsPane extends VBox {

    private final ExportsViewModel vm;

    public ExportsPane(final ExportsViewModel vm) {
        this.vm = vm;
        setId("settings-exports");
        setSpacing(10);
        setStyle("-fx-padding: 14 16 14 16;"); // inline: the card-panel class sets a tighter padding for tiles
        getStyleClass().add("card-panel");
        final Label intro = new Label(Messages.get("exports.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        // Two groups that wrap as wholes: five buttons in one flow left "Back up to a file…" alone on a second row at
        // 1120 px (review). Files to share on one side, paper and the backup file on the other; one row when it fits.
        final HBox share = new HBox(8,
                button(ExportsViewModel.Kind.CSV, "mdi2t-table-arrow-right"),
                button(ExportsViewModel.Kind.ICS, "mdi2c-calendar-export"),
                button(ExportsViewModel.Kind.PDF, "mdi2f-file-pdf-box"));
        final HBox keep = new HBox(8, printButton(), button(ExportsViewModel.Kind.BACKUP, "mdi2d-database-export-outline"));
        final FlowPane buttons = new FlowPane(8, 8, share, keep);
        buttons.setId("exports-buttons");

        final ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busyProperty());
        working.managedProperty().bind(vm.busyProperty());
        final Label status = new Label();
        status.setId("exports-status");
        status.setWrapText(true);
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        final var open = OpenFolder.link(Messages.get("export.openFolder"), () -> vm.writtenProperty().get().orElseThrow());
        open.setId("exports-open-folder");
        final var shown = Bindings.createBooleanBinding(() -> vm.writtenProperty().get().isPresent() && OpenFolder.available(),
                vm.writtenProperty());
        open.visibleProperty().bind(shown);
        open.managedProperty().bind(shown);
        final HBox result = new HBox(8, working, status, open);
        result.setAlignment(Pos.CENTER_LEFT);
        result.visibleProperty().bind(vm.busyProperty().or(Bindings.isNotEmpty(vm.statusProperty())));
        result.managedProperty().bind(result.visibleProperty());
        getChildren().addAll(intro, buttons, result, new ErrorLine("exports-problem", vm.problemProperty()));
    }

    private Button button(final ExportsViewModel.Kind kind, final String icon) {
        final Button b = new Button(Messages.get("exports." + kind.code()), new FontIcon(icon));
        b.setId("export-" + kind.code());
        b.disableProperty().bind(vm.busyProperty());
        b.setOnAction(e -> {
            final FileChooser fc = new FileChooser();
            fc.setInitialFileName(kind.fileName());
            final String ext = kind.fileName().substring(kind.fileName().lastIndexOf('.'));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("exports.filter." + kind.code()), "*" + ext));
            final File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                final Path p = f.toPath();
                vm.export(kind, p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ext));
            }
        });
        return b;
    }

    private Button printButton() {
        final Button b = new Button(Messages.get("exports.print"), new FontIcon("mdi2p-printer-outline"));
        b.setId("export-print");
        b.disableProperty().bind(vm.busyProperty());
        b.setOnAction(e -> vm.preparePrint(plan -> PrintPreview.show(getScene().getWindow(), plan)));
        return b;
    }
}
