package app.stride.ui.progress;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.format.Distances;
import app.stride.format.Numbers;
import app.stride.text.HighlightText;
import app.stride.text.WeekAmount;
import app.stride.progress.Progress;
import app.stride.progress.ProgressService;
import app.stride.progress.WeekProgress;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.TickOff;
import app.stride.tracking.WeeklyDistance;
import app.stride.ui.common.Freshness;
import app.stride.ui.common.ReloadGate;
import app.stride.ui.task.Latest;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Progress screen's state: tiles (a consistency goal leads with the habit, a race goal with the plan), the chart of
 * planned against done per plan week (distance or sessions; without a plan, distance over the last weeks), and the
 * summary in plain words from the domain's codes.
 */
public final class ProgressViewModel {

    /** Weeks shown without a plan. */
    static final int WEEKS_WITHOUT_PLAN = 12;

    /**
     * What the chart counts: sessions, or how much was run ({@code DISTANCE}), which is time for a plan by time
     * ({@link #amountNameProperty()} names it).
     */
    public enum Measure { DISTANCE, SESSIONS }

    /** One figure: its id (for tests and styles), caption, value and a line under it. */
    public record Tile(String id, String caption, String value, String detail) {
    }

    /** One week of the chart; an absent value draws no bar (a week not begun, nothing planned, nothing run). */
    public record Bar(String label, Optional<Double> planned, Optional<Double> done, String tip) {

        Bar(final String label, final Optional<Double> planned, final Optional<Double> done) {
            this(label, planned, done, label);
        }
    }

    /** The chart as drawn: bars, the y axis up to {@code upper} in whole steps of {@code tick}, and its unit. */
    public record Chart(List<Bar> bars, double upper, double tick, String axisLabel, boolean planned) {
    }

    private record Loaded(ReloadGate.Stamp stamp, Progress progress, List<LoggedRun> recent) {
    }

    private final ProgressService service;
    private final TickOff tickOff;
    private final TaskRunner tasks;
    private final Supplier<Settings> settings;
    private final Latest reloads;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<Chart>> chart = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.DISTANCE);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasPlan = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper chartTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amountName = new ReadOnlyStringWrapper(Messages.get("progress.measure.distance"));
    private Optional<Loaded> last = Optional.empty();
    /** Whether what is shown needs reading again. */
    private final ReloadGate<Void> gate;

    /** Reads everything on every load (no way to tell that nothing changed). */
    public ProgressViewModel(final ProgressService service, final TickOff tickOff, final TaskRunner tasks,
                             final Supplier<Settings> settings) {
        this(service, tickOff, tasks, settings, ReloadGate.always());
    }

    /**
     * {@code freshness} says cheaply whether the data may have changed (equal answers: it has not); a load that finds
     * it unchanged reads and redraws nothing.
     */
    public ProgressViewModel(final ProgressService service, final TickOff tickOff, final TaskRunner tasks,
                             final Supplier<Settings> settings, final Supplier<Freshness> freshness) {
        this(service, tickOff, tasks, settings, ReloadGate.over(freshness));
    }

    private ProgressViewModel(final ProgressService service, final TickOff tickOff, final TaskRunner tasks,
                              final Supplier<Settings> settings, final ReloadGate<Void> gate) {
        this.gate = gate;
        this.service = service;
        this.tickOff = tickOff;
        this.tasks = tasks;
        this.settings = settings;
        this.reloads = new Latest(tasks);
        measure.addListener((o, a, b) -> redraw());
    }

    /**
     * Reads progress and the recent runs in the background, then shows them; when nothing was written since the last
     * load (and the day has not turned), nothing is read or redrawn: showing the screen again costs no work.
     */
    public void load() {
        reloads.run(() -> {
            final Optional<ReloadGate.Stamp> stamp = gate.changed();
            if (stamp.isEmpty()) {
                return Optional.<Loaded>empty();
            }
            return Optional.of(new Loaded(stamp.get(), service.progress(), tickOff.recentRuns(WEEKS_WITHOUT_PLAN * 7 * 3)));
        }, loaded -> loaded.ifPresent(l -> {
            final boolean first = last.isEmpty();
            last = Optional.of(l);
            gate.shown(l.stamp());
            if (first) {
                // A consistency goal (or no plan) leads with how often, a race goal with how far; a plan by time
                // (run/walk, effort) with how often too: its planned km are estimates no run is measured against.
                measure.set(l.progress().consistencyFirst() || l.progress().timeBased() ? Measure.SESSIONS : Measure.DISTANCE);
            }
            problem.set("");
            redraw();
        }), e -> problem.set(TaskFailure.message(e)));
    }

    /** Draws again from what was loaded, e.g. after the distance unit changed. */
    public void redraw() {
        if (last.isEmpty()) {
            return;
        }
        final Progress p = last.get().progress();
        final DistanceUnit unit = settings.get().distanceUnit();
        hasPlan.set(!p.weeks().isEmpty());
        empty.set(p.timesOut() == 0 && p.weeks().isEmpty());
        tiles.setAll(tiles(p, last.get().recent(), unit));
        summary.setAll(p.summary().stream().map(h -> HighlightText.render(h, unit, p.asOf())).toList());
        final Chart c = p.weeks().isEmpty() ? withoutPlan(last.get().recent(), p.asOf(), unit) : plan(p, measure.get(), unit);
        chartTitle.set(Messages.get(p.weeks().isEmpty() ? "progress.chart.recent"
                : measure.get() == Measure.SESSIONS ? "progress.chart.sessions"
                : p.timeBased() ? "progress.chart.time" : "progress.chart.distance"));
        amountName.set(Messages.get(p.timeBased() ? "progress.measure.time" : "progress.measure.distance"));
        chart.set(Optional.of(c));
    }

    /** A figure with no data behind it (ADR 0003): a dash, never "0". */
    static final String NO_DATA = "–";

    private List<Tile> tiles(final Progress p, final List<LoggedRun> recent, final DistanceUnit unit) {
        final Tile streak = new Tile("progress-streak", Messages.get("progress.tile.streak"),
                Messages.get("progress.tile.weeks", p.streakWeeks()), Messages.get("progress.tile.streakDetail"));
        final Tile out = new Tile("progress-times-out", Messages.get("progress.timesOut"), Numbers.whole(p.timesOut()),
                Messages.get("progress.tile.timesOutDetail"));
        final Tile adherence = new Tile("progress-adherence", Messages.get("progress.tile.adherence"),
                p.adherencePct().map(a -> Messages.get("progress.tile.percent", Numbers.whole(a))).orElse(NO_DATA),
                p.adherencePct().isPresent() ? (p.sessionsCutShort() > 0
                        ? Messages.get("progress.tile.adherenceDetailCut", p.sessionsDone(), p.sessionsDue(), p.sessionsCutShort())
                        : Messages.get("progress.tile.adherenceDetail", p.sessionsDone(), p.sessionsDue()))
                        : Messages.get(p.weeks().isEmpty() ? "progress.tile.noPlan" : "progress.tile.nothingDue"));
        final Tile week = thisWeek(p, recent, unit);
        final Tile longest = new Tile("progress-longest", Messages.get("progress.tile.longest"),
                p.longestRun().map(l -> Distances.format(l.metres(), unit)).orElse(NO_DATA),
                p.longestRun().map(l -> Dates.dayNear(l.date(), p.asOf().getYear())).orElse(Messages.get("progress.tile.noDistance")));
        final Tile time = new Tile("progress-total-time", Messages.get("progress.tile.totalTime"), hours(p.totalTime()),
                Messages.get("progress.tile.totalTimeDetail"));
        return p.consistencyFirst() ? List.of(streak, out, week, adherence, longest, time)
                : List.of(adherence, week, streak, out, longest, time);
    }

    /** This plan week's distance against the plan's, or this calendar week's without a plan. */
    private Tile thisWeek(final Progress p, final List<LoggedRun> recent, final DistanceUnit unit) {
        final Optional<WeekProgress> current = p.weeks().stream()
                .filter(w -> !w.start().isAfter(p.asOf()) && w.start().plusDays(7).isAfter(p.asOf())).findFirst();
        if (current.isPresent()) {
            final WeekProgress w = current.get();
            if (p.timeBased()) {
                return new Tile("progress-this-week", Messages.get("progress.thisWeek"), WeekAmount.time(w.doneTime(), w.raceDone()),
                        Messages.get("progress.tile.weekDetail", WeekAmount.time(w.plannedTime(), w.race()), w.sessionsDone(),
                                w.sessionsPlanned()));
            }
            // One rule for figures (ADR 0003): "–" when there is no data (runs logged without a distance), "0" only for
            // a real zero; a week begun with nothing logged has run 0 km.
            final String done = w.doneM().map(m -> WeekAmount.distance(m, w.raceDone(), unit))
                    .orElse(w.runsWithoutDistance() > 0 ? NO_DATA : WeekAmount.distance(0, w.raceDone(), unit));
            return new Tile("progress-this-week", Messages.get("progress.thisWeek"), done,
                    Messages.get(w.plannedM() > 0 || w.race() ? "progress.tile.weekDetail" : "progress.tile.weekSessions",
                            WeekAmount.distance(w.plannedM(), w.race(), unit), w.sessionsDone(), w.sessionsPlanned()));
        }
        final List<WeeklyDistance> weeks = WeeklyDistance.lastWeeks(recent, p.asOf(), settings.get().firstDayOfWeek(), 1);
        final WeeklyDistance w = weeks.get(0);
        return new Tile("progress-this-week", Messages.get("progress.thisWeek"), Distances.format(w.metres(), unit),
                Messages.get("progress.tile.runs", w.runs()));
    }

    private static String hours(final Duration total) {
        return app.stride.format.Durations.total(total);
    }

    /**
     * Planned against done per plan week, in the plan's measure: sessions, or how much, which for a plan by time is
     * minutes (axis, bars and tooltips alike; its km are estimates no run is measured against) and else distance.
     * The race is named in a tooltip, never added into a bar (text.WeekAmount).
     */
    static Chart plan(final Progress p, final Measure measure, final DistanceUnit unit) {
        final List<Bar> bars = new ArrayList<>();
        final boolean byTime = p.timeBased();
        for (WeekProgress w : p.weeks()) {
            final boolean begun = !w.start().isAfter(p.asOf());
            final Optional<Double> planned;
            final Optional<Double> done;
            if (measure == Measure.SESSIONS) {
                planned = w.sessionsPlanned() > 0 ? Optional.of((double) w.sessionsPlanned()) : Optional.empty();
                done = begun && w.sessionsDone() > 0 ? Optional.of((double) w.sessionsDone()) : Optional.empty();
            } else if (byTime) {
                planned = w.plannedTime().isZero() ? Optional.empty() : Optional.of(minutes(w.plannedTime()));
                done = begun && !w.doneTime().isZero() ? Optional.of(minutes(w.doneTime())) : Optional.empty();
            } else {
                planned = w.plannedM() > 0 ? Optional.of(unit.fromMetres(w.plannedM())) : Optional.empty();
                done = w.doneM().filter(m -> m > 0).map(unit::fromMetres);
            }
            final String doneText = byTime ? (begun ? WeekAmount.time(w.doneTime(), w.raceDone()) : NO_DATA)
                    : w.doneM().map(m -> WeekAmount.distance(m, w.raceDone(), unit)).orElse(NO_DATA);
            final String plannedText = byTime ? WeekAmount.time(w.plannedTime(), w.race())
                    : WeekAmount.distance(w.plannedM(), w.race(), unit);
            final String tip = Messages.get("progress.chart.tip", w.number(), Dates.dayMonth(w.start()), doneText, plannedText,
                    w.sessionsDone(), w.sessionsPlanned());
            bars.add(new Bar(Messages.get("progress.chart.week", w.number()), planned, done, tip));
        }
        return withAxis(bars, measure == Measure.SESSIONS ? Messages.get("progress.chart.sessionsAxis")
                : byTime ? Messages.get("progress.chart.minutesAxis") : unit.code(), true);
    }

    private static double minutes(final Duration d) {
        return d.toSeconds() / 60.0;
    }

    static Chart withoutPlan(final List<LoggedRun> recent, final LocalDate today, final DistanceUnit unit) {
        final List<Bar> bars = new ArrayList<>();
        for (WeeklyDistance w : WeeklyDistance.lastWeeks(recent, today, java.time.DayOfWeek.MONDAY, WEEKS_WITHOUT_PLAN)) {
            bars.add(new Bar(Dates.dayMonth(w.weekStart()), Optional.empty(),
                    w.metres() > 0 ? Optional.of(unit.fromMetres(w.metres())) : Optional.empty(),
                    Messages.get("progress.chart.tipRecent", Dates.dayMonth(w.weekStart()), Distances.format(w.metres(), unit),
                            w.runs())));
        }
        return withAxis(bars, unit.code(), false);
    }

    /** A y axis to a whole number above the tallest bar, in whole steps of 1, 2, 5, 10, 20, 50… (about five of them). */
    static Chart withAxis(final List<Bar> bars, final String axisLabel, final boolean planned) {
        final double max = bars.stream().flatMap(b -> java.util.stream.Stream.concat(b.planned().stream(), b.done().stream()))
                .mapToDouble(Double::doubleValue).max().orElse(1);
        double tick = 1;
        for (double base = 1; ; base *= 10) {
            final double[] steps = {base, 2 * base, 5 * base};
            boolean found = false;
            for (double s : steps) {
                if (max / s <= 6) {
                    tick = s;
                    found = true;
                    break;
                }
            }
            if (found) {
                break;
            }
        }
        double upper = Math.max(tick, Math.ceil(max / tick) * tick);
        if (upper - max < tick * 0.1) {
            upper += tick; // a little room above the tallest bar
        }
        return new Chart(bars, upper, tick, axisLabel, planned);
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public ObservableList<String> summary() {
        return summary;
    }

    public ReadOnlyObjectProperty<Optional<Chart>> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    /** Nothing to show yet: no run and no plan. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPlanProperty() {
        return hasPlan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty chartTitleProperty() {
        return chartTitle.getReadOnlyProperty();
    }

    /** The name of the {@code DISTANCE} measure in this plan's terms: "Distance", or "Time" for a plan by time. */
    public ReadOnlyStringProperty amountNameProperty() {
        return amountName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
