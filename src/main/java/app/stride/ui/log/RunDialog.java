package app.stride.ui.log;

import app.stride.common.Messages;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.RunStatus;
import app.stride.ui.common.DateField;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.FieldMarks;
import app.stride.ui.common.RunFields;
import app.stride.ui.common.SegmentedChoice;
import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.StageStyle;

/**
 * "Log a run" and "Edit run": the form in the app's own dialog. Save keeps the dialog open on a mistake, with the
 * field marked and everything typed kept; it closes once the run is stored.
 */
final class RunDialog {

    private RunDialog() {
    }

    /** The dialog for {@code form}, not shown yet (tests look it up); Save goes through {@code vm}. */
    static Dialog<ButtonType> create(final Node owner, final LogViewModel vm, final RunForm form, final DistanceUnit unit) {
        final Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initStyle(StageStyle.UTILITY);
        dialog.setTitle(Messages.get("app.name"));
        final DialogPane pane = dialog.getDialogPane();
        pane.getStyleClass().addAll("confirm-dialog", "run-dialog");
        pane.setId("run-dialog");
        final ButtonType save = new ButtonType(Messages.get("log.form.save"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(ButtonType.CANCEL, save);
        pane.setHeaderText(null);
        pane.setGraphic(null);

        final Label heading = new Label(Messages.get(form.editing().isPresent() ? "log.form.editTitle" : "log.form.addTitle"));
        heading.getStyleClass().add(Styles.TITLE_3);
        final Label hint = new Label(Messages.get(form.editing().isPresent() ? "log.form.editHint" : "log.form.addHint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        hint.setId("run-form-hint");
        // A wrapped label squeezed by its VBox gives up lines and ends in "…": it keeps the height of its text.
        hint.setMinHeight(Region.USE_PREF_SIZE);

        final DatePicker date = DateField.create();
        date.setId("run-date");
        date.valueProperty().bindBidirectional(form.dateProperty());
        date.setDisable(!form.dateEditable());
        date.setMaxWidth(Double.MAX_VALUE);

        final SegmentedChoice<RunStatus> status = new SegmentedChoice<>(form.statuses(), s -> Messages.get("log.form.status." + s.code()));
        status.valueProperty().bindBidirectional(form.statusProperty());

        // The same fields, order, labels and choices as Today's "How did it go?" (new-user review 11).
        final RunFields fields = new RunFields(new RunFields.Ids("run-distance", "run-time", "run-rpe", "run-feel", "run-shoe",
                "run-note"), new javafx.beans.property.SimpleStringProperty(unit.code()), 3);
        fields.shoes(vm.shoes().stream().filter(s -> !s.retired() || form.shoeProperty().get().filter(x -> x.id() == s.id()).isPresent())
                .toList());
        fields.bind(form.distanceProperty(), form.timeProperty(), form.rpeProperty(), form.feelProperty(), form.shoeProperty(),
                form.noteProperty());
        final TextField distance = fields.distance;

        // The numbers of a skipped session: there are none.
        final var ran = javafx.beans.binding.Bindings.createBooleanBinding(() -> form.statusProperty().get().ran(),
                form.statusProperty());
        for (Control c : List.of(fields.distance, fields.time, fields.effort, fields.feel)) {
            c.disableProperty().bind(ran.not());
        }

        final GridPane grid = fields.grid(1, !vm.shoes().isEmpty(),
                List.of(RunFields.row("log.form.date", date, date), RunFields.row("log.form.status", status, status)));

        final ErrorLine error = new ErrorLine("run-form-problem", form.errorProperty());
        final Map<String, Control> marked = new LinkedHashMap<>(fields.byField("time", "rpe", "note"));
        marked.put("date", date);
        FieldMarks.attach(form.errorFieldProperty(), form.errorProperty(), marked);

        final VBox content = new VBox(12, heading, hint, grid, error);
        content.setPrefWidth(460);
        pane.setContent(content);
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            // The window behind dims while the dialog is up, as under the re-plan sheet: in dark it blended into the list.
            app.stride.ui.common.Backdrop.behind(dialog, owner.getScene().getRoot());
            app.stride.ui.common.DialogLook.follow(pane, owner);
        }
        final Button saveButton = (Button) pane.lookupButton(save);
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.setId("run-save");
        // Off while the save is on its way, so a double click or Enter and a click store the run once.
        saveButton.disableProperty().bind(form.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            // The dialog closes only once the run is stored; a mistake keeps it open with the field marked.
            e.consume();
            vm.save(form, () -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        // An error line takes room the dialog did not have when it opened: the window grows to hold it, only by what
        // is missing. sizeToScene() on each error made it taller with every mistake, nearly filling a 720 px screen.
        form.errorProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            if (pane.getScene() != null && pane.getScene().getWindow() != null) {
                final javafx.stage.Window w = pane.getScene().getWindow();
                final double missing = Math.ceil(pane.prefHeight(pane.getWidth()) - pane.getHeight());
                if (missing > 0) {
                    w.setHeight(w.getHeight() + missing);
                }
            }
        }));
        // The first field to fill gets the focus. Asked for in onShown it lost to the dialog's own focus on its default
        // button (new-user review 6, 10: Enter saved before anything was touched): asked once that has happened.
        final Node first = form.dateEditable() ? date : distance;
        dialog.setOnShown(e -> {
            first.requestFocus();
            javafx.application.Platform.runLater(first::requestFocus);
        });
        return dialog;
    }

    private static Label label(final String key, final Node field) {
        final Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Control.USE_PREF_SIZE);
        return l;
    }
}
