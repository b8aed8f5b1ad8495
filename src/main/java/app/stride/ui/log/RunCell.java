package app.stride.ui.log;

import app.stride.common.Messages;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunStatus;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One run in the log: the day and what it was on the left, the numbers and how it went in the middle, its status and
 * Edit/Delete on the right, and the note in full below, wrapped (the row grows with it).
 */
final class RunCell extends ListCell<LoggedRun> {

    /** The day column: wide enough for "Wed 30 Sep 2026" and "Long run". */
    static final double DAY_WIDTH = 150;

    private final LogViewModel vm;
    private final Supplier<DistanceUnit> unit;
    private final IntSupplier thisYear;
    private final GridPane grid = new GridPane();
    private final Label day = new Label();
    private final Label what = new Label();
    private final Label numbers = new Label();
    private final Label details = new Label();
    private final Label note = new Label();
    private final Label status = new Label();

    RunCell(final ListView<LoggedRun> list, final LogViewModel vm, final Supplier<DistanceUnit> unit, final IntSupplier thisYear,
            final Consumer<LoggedRun> edit, final Consumer<LoggedRun> delete) {
        this.vm = vm;
        this.unit = unit;
        this.thisYear = thisYear;
        getStyleClass().add("run-cell");
        day.getStyleClass().addAll(Styles.TEXT_BOLD, "run-day");
        what.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        numbers.getStyleClass().add("run-numbers");
        details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("run-note");
        note.setWrapText(true);
        // Never squeezed below its wrapped height: the row grows instead (else the note is cut to "…").
        note.setMinHeight(Region.USE_PREF_SIZE);
        status.getStyleClass().addAll("status-chip", "run-status");
        status.setMinWidth(Label.USE_PREF_SIZE);
        final Button editButton = new Button(null, new FontIcon("mdi2p-pencil-outline"));
        editButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "run-edit");
        editButton.setTooltip(new Tooltip(Messages.get("log.action.edit")));
        editButton.setAccessibleText(Messages.get("log.action.edit"));
        editButton.setFocusTraversable(false); // the list takes Enter and Delete; Tab does not stop on every row
        editButton.setOnAction(e -> edit.accept(getItem()));
        final Button deleteButton = new Button(null, new FontIcon("mdi2d-delete-outline"));
        deleteButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "run-delete");
        deleteButton.setTooltip(new Tooltip(Messages.get("log.action.delete")));
        deleteButton.setAccessibleText(Messages.get("log.action.delete"));
        deleteButton.setFocusTraversable(false);
        deleteButton.setOnAction(e -> delete.accept(getItem()));
        final HBox actions = new HBox(2, status, editButton, deleteButton);
        actions.setAlignment(Pos.TOP_RIGHT);
        HBox.setMargin(status, new Insets(4, 8, 0, 0));

        final VBox left = new VBox(2, day, what);
        final VBox middle = new VBox(2, numbers, details, note);
        final ColumnConstraints c0 = new ColumnConstraints(DAY_WIDTH);
        final ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setMinWidth(0);
        final ColumnConstraints c2 = new ColumnConstraints();
        c2.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(c0, c1, c2);
        grid.setHgap(12);
        grid.add(left, 0, 0);
        grid.add(middle, 1, 0);
        grid.add(actions, 2, 0);
        // Wrapped text needs a width to wrap at: the list's, less its padding and scroll bar.
        grid.prefWidthProperty().bind(list.widthProperty().subtract(40));
        grid.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        setPrefWidth(0);
    }

    /**
     * The row's height at the width its content is laid out at: ListCell's own measure asks the content for its height
     * at its preferred width, which under-counts the lines of a wrapped note and centres the row over its edges.
     */
    @Override
    protected double computePrefHeight(final double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        return snappedTopInset() + grid.prefHeight(grid.getPrefWidth()) + snappedBottomInset();
    }

    @Override
    protected void updateItem(final LoggedRun r, final boolean empty) {
        super.updateItem(r, empty);
        if (empty || r == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        day.setText(LogRows.day(r, thisYear.getAsInt()));
        what.setText(LogRows.what(r));
        final String figures = LogRows.numbers(r, unit.get());
        numbers.setText(figures);
        numbers.setVisible(!figures.isEmpty());
        numbers.setManaged(!figures.isEmpty());
        final String more = LogRows.details(r, vm.shoeName(r.shoeId()));
        details.setText(more);
        details.setVisible(!more.isEmpty());
        details.setManaged(!more.isEmpty());
        note.setText(r.report().notes());
        note.setVisible(!r.report().notes().isEmpty());
        note.setManaged(!r.report().notes().isEmpty());
        // "Done" on every row is noise: the chip speaks only when a run was cut short or skipped.
        status.setText(LogRows.status(r.status()));
        status.setVisible(r.status() != RunStatus.DONE);
        status.setManaged(status.isVisible());
        status.getStyleClass().removeAll("status-done", "status-partial", "status-skipped");
        status.getStyleClass().add("status-" + r.status().code());
        setAccessibleText(LogRows.day(r, thisYear.getAsInt()) + ", " + LogRows.what(r) + (figures.isEmpty() ? "" : ", " + figures)
                + (r.status() == RunStatus.DONE ? "" : ", " + LogRows.status(r.status())));
        setText(null);
        setGraphic(grid);
    }
}
