package app.stride.ui.settings;

import app.stride.app.BackupService;
import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.ui.common.Confirm;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.OpenFolder;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings' backups card: the kept copies, "Back up now", "Restore…" after a confirmation, and "Open folder". */
public final class BackupsPane extends VBox {

    public BackupsPane(final BackupsViewModel vm) {
        setSpacing(10);
        setStyle("-fx-padding: 14 16 14 16;"); // inline: the card-panel class sets a tighter padding for tiles
        getStyleClass().add("card-panel");
        setId("settings-backups");

        final Label intro = new Label(Messages.get("backup.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        final ListView<BackupService.Copy> list = new ListView<>(vm.copies());
        list.setId("backup-list");
        list.setPrefHeight(4 * 30 + 4);
        list.setPlaceholder(new Label(Messages.get("backup.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(final BackupService.Copy c, final boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : Messages.get("backup.row",
                        when(c.madeAt(), ZoneId.systemDefault()), Messages.get("backup.reason." + c.reason()),
                        Math.max(1, Math.round(c.bytes() / 1024.0))));
            }
        });

        final Button now = new Button(Messages.get("backup.now"), new FontIcon("mdi2c-content-save-outline"));
        now.setId("backup-now");
        now.setOnAction(e -> vm.backUpNow());
        now.disableProperty().bind(vm.busyProperty());

        final Button restore = new Button(Messages.get("backup.restore"), new FontIcon("mdi2b-backup-restore"));
        restore.setId("backup-restore");
        // It replaces today's data with the copy: the app's destructive look, as Retire on Shoes.
        app.stride.ui.common.Destructive.style(restore);
        restore.disableProperty().bind(vm.busyProperty().or(list.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(e -> {
            final BackupService.Copy chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && confirm(chosen)) {
                vm.restore(chosen);
            }
        });

        final Button open = OpenFolder.button(Messages.get("export.openFolder"), vm::folder);
        open.setId("backup-open-folder");

        final ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busyProperty());
        working.managedProperty().bind(vm.busyProperty());

        final Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        final HBox actions = new HBox(8, now, restore, working, spacer, open);
        actions.setAlignment(Pos.CENTER_LEFT);

        final Label status = new Label();
        status.setId("backup-status");
        status.setWrapText(true);
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(Bindings.isNotEmpty(vm.statusProperty()));
        status.managedProperty().bind(status.visibleProperty());

        getChildren().addAll(intro, list, actions, status, new ErrorLine("backup-problem", vm.problemProperty()));
    }

    /** When a copy was made, in the app's one date style. */
    static String when(final java.time.Instant madeAt, final ZoneId zone) {
        final java.time.ZonedDateTime t = madeAt.atZone(zone);
        return Dates.dayLong(t.toLocalDate()) + ", " + Dates.time(t.toLocalTime());
    }

    private boolean confirm(final BackupService.Copy c) {
        return Confirm.ask(this, Messages.get("backup.confirm.header", when(c.madeAt(), ZoneId.systemDefault())),
                Messages.get("backup.confirm.body"), Messages.get("backup.confirm.yes"), true);
    }
}
