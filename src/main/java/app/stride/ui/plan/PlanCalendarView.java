package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.ui.common.SegmentedChoice;
import app.stride.ui.plan.CalendarViewModel.Layout;
import app.stride.ui.plan.PlanCalendar.Day;
import app.stride.ui.plan.PlanCalendar.Row;
import app.stride.ui.plan.PlanDisplay.SessionDisplay;
import app.stride.ui.plan.PlanDisplay.Status;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The plan as a calendar (weeks × days or a month) or as the list sheet: a chip per session, coloured by type, with
 * its size; click (or Enter) opens its details, dragging a chip to another day moves it. Binds to
 * {@link CalendarViewModel} only.
 */
final class PlanCalendarView extends VBox {

    private final CalendarViewModel vm;
    private final PlanSheet sheet;
    private final VBox warnings = new VBox(8);
    private final GridPane grid = new GridPane();
    private final Label monthTitle = new Label();
    private final Button previous = new Button(null, new FontIcon("mdi2c-chevron-left"));
    private final Button next = new Button(null, new FontIcon("mdi2c-chevron-right"));
    private final SessionDetails details;
    /** What a move did or why it was refused; the screen pins it where it stays in view. */
    private final HBox message;
    /** Whether the list shows the plan held now; it is drawn only when the list layout is chosen. */
    private boolean sheetShown;
    /** The chip to give the keyboard focus back to once the grid is drawn again (e.g. after a move). */
    private OptionalLong focusAfter = OptionalLong.empty();
    /** The session being dragged, while a drag is on. */
    private OptionalLong dragged = OptionalLong.empty();

    PlanCalendarView(final CalendarViewModel vm, final PlanSheet sheet, final SessionDetails details) {
        super(12);
        this.vm = vm;
        this.sheet = sheet;
        this.details = details;
        getStyleClass().add("plancal");
        setId("plancal");

        final SegmentedChoice<Layout> layout = new SegmentedChoice<>(List.of(Layout.WEEKS, Layout.MONTH, Layout.LIST),
                l -> Messages.get("plancal.layout." + l.name().toLowerCase(Locale.ROOT)));
        for (Layout l : Layout.values()) {
            layout.button(l).setId("plancal-layout-" + l.name().toLowerCase(Locale.ROOT));
        }
        layout.valueProperty().bindBidirectional(vm.layoutProperty());

        previous.setId("plancal-previous");
        next.setId("plancal-next");
        for (Button b : List.of(previous, next)) {
            b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        }
        previous.setAccessibleText(Messages.get("plancal.month.previous"));
        previous.setTooltip(new Tooltip(Messages.get("plancal.month.previous")));
        next.setAccessibleText(Messages.get("plancal.month.next"));
        next.setTooltip(new Tooltip(Messages.get("plancal.month.next")));
        previous.setOnAction(e -> vm.previousMonth());
        next.setOnAction(e -> vm.nextMonth());
        monthTitle.setId("plancal-title");
        monthTitle.getStyleClass().add("plancal-title");
        monthTitle.setMinWidth(Region.USE_PREF_SIZE);
        final HBox monthNav = new HBox(4, previous, monthTitle, next);
        monthNav.setAlignment(Pos.CENTER_LEFT);

        final CheckBox original = new CheckBox(Messages.get("plancal.original"));
        original.setId("plancal-original");
        original.setMinWidth(Region.USE_PREF_SIZE);
        original.selectedProperty().bindBidirectional(vm.showOriginalProperty());
        original.setTooltip(new Tooltip(Messages.get("plancal.original.tip")));

        final Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        final HBox bar = new HBox(16, layout, monthNav, grow, original);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("plancal-bar");

        grid.getStyleClass().add("plancal-grid");
        grid.setId("plancal-grid");
        grid.setMaxWidth(Double.MAX_VALUE);
        sheet.setId("plan-sheet");

        message = messageBar();
        // The list shows the plan's warnings at its top; the weeks and month layouts show them here (review G: a warning
        // was seen only in the list).
        warnings.setId("plancal-warnings");
        getChildren().addAll(bar, warnings, grid, sheet);
        vm.calendarProperty().addListener((o, a, c) -> redraw());
        vm.showOriginalProperty().addListener((o, a, b) -> redraw());
        vm.layoutProperty().addListener((o, a, b) -> redraw());
        // The list is drawn only while it is the layout shown: a hidden list of every week and session cost the
        // calendar's first opening (and every reload) its whole build (issue 11). It is drawn when chosen.
        vm.planProperty().addListener((o, a, p) -> {
            sheetShown = false;
            drawSheetIfListed();
            warnings.getChildren().setAll(p.map(PlanSheet::warnings).orElse(List.of()));
            show(warnings, vm.layoutProperty().get() != Layout.LIST && !warnings.getChildren().isEmpty());
        });
        vm.planProperty().get().ifPresent(p -> warnings.getChildren().setAll(PlanSheet.warnings(p)));
        redraw();
    }

    /** The message bar for the screen to place: pinned under the scrolling plan, so it shows wherever the drop was. */
    HBox message() {
        return message;
    }

    /** What the last move did (with Undo) or why it was refused, calm and out of the way until there is something. */
    private HBox messageBar() {
        final Label text = new Label();
        text.setId("plancal-message");
        text.setWrapText(true);
        text.textProperty().bind(vm.messageProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        final FontIcon icon = new FontIcon("mdi2c-check");
        vm.refusedProperty().addListener((o, a, r) -> icon.setIconLiteral(r ? "mdi2i-information-outline" : "mdi2c-check"));
        icon.getStyleClass().add("plancal-message-icon");
        final Button undo = new Button(Messages.get("plancal.undo"), new FontIcon("mdi2u-undo"));
        undo.setId("plancal-undo");
        undo.getStyleClass().add(Styles.SMALL);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.visibleProperty().bind(vm.canUndoProperty().and(vm.refusedProperty().not()));
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.undo());
        final Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setAccessibleText(Messages.get("plancal.message.close"));
        close.setOnAction(e -> vm.dismissMessage());
        final HBox box = new HBox(10, icon, text, undo, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("plancal-message");
        vm.refusedProperty().addListener((o, a, r) -> box.pseudoClassStateChanged(REFUSED, r));
        box.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static final javafx.css.PseudoClass REFUSED = javafx.css.PseudoClass.getPseudoClass("refused");

    private void redraw() {
        final boolean list = vm.layoutProperty().get() == Layout.LIST;
        final boolean month = vm.layoutProperty().get() == Layout.MONTH;
        show(sheet, list);
        show(grid, !list);
        show(warnings, !list && !warnings.getChildren().isEmpty());
        drawSheetIfListed();
        show((Region) previous.getParent(), month);
        previous.setDisable(!vm.hasPreviousMonth());
        next.setDisable(!vm.hasNextMonth());
        // Redrawing replaces every chip: a chip with the focus gets it back, so the keyboard keeps its place.
        if (getScene() != null && getScene().getFocusOwner() != null && getScene().getFocusOwner().getParent() != null
                && getScene().getFocusOwner().getId() != null && getScene().getFocusOwner().getId().startsWith("plancal-chip-")
                && focusAfter.isEmpty()) {
            focusAfter = OptionalLong.of(Long.parseLong(getScene().getFocusOwner().getId().substring("plancal-chip-".length())));
        }
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        final Optional<PlanCalendar> cal = vm.calendarProperty().get();
        if (list || cal.isEmpty()) {
            return;
        }
        // Chips of sessions that look the same as before are kept (no new skin, no new tooltip); the rest go.
        final java.util.Map<SessionDisplay, Button> before = chips;
        chips = new java.util.HashMap<>();
        reusable = before;
        monthTitle.setText(cal.get().title());
        final ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(label);
        for (int i = 0; i < 7; i++) {
            final ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
            // Seven equal days, however many chips each holds or however wide a label is: a share of the width,
            // never a minimum taken from the content (a wide chip pushed Monday into Tuesday at 1120).
            c.setMinWidth(0);
            c.setPrefWidth(0);
            grid.getColumnConstraints().add(c);
        }
        for (int i = 0; i < 7; i++) {
            final Label h = new Label(cal.get().weekdays().get(i));
            h.getStyleClass().add("plancal-weekday");
            GridPane.setHalignment(h, HPos.CENTER);
            grid.add(h, i + 1, 0);
        }
        int r = 1;
        for (Row row : cal.get().rows()) {
            grid.add(CalendarLabels.rowLabel(row, r), 0, r);
            for (int i = 0; i < 7; i++) {
                grid.add(day(row.days().get(i)), i + 1, r);
            }
            r++;
        }
        reusable = java.util.Map.of();
        focusAfter.ifPresent(id -> {
            final javafx.scene.Node chip = grid.lookup("#plancal-chip-" + id);
            if (chip != null) {
                chip.requestFocus();
                focusAfter = OptionalLong.empty();
            }
        });
    }

    private void drawSheetIfListed() {
        if (vm.layoutProperty().get() == Layout.LIST && !sheetShown) {
            vm.planProperty().get().ifPresent(sheet::show);
            sheetShown = true;
        }
    }

    /** After a move from the details, the moved chip gets the focus once the plan is drawn again. */
    void focusLater(final long sessionId) {
        focusAfter = OptionalLong.of(sessionId);
    }

    private VBox day(final Day d) {
        final Label number = new Label(d.label());
        number.getStyleClass().add("plancal-day-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        final javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(6, 2, number);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setMinWidth(0);
        if (d.today()) {
            final Label today = new Label(Messages.get("plancal.today"));
            today.getStyleClass().addAll("plan-tag", "plan-tag-now");
            today.setId("plancal-today-badge");
            // The badge keeps inside the cell: where there is no room for it beside the date it goes under it.
            today.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(today);
        }
        final VBox cell = new VBox(4, head);
        cell.setMinWidth(0);
        cell.setId("plancal-day-" + d.date());
        cell.getStyleClass().add("plancal-day");
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        if (d.today()) {
            cell.getStyleClass().add("plancal-today");
        }
        if (!d.inPlan() || d.otherMonth()) {
            cell.getStyleClass().add("plancal-outside");
        } else if (d.past()) {
            cell.getStyleClass().add("plancal-past");
        }
        for (SessionDisplay s : d.sessions()) {
            cell.getChildren().add(chip(s));
        }
        if (vm.showOriginalProperty().get()) {
            for (SessionDisplay s : d.ghosts()) {
                cell.getChildren().add(CalendarLabels.ghost(s));
            }
            d.was().ifPresent(w -> {
                final Label was = new Label(Messages.get("plancal.was", w));
                was.setId("plancal-was-" + d.date());
                was.getStyleClass().add("plancal-ghost");
                was.setWrapText(true);
                was.setMaxWidth(Double.MAX_VALUE);
                was.setMinHeight(Region.USE_PREF_SIZE);
                was.setTooltip(new Tooltip(Messages.get("plancal.was.tip", w)));
                cell.getChildren().add(was);
            });
        }
        // Dropping a dragged chip here asks the rules to move it.
        cell.setOnMouseDragEntered(e -> cell.pseudoClassStateChanged(DROP, dragged.isPresent()));
        cell.setOnMouseDragExited(e -> cell.pseudoClassStateChanged(DROP, false));
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            cell.pseudoClassStateChanged(DROP, false);
            dragged.ifPresent(id -> vm.move(id, d.date()));
            dragged = OptionalLong.empty();
            e.consume();
        });
        return cell;
    }

    private static final javafx.css.PseudoClass DROP = javafx.css.PseudoClass.getPseudoClass("drop");

    /** The chips drawn last, by what they show, and those of the draw before still free to reuse in this one. */
    private java.util.Map<SessionDisplay, Button> chips = new java.util.HashMap<>();
    private java.util.Map<SessionDisplay, Button> reusable = java.util.Map.of();

    private Button chip(final SessionDisplay s) {
        final Button kept = reusable.remove(s);
        final Button b = kept != null ? kept : newChip(s);
        chips.put(s, b);
        return b;
    }

    private Button newChip(final SessionDisplay s) {
        final Label type = new ChipName(s.typeLabel());
        type.setId("plancal-chip-type-" + s.id());
        type.getStyleClass().add("plancal-chip-type");
        // The chip never sets the day's width. Its name is the one every screen uses ("Easy run + strides", never a
        // calendar-only "Strides"): in a narrow day it goes on two lines at a word or hyphen, never to "…" nor
        // mid-word (new-user review 6, 4).
        type.setMinHeight(Region.USE_PREF_SIZE);
        final Label size = new Label(s.size());
        size.getStyleClass().add("plancal-chip-size");
        size.setMinWidth(Region.USE_PREF_SIZE);
        final VBox text = new VBox(0, type, size);
        final Button chip = new Button();
        chip.setGraphic(text);
        chip.setId("plancal-chip-" + s.id());
        chip.getStyleClass().addAll("plan-chip", "plan-chip-" + s.typeCode(), "plancal-chip",
                "plancal-chip-" + s.status().name().toLowerCase(Locale.ROOT));
        chip.setMaxWidth(Double.MAX_VALUE);
        chip.setMinWidth(0);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setMnemonicParsing(false);
        final String state = switch (s.status()) {
            case DONE -> "mdi2c-check-circle";
            case CUT_SHORT -> "mdi2c-circle-half-full";
            case SKIPPED -> "mdi2m-minus-circle-outline";
            case MISSED -> PlanSheet.MISSED_ICON;
            default -> s.movedFrom().isPresent() ? "mdi2c-calendar-arrow-right" : null;
        };
        if (state != null) {
            final FontIcon icon = new FontIcon(state);
            icon.getStyleClass().add("plancal-chip-icon");
            text.getChildren().remove(size);
            // The state icon stays beside the size, never on a line of its own (the size keeps its whole width).
            icon.setId("plancal-chip-icon-" + s.id());
            final javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(4, size, icon);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setMinWidth(0);
            text.getChildren().add(line);
        }
        final String status = s.status() == Status.PLANNED ? s.movedFrom().orElse("")
                : Messages.get("planscreen.status." + s.status().name().toLowerCase(Locale.ROOT));
        chip.setAccessibleText(String.join(", ", s.weekday() + " " + s.date(), s.typeLabel(), s.size(), status));
        chip.setTooltip(new Tooltip(status.isEmpty() ? s.typeLabel() + " · " + s.amount()
                : s.typeLabel() + " · " + s.amount() + "\n" + (s.status() == Status.MISSED
                        ? Messages.get("planscreen.status.missed.tip") : s.status() == Status.CUT_SHORT
                        ? Messages.get("planscreen.status.cut_short.tip") : status)));
        chip.setOnAction(e -> details.open(chip, s, () -> focusLater(s.id())));
        if (vm.canMove() && s.status().open() && !"race".equals(s.typeCode())) {
            chip.setOnDragDetected(e -> {
                dragged = OptionalLong.of(s.id());
                chip.startFullDrag();
                e.consume();
            });
            // A day that takes the drop has read the session by now; released anywhere else, nothing moves.
            chip.setOnMouseReleased(e -> javafx.application.Platform.runLater(() -> dragged = OptionalLong.empty()));
        }
        return chip;
    }

    private static void show(final Region node, final boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
