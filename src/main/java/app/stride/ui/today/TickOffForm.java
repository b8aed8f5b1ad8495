package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.gear.Shoe;
import app.stride.outfit.FeedbackAnswer;
import app.stride.ui.common.DateField;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.FieldMarks;
import app.stride.ui.common.RunFields;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import app.stride.ui.common.SegmentedChoice;
import app.stride.ui.shell.ScreenContext;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "How did it go?": the run's numbers as the Log asks them ({@link RunFields}), then Done, Cut short and Skip it, and moving the session to
 * another day. Enter in a field does not submit: the runner ticks off with the button they mean.
 */
final class TickOffForm extends VBox {

    /** Whether today's session may move; kept here so the binding lives as long as the form. */
    private final javafx.beans.binding.BooleanBinding movable;

    TickOffForm(final TodayViewModel vm, final ScreenContext context) {
        super(10);
        final Label title = new Label(Messages.get("today.tickoff.title"));
        title.getStyleClass().add(Styles.TITLE_4);

        // The same fields, order, labels and choices as the Log's "Log a run" (new-user review 11); the note one line here.
        final RunFields fields = new RunFields(new RunFields.Ids("today-distance", "today-duration", "today-effort", "today-feel",
                "today-shoe", "today-notes"), Bindings.createStringBinding(() -> context.settings().get().distanceUnit().code(),
                context.settings()), 1);
        final ObjectProperty<Optional<Shoe>> worn = new SimpleObjectProperty<>(Optional.ofNullable(vm.shoeProperty().get()));
        // Today's model keeps the shoe as a value or none (its wear warning reads it); the field offers "No shoe" too.
        worn.addListener((o, was, now) -> vm.shoeProperty().set(now == null ? null : now.orElse(null)));
        vm.shoeProperty().addListener((o, was, now) -> worn.set(Optional.ofNullable(now)));
        fields.shoes(vm.shoes());
        vm.shoes().addListener((javafx.collections.ListChangeListener<Shoe>) c -> fields.shoes(vm.shoes()));
        fields.bind(vm.distanceProperty(), vm.durationProperty(), vm.effortProperty(), vm.feelProperty(), worn, vm.notesProperty());
        final TextField distance = fields.distance;
        final TextField duration = fields.time;

        final SegmentedChoice<FeedbackAnswer> answer = new SegmentedChoice<>(List.of(FeedbackAnswer.values()), app.stride.text.OutfitText::label);
        answer.setId("today-outfit-answer");
        answer.valueProperty().bindBidirectional(vm.outfitAnswerProperty());
        final Label answerLabel = label("today.tickoff.outfit", answer);
        for (Node n : List.of(answer, answerLabel)) {
            n.visibleProperty().bind(vm.askOutfitFeedbackProperty());
            n.managedProperty().bind(n.visibleProperty());
        }

        final GridPane grid = fields.grid(2, true);
        // Shoes come and go with the rack: with none, there is no shoe row to fill.
        final Runnable shoeRow = () -> {
            for (Node n : List.copyOf(grid.getChildren())) {
                if (n == fields.shoe || n instanceof Label l && l.getLabelFor() == fields.shoe) {
                    n.setVisible(!vm.shoes().isEmpty());
                    n.setManaged(!vm.shoes().isEmpty());
                }
            }
        };
        shoeRow.run();
        vm.shoes().addListener((javafx.collections.ListChangeListener<Shoe>) c -> shoeRow.run());
        final Label shoeWarning = new Label();
        shoeWarning.setId("today-shoe-warning");
        shoeWarning.setWrapText(true);
        shoeWarning.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        shoeWarning.setGraphic(new FontIcon("mdi2a-alert-outline"));
        shoeWarning.textProperty().bind(vm.shoeWarningProperty());
        shoeWarning.visibleProperty().bind(Bindings.isNotEmpty(vm.shoeWarningProperty()));
        shoeWarning.managedProperty().bind(shoeWarning.visibleProperty());
        // Right under the shoe it is about: the note moves down a row to make room.
        for (Node n : grid.getChildren()) {
            if (GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == 4) {
                GridPane.setRowIndex(n, 5);
            }
        }
        grid.add(shoeWarning, 1, 4, 3, 1);
        grid.add(answerLabel, 0, 6);
        grid.add(answer, 1, 6, 3, 1);

        // No vertical gap of its own: a hidden row (no shoes, no forecast) must not leave an empty band.
        grid.setVgap(0);
        for (Node n : grid.getChildren()) {
            final Integer row = GridPane.getRowIndex(n);
            if (row != null && row > 0) {
                GridPane.setMargin(n, new javafx.geometry.Insets(8, 0, 0, 0));
            }
        }

        final Button done = new Button(Messages.get("today.tickoff.done"), new FontIcon("mdi2c-check"));
        done.setId("today-done");
        done.getStyleClass().add(Styles.ACCENT);
        done.setOnAction(e -> vm.done());
        final Button partial = new Button(Messages.get("today.tickoff.partial"));
        partial.setId("today-partial");
        partial.setOnAction(e -> vm.partial());
        final Button skip = new Button(Messages.get("today.tickoff.letGo"));
        skip.setId("today-skip");
        skip.getStyleClass().add(Styles.FLAT);
        skip.setOnAction(e -> vm.skip());

        final DatePicker moveTo = DateField.create();
        moveTo.setId("today-move-date");
        moveTo.setPrefWidth(192);
        moveTo.setMinWidth(Region.USE_PREF_SIZE);
        moveTo.valueProperty().bindBidirectional(vm.moveToProperty());
        final Button move = new Button(Messages.get("today.tickoff.move"));
        move.setId("today-move");
        move.setOnAction(e -> vm.move());
        final Label notToday = new Label(Messages.get("today.tickoff.notToday"));
        notToday.getStyleClass().add(Styles.TEXT_MUTED);
        notToday.setWrapText(true); // the label gives way before the date does: the whole date must show
        for (Button b : List.of(done, partial, skip, move)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        final HBox buttons = new HBox(8, done, partial, skip);
        buttons.setAlignment(Pos.CENTER_LEFT);
        final HBox moveRow = new HBox(8, notToday, moveTo, move);
        moveRow.setAlignment(Pos.CENTER_LEFT);

        FieldMarks.attach(vm.errorFieldProperty(), vm.errorProperty(),
                withDate(fields.byField("duration", "effort", "notes"), moveTo));
        final ErrorLine error = new ErrorLine("today-error", vm.errorProperty());
        // The form's whole width under the buttons: beside them it had a narrow column and ran over five lines. Not
        // above them either: Done would move under the pointer that just pressed it (and out of view at 1120×720).
        error.setMaxWidth(Double.MAX_VALUE);
        // Race day is fixed: no "Move it to" that is then refused in red, but the reason, up front (nu6 5).
        final Label fixed = new Label(Messages.get("todayfix.tickoff.raceFixed"));
        fixed.setId("today-race-fixed");
        fixed.getStyleClass().add(Styles.TEXT_MUTED);
        fixed.setWrapText(true);
        movable = Bindings.createBooleanBinding(vm::todayMovable, vm.dayProperty());
        moveRow.visibleProperty().bind(movable);
        moveRow.managedProperty().bind(movable);
        fixed.visibleProperty().bind(movable.not());
        fixed.managedProperty().bind(movable.not());
        getChildren().addAll(title, grid, buttons, error, new javafx.scene.control.Separator(), moveRow, fixed);
        setId("today-tickoff");
        getStyleClass().add("card-panel");
        setStyle("-fx-padding: 12 16 14 16;");
    }

    private static Map<String, javafx.scene.control.Control> withDate(final Map<String, javafx.scene.control.Control> fields,
                                                                     final DatePicker moveTo) {
        final Map<String, javafx.scene.control.Control> all = new java.util.HashMap<>(fields);
        all.put("date", moveTo);
        return all;
    }

    private static Label label(final String key, final Node field) {
        final Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
