package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.plan.PlanRepository;
import app.stride.plan.PlanRepository.PlanOutline;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.settings.Settings;
import app.stride.ui.common.Freshness;
import app.stride.ui.common.ReloadGate;
import app.stride.ui.task.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRepository.SavedSession;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/** The Plan screen: loads the current plan and decides what shows: the plan, the form, or an invitation to start. */
public final class PlanViewModel {

    /** What the screen shows. */
    public enum Mode { LOADING, NO_PLAN, FORM, PLAN }

    private final PlanRepository plans;
    private final TaskRunner tasks;
    private final ObservableValue<Settings> settings;
    private final Clock clock;
    private final PlanFormViewModel form;

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.LOADING);
    private final ReadOnlyObjectWrapper<Optional<PlanDisplay>> plan = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Optional<Loaded> last = Optional.empty();
    private Runnable onPlanStored = () -> { };
    /** Whether the plan shown needs reading again. */
    private final ReloadGate<Void> gate;
    private final PlanChangeViewModel change = new PlanChangeViewModel();
    private final javafx.beans.property.BooleanProperty changing = new javafx.beans.property.SimpleBooleanProperty(false);

    /** Reads the plan on every load (no way to tell that nothing changed). */
    public PlanViewModel(final PlanRepository plans, final PlanFormViewModel form, final TaskRunner tasks,
                         final ObservableValue<Settings> settings, final Clock clock) {
        this(plans, form, tasks, settings, clock, ReloadGate.always());
    }

    /**
     * {@code freshness} says cheaply whether the stored data may have changed (equal answers: it has not); a load
     * that finds it unchanged reads and redraws nothing, so showing the screen again costs no work.
     */
    public PlanViewModel(final PlanRepository plans, final PlanFormViewModel form, final TaskRunner tasks,
                         final ObservableValue<Settings> settings, final Clock clock,
                         final java.util.function.Supplier<Freshness> freshness) {
        this(plans, form, tasks, settings, clock, ReloadGate.over(freshness));
    }

    private PlanViewModel(final PlanRepository plans, final PlanFormViewModel form, final TaskRunner tasks,
                          final ObservableValue<Settings> settings, final Clock clock, final ReloadGate<Void> gate) {
        this.gate = gate;
        this.plans = plans;
        this.form = form;
        this.tasks = tasks;
        this.settings = settings;
        this.clock = clock;
        form.setOnSaved(() -> {
            mode.set(Mode.PLAN);
            load();
            onPlanStored.run();
        });
        // Paces and distances follow the unit the runner picks in Settings.
        settings.addListener((o, a, b) -> last.ifPresent(this::show));
    }

    /** The stored ids of the plan's sessions whose run was cut short, read with the plan; none unless told. */
    private java.util.function.BiFunction<LocalDate, LocalDate, java.util.Set<Long>> cutShortReader = (a, b) -> java.util.Set.of();

    /** Marks sessions whose run was cut short (read with the plan, on the worker). */
    public void readCutShortWith(final java.util.function.BiFunction<LocalDate, LocalDate, java.util.Set<Long>> reader) {
        this.cutShortReader = reader;
    }

    /** The runs logged for the plan's sessions, by session id, read with the plan; none unless told. */
    private java.util.function.BiFunction<LocalDate, LocalDate, Map<Long, app.stride.tracking.LoggedRun>> runsReader =
            (a, b) -> Map.of();

    /** Shows what was logged for done and skipped sessions (read with the plan, on the worker). */
    public void readRunsWith(final java.util.function.BiFunction<LocalDate, LocalDate, Map<Long, app.stride.tracking.LoggedRun>> reader) {
        this.runsReader = reader;
    }

    private record Loaded(SavedPlan plan, Optional<PlanOutline> outline, Map<LocalDate, Optional<SavedSession>> was,
                          java.util.Set<Long> cutShort, Map<Long, app.stride.tracking.LoggedRun> runs) {
    }

    /**
     * For a plan adapted from an earlier version: what that version had on each day from the adaptation on where
     * the current version differs (empty: a rest day then).
     */
    private Map<LocalDate, Optional<SavedSession>> was() {
        final Optional<PlanVersion> now = plans.currentVersion();
        final Optional<PlanVersion> before = now.flatMap(PlanVersion::previousId).flatMap(plans::version);
        if (now.isEmpty() || before.isEmpty()) {
            return Map.of();
        }
        final LocalDate from = now.get().adaptedFrom().orElse(LocalDate.MIN);
        final Map<LocalDate, SavedSession> was = byDay(before.get().sessions(), from);
        final Map<LocalDate, SavedSession> is = byDay(now.get().sessions(), from);
        final Map<LocalDate, Optional<SavedSession>> changed = new TreeMap<>();
        for (LocalDate d : was.keySet()) {
            if (!same(was.get(d), is.get(d))) {
                changed.put(d, Optional.of(was.get(d)));
            }
        }
        for (LocalDate d : is.keySet()) {
            if (!was.containsKey(d)) {
                changed.put(d, Optional.empty());
            }
        }
        return changed;
    }

    private static Map<LocalDate, SavedSession> byDay(final List<SavedSession> sessions, final LocalDate from) {
        final Map<LocalDate, SavedSession> m = new TreeMap<>();
        sessions.stream().filter(s -> !s.date().isBefore(from)).forEach(s -> m.putIfAbsent(s.date(), s));
        return m;
    }

    private static boolean same(final SavedSession a, final SavedSession b) {
        return b != null && a.type().equals(b.type()) && a.distanceM().equals(b.distanceM()) && a.durationS().equals(b.durationS());
    }

    /**
     * Reads the current plan again (other screens tick sessions off or move them), unless nothing was written since
     * it was last read and the day is the same.
     */
    public void load() {
        final app.stride.settings.DistanceUnit unit = settings.getValue().distanceUnit();
        tasks.run(() -> {
            final Optional<ReloadGate.Stamp> stamp = gate.changed();
            if (stamp.isEmpty()) {
                return Optional.<Map.Entry<ReloadGate.Stamp, Optional<Displayed>>>empty();
            }
            // The display (every week and session in words) is made here too: the UI thread only swaps it in.
            return Optional.of(Map.entry(stamp.get(), plans.current().map(p -> {
                final LocalDate end = p.sessions().stream().map(SavedSession::date).max(LocalDate::compareTo)
                        .orElse(p.startDate());
                return new Loaded(p, plans.currentOutline(), was(), cutShortReader.apply(p.startDate(), end),
                        runsReader.apply(p.startDate(), end));
            }).map(l -> new Displayed(l, display(l, unit)))));
        }, fresh -> fresh.ifPresent(f -> {
            gate.shown(f.getKey());
            showLoaded(f.getValue().map(Displayed::loaded), f.getValue().map(Displayed::display), unit);
        }), e -> {
            gate.forget();
            problem.set(Messages.get("planscreen.error.load", e.getMessage()));
            // The plan page is where the problem line shows; an empty screen would say nothing.
            if (mode.get() == Mode.LOADING) {
                mode.set(Mode.PLAN);
            }
        });
    }

    private record Displayed(Loaded loaded, PlanDisplay display) {
    }

    private void showLoaded(final Optional<Loaded> loaded, final Optional<PlanDisplay> display,
                            final app.stride.settings.DistanceUnit unit) {
        problem.set("");
        last = loaded;
        if (loaded.isPresent() && settings.getValue().distanceUnit() != unit) {
            show(loaded.get()); // the unit changed while it was read
        } else {
            plan.set(display);
        }
        // The form stays open while the runner is filling it in.
        if (mode.get() != Mode.FORM) {
            mode.set(loaded.isPresent() ? Mode.PLAN : Mode.NO_PLAN);
        }
    }

    private void show(final Loaded l) {
        plan.set(Optional.of(display(l, settings.getValue().distanceUnit())));
    }

    private PlanDisplay display(final Loaded l, final app.stride.settings.DistanceUnit unit) {
        final Map<LocalDate, String> was = new TreeMap<>();
        l.was().forEach((d, s) -> was.put(d, s.map(x -> PlanDisplay.brief(x, unit)).orElse(Messages.get("adaptbanner.rest"))));
        final Map<Long, PlanDisplay.Logged> logged = new java.util.HashMap<>();
        l.runs().forEach((id, r) -> PlanDisplay.logged(r, unit).ifPresent(x -> logged.put(id, x)));
        return PlanDisplay.of(l.plan(), l.outline(), unit, LocalDate.now(clock)).withWas(was).withCutShort(l.cutShort())
                .withLogged(logged);
    }

    /** Runs after the form stored a new plan (the window's other screens hear of it). */
    public void setOnPlanStored(final Runnable r) {
        onPlanStored = java.util.Objects.requireNonNull(r);
    }

    /** Opens the form for a first or a new plan; the current plan stays until the new one is started. */
    public void newPlan() {
        form.edit();
        mode.set(Mode.FORM);
    }

    /** Leaves the form without saving. */
    public void cancelForm() {
        form.edit();
        mode.set(plan.get().isPresent() ? Mode.PLAN : Mode.NO_PLAN);
    }

    /** Opens "Change plan…" filled with the current plan's race date, days and goal. */
    public void openChange() {
        tasks.run(plans::currentVersion, v -> v.ifPresent(x -> {
            change.edit(x.plan().request(), x.plan().raceDate());
            changing.set(true);
        }), e -> problem.set(app.stride.ui.task.TaskFailure.message(e)));
    }

    /** Closes "Change plan…" (cancelled, or the change was accepted). */
    public void closeChange() {
        changing.set(false);
    }

    public PlanChangeViewModel change() {
        return change;
    }

    /** Whether "Change plan…" is open. */
    public javafx.beans.property.ReadOnlyBooleanProperty changingProperty() {
        return changing;
    }

    public PlanFormViewModel form() {
        return form;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The current plan, ready to show. */
    public ReadOnlyObjectProperty<Optional<PlanDisplay>> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** What went wrong loading the plan, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
