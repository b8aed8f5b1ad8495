package app.stride.ui.log;

import app.stride.common.Messages;
import app.stride.common.UnitOfWork;
import app.stride.gear.Shoe;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.gear.Shoes;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.DeletedRun;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.PlanPeriod;
import app.stride.tracking.PlanPeriods;
import app.stride.tracking.RunLog;
import app.stride.ui.common.Freshness;
import app.stride.ui.common.ReloadGate;
import app.stride.ui.log.LastChange.Added;
import app.stride.ui.log.LastChange.Change;
import app.stride.ui.log.LastChange.Deleted;
import app.stride.ui.log.LastChange.Edited;
import app.stride.ui.task.Latest;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Log screen's state: the runs of the chosen plan (or all), newest first; adding, editing and deleting a run,
 * each undoable once from the notice it leaves.
 */
public final class LogViewModel {

    /**
     * What one change did to the rows: {@code before} leaves, {@code after} comes in (each when there is one);
     * {@code wholeList} when it touched more than that row (the list is read again).
     */
    private record Step(Optional<Change> change, Optional<LoggedRun> before, Optional<LoggedRun> after, boolean wholeList) {
    }

    /** What else a change may touch, read after it (never the whole log), and the stamp it was read under. */
    private record Side(Optional<ReloadGate.Stamp> stamp, List<Shoe> shoes, Optional<Shoe> pair, Optional<SavedSession> open,
                        boolean anyRuns) {
    }

    /** A change as stored; {@code stale} when something else had written since the rows were read. */
    private record Applied(Step step, boolean stale, Optional<Side> side) {
    }

    private record Loaded(ReloadGate.Stamp stamp, List<PlanPeriod> periods, PlanFilter filter, List<LoggedRun> runs, List<Shoe> shoes,
                          boolean anyRuns, Optional<Shoe> pair, Optional<SavedSession> open) {
    }

    private final RunLog log;
    private final PlanPeriods periods;
    private final Shoes shoes;
    private final TaskRunner tasks;
    private final UnitOfWork unitOfWork;
    private final Supplier<DistanceUnit> unit;
    private final Clock clock;
    private final Latest reloads;
    /** Whether the list shown, read for the plan chosen then, needs reading again. */
    private final ReloadGate<PlanFilter> gate;
    private final ObservableList<LoggedRun> runs = FXCollections.observableArrayList();
    private final ShownRuns shown = new ShownRuns(runs);
    /** The run the list has selected (the View keeps the two in step), or null. */
    private final ObjectProperty<LoggedRun> selected = new SimpleObjectProperty<>();
    /** Whether the gate can tell a write made elsewhere (a gate made with {@code always()} cannot). */
    private final boolean tellsWrites;
    /** Whether a full read is on its way (a change made meanwhile cannot be patched into rows about to be replaced). */
    private boolean loading;
    private final ObservableList<PlanFilter> filters = FXCollections.observableArrayList(PlanFilter.ALL);
    private final ObjectProperty<PlanFilter> filter = new SimpleObjectProperty<>(PlanFilter.ALL);
    private final ObservableList<Shoe> shoeList = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper anyRuns = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final LastChange last = new LastChange();
    /** The pair a new run starts on and today's open session, as last read (Today's form starts from the same). */
    private Optional<Shoe> pair = Optional.empty();
    private Optional<SavedSession> openToday = Optional.empty();
    private boolean settingFilters;

    /** @param unitOfWork makes each change (its checks and its writes) one transaction */
    public LogViewModel(final RunLog log, final PlanPeriods periods, final Shoes shoes, final TaskRunner tasks,
                        final UnitOfWork unitOfWork, final Supplier<DistanceUnit> unit, final Clock clock) {
        this(log, periods, shoes, tasks, unitOfWork, unit, clock, ReloadGate.always(), false);
    }

    /**
     * {@code freshness} says cheaply whether the stored data may have changed (equal answers: it has not); a visit that
     * finds it unchanged, with the same plan chosen, reads nothing (ten years of runs are not read again to show the
     * same list).
     */
    public LogViewModel(final RunLog log, final PlanPeriods periods, final Shoes shoes, final TaskRunner tasks,
                        final UnitOfWork unitOfWork, final Supplier<DistanceUnit> unit, final Clock clock,
                        final Supplier<Freshness> freshness) {
        this(log, periods, shoes, tasks, unitOfWork, unit, clock, ReloadGate.over(freshness), true);
    }

    private LogViewModel(final RunLog log, final PlanPeriods periods, final Shoes shoes, final TaskRunner tasks,
                         final UnitOfWork unitOfWork, final Supplier<DistanceUnit> unit, final Clock clock,
                         final ReloadGate<PlanFilter> gate, final boolean tellsWrites) {
        this.gate = gate;
        this.tellsWrites = tellsWrites;
        this.log = log;
        this.periods = periods;
        this.shoes = shoes;
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.unit = unit;
        this.clock = clock;
        this.reloads = new Latest(tasks);
        filter.addListener((o, a, b) -> {
            if (!settingFilters && b != null && (a == null || !a.same(b))) {
                load();
            }
        });
    }

    /** Reads the plans, the runs of the chosen one and the shoes, in the background, unless nothing changed. */
    public void load() {
        final PlanFilter wanted = chosen();
        loading = true;
        reloads.run(() -> {
            final Optional<ReloadGate.Stamp> stamp = gate.changed(wanted);
            if (stamp.isEmpty()) {
                return Optional.<Loaded>empty();
            }
            final List<PlanPeriod> all = periods.all();
            final PlanFilter f = wanted.now(all);
            final List<LoggedRun> everything = log.all();
            final List<LoggedRun> shown = f.plan().map(p -> RunLog.within(p, everything)).orElse(everything);
            return Optional.of(new Loaded(stamp.get(), all, f, shown, shoes.all(), !everything.isEmpty(), shoes.suggested(),
                    log.openOn(LocalDate.now(clock))));
        }, fresh -> {
            loading = false;
            fresh.ifPresent(this::show);
        }, e -> {
            loading = false;
            gate.forget();
            problem.set(TaskFailure.message(e));
        });
    }

    private void show(final Loaded l) {
        gate.shown(l.stamp());
        pair = l.pair();
        openToday = l.open();
        settingFilters = true;
        try {
            final List<PlanFilter> choices = PlanFilter.choices(l.periods());
            filters.setAll(choices);
            filter.set(choices.stream().filter(c -> c.same(l.filter())).findFirst().orElse(PlanFilter.ALL));
        } finally {
            settingFilters = false;
        }
        // A visit with nothing changed leaves the rows alone: replacing them all re-lays out the whole list. A row
        // names its shoe, so a renamed shoe redraws them too.
        final boolean sameShoes = shoeList.equals(l.shoes());
        if (!sameShoes) {
            shoeList.setAll(l.shoes());
        }
        anyRuns.set(l.anyRuns());
        if (!sameShoes || !runs.equals(l.runs())) {
            selected.set(shown.replace(l.runs(), Optional.ofNullable(selected.get())).orElse(null));
        }
        loaded.set(true);
        problem.set("");
    }

    /**
     * A form for a new run today, as Today's "How did it go?" starts (new-user review 4): on the pair the runner runs
     * in now ({@link Shoes#suggested()}), with the planned distance and time when a session is open today.
     */
    public RunForm newRun() {
        final LocalDate today = LocalDate.now(clock);
        return RunForm.forNew(today, openToday.filter(s -> s.date().equals(today)), pair.filter(shoeList::contains), unit.get());
    }

    /** A form holding {@code run}. */
    public RunForm edit(final LoggedRun run) {
        return RunForm.of(run, unit.get(), shoeList);
    }

    /**
     * Saves {@code form} (a new run or the run it edits); {@code onSaved} runs once it is stored. A mistake or a
     * refusal stays on the form, with everything typed kept; returns false when the form itself did not read.
     */
    public boolean save(final RunForm form, final Runnable onSaved) {
        if (form.savingProperty().get()) {
            return true; // a second click or Enter while the first save is on its way: one run, not two
        }
        final Optional<RunForm.Entry> entry = form.read(unit.get());
        if (entry.isEmpty()) {
            return false;
        }
        final RunForm.Entry e = entry.get();
        final Optional<LoggedRun> editing = form.editing();
        form.saving(true);
        apply(() -> {
            if (editing.isPresent()) {
                final LoggedRun before = log.find(editing.get().id()); // one run by id, as every step here
                final LoggedRun after = log.edit(before.id(), e.date(), e.status(), e.report(), e.shoe());
                return new Step(Optional.of(new Edited(before, after)), Optional.of(before), Optional.of(after), false);
            }
            final RunLog.Logged logged = log.add(e.date(), e.status(), e.report(), e.shoe());
            return new Step(Optional.of(new Added(logged.run())), Optional.empty(), Optional.of(logged.run()),
                    logged.replacedEarlierEntry());
        }, step -> {
            form.saving(false);
            final LoggedRun run = step.after().orElseThrow();
            final String key = step.change().orElseThrow() instanceof Edited ? "log.notice.edited"
                    : run.extra() ? "log.notice.addedExtra" : "log.notice.addedSession";
            done(step.change().orElseThrow(), Messages.get(key, describe(run)));
            onSaved.run();
        }, failure -> {
            form.saving(false);
            form.refused(failure);
        });
        return true;
    }

    /** Deletes {@code run}; the notice offers Undo. */
    public void delete(final LoggedRun run) {
        apply(() -> {
            final DeletedRun gone = log.delete(run.id());
            return new Step(Optional.of(new Deleted(gone)), Optional.of(gone.run()), Optional.empty(), false);
        }, step -> done(step.change().orElseThrow(), Messages.get("log.notice.deleted", describe(run))),
                e -> problem.set(TaskFailure.message(e)));
    }

    /**
     * Takes back the last add, edit or delete, once: the change is forgotten as soon as the undo is asked for, so a
     * repeated Ctrl+Z or a double click never undoes it twice; it is offered again if the undo fails.
     */
    public void undo() {
        final Optional<Change> change = last.take();
        if (change.isEmpty()) {
            return;
        }
        apply(() -> {
            final LastChange.Reversal r = LastChange.takeBack(change.get(), log);
            return new Step(Optional.empty(), r.left(), r.back(), false);
        }, step -> notice.set(Messages.get("log.notice.undone")), e -> {
            last.offerAgain(change.get());
            problem.set(TaskFailure.message(e));
        });
    }

    /** Hides the notice; the change can no longer be undone from it. */
    public void dismiss() {
        last.forget();
        notice.set("");
    }

    private void done(final Change change, final String text) {
        last.remember(change);
        notice.set(text);
        problem.set("");
    }

    /**
     * Runs {@code work} as one unit of work, then reads what else a change touches (shoes, today's session, whether
     * anything is logged: never the whole log), and changes only the rows it concerns. The list is read again instead
     * when it could be out of date: a full read still on its way, or a write made elsewhere since it was read.
     */
    private void apply(final Supplier<Step> work, final java.util.function.Consumer<Step> onDone,
                       final java.util.function.Consumer<Throwable> onFailure) {
        final PlanFilter rowsFor = chosen();
        tasks.run(() -> {
            final boolean stale = tellsWrites && gate.changed(rowsFor).isPresent();
            final Step step = unitOfWork.run(work);
            try {
                return new Applied(step, stale, Optional.of(new Side(gate.changed(rowsFor), shoes.all(), shoes.suggested(),
                        log.openOn(LocalDate.now(clock)), log.any())));
            } catch (final RuntimeException afterwards) {
                return new Applied(step, stale, Optional.empty()); // the change is stored: the list is read again
            }
        }, applied -> {
            if (loading || applied.stale() || applied.step().wholeList() || !rowsFor.same(chosen()) || applied.side().isEmpty()) {
                load();
            } else {
                patch(applied.step(), applied.side().get());
            }
            onDone.accept(applied.step());
        }, onFailure);
    }

    private void patch(final Step step, final Side side) {
        final PlanFilter f = chosen();
        final Optional<LoggedRun> was = Optional.ofNullable(selected.get());
        final int at = shown.change(step.before(), step.after(), r -> f.plan().map(p -> p.holds(r)).orElse(true));
        selected.set(shown.selectAfter(at, step.after(), step.before(), was).orElse(null));
        pair = side.pair();
        openToday = side.open();
        if (!shoeList.equals(side.shoes())) {
            shoeList.setAll(side.shoes());
        }
        anyRuns.set(side.anyRuns());
        // Known window (eng6 review 11): another process's write landing between the staleness check before the
        // unit of work and the stamp read after it is counted as shown, until the next change. File stamps cannot
        // tell its write from this one's; closing it needs a per-connection "changed elsewhere" signal (SQLite
        // PRAGMA data_version) in DataStamp.
        side.stamp().ifPresent(gate::shown);
    }

    private PlanFilter chosen() {
        return filter.get() == null ? PlanFilter.ALL : filter.get();
    }

    /** "Tue 12 Jan's easy run", or "the extra run on Wed 13 Jan". */
    String describe(final LoggedRun r) {
        return LogRows.describe(r, LocalDate.now(clock).getYear());
    }

    /** The filter's name in the list: "All runs", "Current plan (10K)", "5K plan from 6 Apr 2026". */
    public String label(final PlanFilter f) {
        return f.plan().map(LogRows::plan).orElse(Messages.get("log.filter.all"));
    }

    /** The name of shoe {@code id}, if the runner still has it on file. */
    public Optional<String> shoeName(final Optional<Long> id) {
        return id.flatMap(i -> shoeList.stream().filter(s -> s.id() == i).findFirst()).map(Shoe::name);
    }

    public ObservableList<LoggedRun> runs() {
        return runs;
    }

    /** The run selected in the list: after a change, the run it saved or put back (or the row after a deleted one). */
    public ObjectProperty<LoggedRun> selectedProperty() {
        return selected;
    }

    public ObservableList<PlanFilter> filters() {
        return filters;
    }

    public ObjectProperty<PlanFilter> filterProperty() {
        return filter;
    }

    public ObservableList<Shoe> shoes() {
        return shoeList;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty undoableProperty() {
        return last.undoableProperty();
    }

    /** Whether anything was ever logged (else the screen shows its empty state, whatever the filter). */
    public ReadOnlyBooleanProperty anyRunsProperty() {
        return anyRuns.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
