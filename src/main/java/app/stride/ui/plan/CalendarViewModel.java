package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.common.UnitOfWork;
import app.stride.format.Dates;
import app.stride.settings.Settings;
import app.stride.tracking.TickOff;
import app.stride.ui.plan.PlanDisplay.SessionDisplay;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The plan calendar: which layout (plan weeks, a month, or the list), which month, whether the original plan shows
 * beside the changes, and moving sessions by the tick-off's rules with undo. A refused move says why and stores
 * nothing; every accepted move can be undone (the session goes back to its day, while it is where the move left it
 * and the plan is the same version).
 */
public final class CalendarViewModel {

    /** How the plan is drawn. */
    public enum Layout { WEEKS, MONTH, LIST }

    /** The layout with this stored name ({@code weeks}, {@code month}, {@code list}), if known. */
    public static Optional<Layout> layout(final String name) {
        for (Layout l : Layout.values()) {
            if (l.name().equalsIgnoreCase(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** A move that was stored: {@code from} is where the session was before. */
    record Move(long sessionId, LocalDate from, LocalDate to, String what) {
    }

    private final Optional<TickOff> tickOff;
    private final TaskRunner tasks;
    private final UnitOfWork unitOfWork;
    private final ObservableValue<Settings> settings;
    private final Clock clock;
    private final Runnable reload;

    private final ObjectProperty<Optional<PlanDisplay>> plan = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(Layout.WEEKS);
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final BooleanProperty showOriginal = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Optional<PlanCalendar>> calendar = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Deque<Move> undo = new ArrayDeque<>();

    /**
     * A calendar over {@code tickOff} (empty: read-only, e.g. a plan from history); {@code reload} reads the plan
     * again after a move; {@code unitOfWork} makes a move's checks and its write one transaction.
     */
    public CalendarViewModel(final Optional<TickOff> tickOff, final TaskRunner tasks, final UnitOfWork unitOfWork,
                             final ObservableValue<Settings> settings, final Clock clock, final Runnable reload) {
        this.tickOff = tickOff;
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.settings = settings;
        this.clock = clock;
        this.reload = reload;
        plan.addListener((o, a, p) -> {
            // A new plan opens on this month, or on the month holding most of it when little of it is in this month
            // (PlanCalendar.openingMonth); a refresh of the same plan keeps the month shown.
            if (p.isPresent() && (month.get() == null || a.isEmpty() || !a.get().title().equals(p.get().title()))) {
                month.set(PlanCalendar.openingMonth(p.get(), today(), settings.getValue().firstDayOfWeek()));
            }
            // Another plan version (a re-plan, a new plan) has new sessions: the moves made in the old one cannot be
            // taken back in it.
            if (!undo.isEmpty() && (p.isEmpty() || undo.stream().anyMatch(m -> !has(p.get(), m.sessionId())))) {
                undo.clear();
                canUndo.set(false);
            }
            rebuild();
        });
        layout.addListener((o, a, b) -> rebuild());
        month.addListener((o, a, b) -> rebuild());
        settings.addListener((o, a, b) -> rebuild());
    }

    private static boolean has(final PlanDisplay p, final long sessionId) {
        return p.weeks().stream().flatMap(w -> w.sessions().stream()).anyMatch(s -> s.id() == sessionId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static YearMonth clamp(final YearMonth m, final PlanDisplay p) {
        if (p.weeks().isEmpty()) {
            return m;
        }
        final YearMonth first = PlanCalendar.firstMonth(p);
        final YearMonth last = PlanCalendar.lastMonth(p);
        return m.isBefore(first) ? first : m.isAfter(last) ? last : m;
    }

    private void rebuild() {
        calendar.set(plan.get().map(p -> switch (layout.get()) {
            case MONTH -> PlanCalendar.month(p, month.get(), settings.getValue().firstDayOfWeek(), today());
            default -> PlanCalendar.weeks(p, today());
        }));
    }

    /** Shows the month before, not before the plan's first month. */
    public void previousMonth() {
        plan.get().ifPresent(p -> month.set(clamp(month.get().minusMonths(1), p)));
    }

    /** Shows the month after, not beyond the plan's last month. */
    public void nextMonth() {
        plan.get().ifPresent(p -> month.set(clamp(month.get().plusMonths(1), p)));
    }

    public boolean hasPreviousMonth() {
        return plan.get().map(p -> month.get().isAfter(PlanCalendar.firstMonth(p))).orElse(false);
    }

    public boolean hasNextMonth() {
        return plan.get().map(p -> month.get().isBefore(PlanCalendar.lastMonth(p))).orElse(false);
    }

    /** Whether sessions can be moved here (not in a plan from history). */
    public boolean canMove() {
        return tickOff.isPresent();
    }

    /** The session with {@code id} as shown now. */
    public Optional<SessionDisplay> session(final long id) {
        return plan.get().stream().flatMap(p -> p.weeks().stream()).flatMap(w -> w.sessions().stream())
                .filter(s -> s.id() == id).findFirst();
    }

    /**
     * Moves session {@code id} to {@code to} by the plan's rules. Dropped on its own day, nothing happens; a refusal
     * shows the rule's reason and nothing is stored.
     */
    public void move(final long id, final LocalDate to) {
        final Optional<SessionDisplay> s = session(id);
        if (tickOff.isEmpty() || s.isEmpty() || s.get().day().equals(to) || busy.get()) {
            return;
        }
        final LocalDate from = s.get().day();
        final String what = s.get().typeLabel();
        busy.set(true);
        tasks.run(() -> unitOfWork.run(() -> {
            tickOff.get().move(id, to);
            return new Move(id, from, to, what);
        }), m -> {
            busy.set(false);
            undo.push(m);
            canUndo.set(true);
            say(Messages.get("plancal.moved", m.what(), Dates.day(m.from()), Dates.day(m.to())), false);
            reload.run();
        }, e -> {
            busy.set(false);
            say(TaskFailure.message(e), true);
        });
    }

    /**
     * Puts the last moved session back on the day it came from, as it was (a day now past, or next to a hard day, is
     * fine: this takes the move back); refused, saying why, if the session has been moved since.
     */
    public void undo() {
        if (undo.isEmpty() || tickOff.isEmpty() || busy.get()) {
            return;
        }
        final Move m = undo.peek();
        busy.set(true);
        tasks.run(() -> unitOfWork.run(() -> {
            tickOff.get().unmove(m.sessionId(), m.to(), m.from());
            return m;
        }), done -> {
            busy.set(false);
            undo.pop();
            canUndo.set(!undo.isEmpty());
            say(Messages.get("plancal.undone", done.what(), Dates.day(done.from())), false);
            reload.run();
        }, e -> {
            busy.set(false);
            say(TaskFailure.message(e), true);
        });
    }

    /** Clears the message line (the runner read it). */
    public void dismissMessage() {
        say("", false);
    }

    private void say(final String text, final boolean refusal) {
        refused.set(refusal);
        message.set(text);
    }

    /** The plan to draw; set by the screen after each load. */
    public ObjectProperty<Optional<PlanDisplay>> planProperty() {
        return plan;
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    /** Whether moved sessions also show, as ghosts, on the day the plan first gave them. */
    public BooleanProperty showOriginalProperty() {
        return showOriginal;
    }

    /** The grid for the layout and month shown; empty without a plan. */
    public ReadOnlyObjectProperty<Optional<PlanCalendar>> calendarProperty() {
        return calendar.getReadOnlyProperty();
    }

    /** What the last move did, or why it was refused; empty when there is nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message is a refusal (nothing was stored). */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
