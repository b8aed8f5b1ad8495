package app.stride.ui.common;

import app.stride.common.Messages;
import app.stride.gear.Shoe;
import app.stride.tracking.Feel;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A run's numbers as Today's "How did it go?" and the Log's "Log a run" both ask them: Distance, Time, Effort, How it
 * felt, Shoe, Note, in that order, with the same labels, prompts and choices (new-user review 11: the two forms had
 * different fields, order, labels and units). Each form binds the fields to its own model and lays them out in one
 * column (a dialog) or two (Today's card), row by row in the same order.
 */
public final class RunFields {

    /** The node ids of one face's fields, which its tests look up. */
    public record Ids(String distance, String time, String effort, String feel, String shoe, String note) {
    }

    /** The fields, each one a runner fills. */
    public final TextField distance = new TextField();
    public final TextField time = new TextField();
    public final ComboBox<Optional<Integer>> effort;
    public final ComboBox<Optional<Feel>> feel;
    public final ComboBox<Optional<Shoe>> shoe;
    public final TextArea note = new TextArea();
    private final HBox distanceRow;
    private final ObservableList<Optional<Shoe>> shoeItems = FXCollections.observableArrayList();

    /** The fields with {@code ids}; the distance unit shown beside the distance follows {@code unitCode}. */
    public RunFields(final Ids ids, final ObservableValue<String> unitCode, final int noteRows) {
        distance.setId(ids.distance());
        distance.setPromptText(Messages.get("log.form.unknown"));
        distance.setPrefColumnCount(5);
        final Label unit = new Label();
        unit.textProperty().bind(unitCode);
        unit.getStyleClass().add(Styles.TEXT_MUTED);
        unit.setMinWidth(Control.USE_PREF_SIZE);
        distanceRow = new HBox(8, distance, unit);
        distanceRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(distance, Priority.ALWAYS);

        time.setId(ids.time());
        time.setPromptText(Messages.get("run.field.timePrompt"));
        time.setPrefColumnCount(8);

        final List<Optional<Integer>> efforts = new ArrayList<>();
        efforts.add(Optional.empty());
        IntStream.rangeClosed(1, 10).forEach(i -> efforts.add(Optional.of(i)));
        effort = Choices.combo(efforts, o -> o.map(i -> Messages.get("log.form.rpe." + i)).orElse(Messages.get("log.form.notSaid")));
        effort.setId(ids.effort());
        effort.setValue(Optional.empty());

        final List<Optional<Feel>> feels = new ArrayList<>();
        feels.add(Optional.empty());
        for (Feel f : Feel.values()) {
            feels.add(Optional.of(f));
        }
        feel = Choices.combo(feels, o -> o.map(f -> capital(Messages.get("run.feel." + f.code()))).orElse(Messages.get("log.form.notSaid")));
        feel.setId(ids.feel());
        feel.setValue(Optional.empty());

        shoe = Choices.combo(List.of(), o -> o.map(Shoe::name).orElse(Messages.get("log.form.noShoe")));
        shoe.setItems(shoeItems);
        shoe.setId(ids.shoe());
        shoe.setValue(Optional.empty());

        note.setId(ids.note());
        note.setWrapText(true);
        note.setPrefRowCount(noteRows);
        // The rows asked for, whatever else the form holds: squeezed, it gave up height when an error line appeared.
        note.setMinHeight(Control.USE_PREF_SIZE);
        note.setMaxHeight(Control.USE_PREF_SIZE);
        TabMovesFocus.on(note);
        for (Control c : List.of(effort, feel, shoe, time)) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
    }

    /** Binds the fields both ways to a form's own properties. */
    public void bind(final StringProperty distanceText, final StringProperty timeText, final ObjectProperty<Optional<Integer>> rpe,
                     final ObjectProperty<Optional<Feel>> felt, final ObjectProperty<Optional<Shoe>> worn, final StringProperty noteText) {
        distance.textProperty().bindBidirectional(distanceText);
        time.textProperty().bindBidirectional(timeText);
        effort.valueProperty().bindBidirectional(rpe);
        feel.valueProperty().bindBidirectional(felt);
        shoe.valueProperty().bindBidirectional(worn);
        note.textProperty().bindBidirectional(noteText);
    }

    /** The shoes to choose from, "No shoe" first. */
    public void shoes(final List<Shoe> shoes) {
        final Optional<Shoe> chosen = shoe.getValue();
        final List<Optional<Shoe>> items = new ArrayList<>();
        items.add(Optional.empty());
        shoes.forEach(s -> items.add(Optional.of(s)));
        shoeItems.setAll(items);
        shoe.setValue(chosen == null ? Optional.empty() : chosen);
    }

    /** The controls by the field names a form's errors use, to mark the one an error names. */
    public Map<String, Control> byField(final String timeField, final String effortField, final String noteField) {
        return Map.of("distance", distance, timeField, time, effortField, effort, "feel", feel, noteField, note);
    }

    /**
     * The labelled fields in the one order, one a row, or with {@code columns} 2 distance and time side by side and
     * the rest across the width; the shoe row only when {@code withShoe}.
     */
    public GridPane grid(final int columns, final boolean withShoe) {
        return grid(columns, withShoe, List.of());
    }

    /** The same with a form's own rows first ({@link #row}: the Log's date and status), each on a row of its own. */
    public GridPane grid(final int columns, final boolean withShoe, final List<Node[]> before) {
        final GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        for (int c = 0; c < columns; c++) {
            final ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(Control.USE_PREF_SIZE);
            label.setHalignment(columns == 1 ? HPos.RIGHT : HPos.LEFT);
            final ColumnConstraints field = new ColumnConstraints();
            field.setHgrow(Priority.ALWAYS);
            field.setFillWidth(true);
            grid.getColumnConstraints().addAll(label, field);
        }
        final List<Node[]> pairs = new ArrayList<>(List.of(
                pair("log.form.distance", distance, distanceRow), pair("log.form.time", time, time),
                pair("log.form.rpe", effort, effort), pair("log.form.feel", feel, feel)));
        if (withShoe) {
            pairs.add(pair("log.form.shoe", shoe, shoe));
        }
        for (int r = 0; r < before.size(); r++) {
            grid.add(before.get(r)[0], 0, r);
            grid.add(before.get(r)[1], 1, r, columns * 2 - 1, 1);
        }
        int row = before.size();
        int col = 0;
        for (int i = 0; i < pairs.size(); i++) {
            final Node[] p = pairs.get(i);
            // Two a row only for the two short numbers (distance and time): a choice beside another was cut to "Not s…".
            final boolean half = columns == 2 && i < 2;
            grid.add(p[0], col, row);
            grid.add(p[1], col + 1, row, half ? 1 : columns * 2 - 1 - col, 1);
            if (half && col == 0) {
                col = 2;
            } else {
                col = 0;
                row++;
            }
        }
        final Node[] n = pair("log.form.note", note, note);
        GridPane.setValignment(n[0], VPos.TOP);
        grid.add(n[0], 0, row);
        grid.add(n[1], 1, row, columns * 2 - 1, 1);
        return grid;
    }

    /** A labelled row of a form's own, {@code shown} being {@code field} or the box that holds it. */
    public static Node[] row(final String key, final Node field, final Node shown) {
        return pair(key, field, shown);
    }

    private static Node[] pair(final String key, final Node field, final Node shown) {
        final Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Control.USE_PREF_SIZE);
        l.getStyleClass().add("run-field-label");
        return new Node[] {l, shown};
    }

    /** "Strong" from "strong": a choice starts with a capital. */
    static String capital(final String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
