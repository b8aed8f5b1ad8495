package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.plan.PaceRange;
import app.stride.plan.Phase;
import app.stride.plan.Plan;
import app.stride.plan.PlanRepository.PlanOutline;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanRepository.SavedWeek;
import app.stride.plan.PlanWeek;
import app.stride.plan.RaceDistance;
import app.stride.plan.RunWalk;
import app.stride.plan.SessionType;
import app.stride.plan.Step;
import app.stride.text.StepText;
import app.stride.settings.DistanceUnit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plan as the screen shows it, every text already in the runner's words and unit; built from a preview
 * ({@link Plan}) or from the saved plan, so both look the same.
 */
public record PlanDisplay(String title, String subtitle, List<String> warnings, List<PaceRow> paces,
                          List<WeekDisplay> weeks, Map<LocalDate, String> was) {

    public PlanDisplay {
        warnings = List.copyOf(warnings);
        paces = List.copyOf(paces);
        weeks = List.copyOf(weeks);
        was = Map.copyOf(was);
    }

    public PlanDisplay(final String title, final String subtitle, final List<String> warnings, final List<PaceRow> paces,
                       final List<WeekDisplay> weeks) {
        this(title, subtitle, warnings, paces, weeks, Map.of());
    }

    /**
     * The same plan with what the version it was adapted from had on the days the adaptation changed ("Tempo · 5
     * km", or "Rest"), for showing the original plan beside the changes.
     */
    public PlanDisplay withWas(final Map<LocalDate, String> before) {
        return new PlanDisplay(title, subtitle, warnings, paces, weeks, before);
    }

    /** The same plan with the sessions in {@code cutShort} (stored ids) done but cut short. */
    public PlanDisplay withCutShort(final java.util.Set<Long> cutShort) {
        if (cutShort.isEmpty()) {
            return this;
        }
        final List<WeekDisplay> marked = weeks.stream().map(w -> new WeekDisplay(w.number(), w.heading(), w.phase(),
                w.planned(), w.cutback(), w.current(), w.past(), w.sessions().stream()
                .map(s -> s.status() == Status.DONE && cutShort.contains(s.id()) ? s.with(Status.CUT_SHORT, s.logged()) : s)
                .toList(), w.start())).toList();
        return new PlanDisplay(title, subtitle, warnings, paces, marked, was);
    }

    /** The same plan with what was logged for its done or skipped sessions ({@code logged} by stored id). */
    public PlanDisplay withLogged(final Map<Long, Logged> logged) {
        if (logged.isEmpty()) {
            return this;
        }
        final List<WeekDisplay> marked = weeks.stream().map(w -> new WeekDisplay(w.number(), w.heading(), w.phase(),
                w.planned(), w.cutback(), w.current(), w.past(), w.sessions().stream()
                .map(s -> logged.containsKey(s.id()) && !s.status().open() ? s.with(s.status(), Optional.of(logged.get(s.id()))) : s)
                .toList(), w.start())).toList();
        return new PlanDisplay(title, subtitle, warnings, paces, marked, was);
    }

    /**
     * A logged run as a session's result, in the runner's words and unit: its numbers ("5.2 km · 33:05 · 6:22 /km",
     * empty for a skipped session), how it went ("Effort 6/10 · Felt good") and the note, each empty when not
     * recorded; empty when nothing was.
     */
    public static Optional<Logged> logged(final app.stride.tracking.LoggedRun r, final DistanceUnit unit) {
        final Logged l = new Logged(app.stride.text.TrackingText.numbers(r, unit),
                String.join(" · ", app.stride.text.TrackingText.howItWent(r)), r.report().notes());
        return l.numbers().isEmpty() && l.howItWent().isEmpty() && l.note().isEmpty() ? Optional.empty() : Optional.of(l);
    }

    /** What was logged for a session: numbers, how it went, the note (each empty when not recorded). */
    public record Logged(String numbers, String howItWent, String note) {
    }

    /** A stored session in a few words: its type and size, e.g. "Tempo · 5 km". */
    static String brief(final SavedSession s, final DistanceUnit unit) {
        final String label = typeName(s.type());
        final boolean byTime = s.pace().isEmpty() && s.durationS().isPresent() || s.distanceM().isEmpty();
        final Optional<String> size = byTime
                ? app.stride.ui.common.PlannedTime.text(s.description(), s.durationS().map(Duration::ofSeconds))
                : s.distanceM().map(m -> distance(m, unit));
        return size.map(z -> Messages.get("adaptbanner.session", label, z)).orElse(label);
    }

    /**
     * A session type's name: the one the Log and Today use ({@code PlanText.typeName}, "Easy run + strides"), so a
     * session has one name on every screen, the calendar's chips included (they wrap it in a narrow day).
     */
    static String typeName(final String code) {
        return SessionType.parse(code).map(app.stride.text.PlanText::typeName).orElse(Messages.get("planscreen.type.other"));
    }

    /** One training pace, e.g. Easy 6:10–6:45 /km. */
    public record PaceRow(String name, String pace) {
    }

    /** A week: heading, where it sits, and whether it is this week or already past. */
    public record WeekDisplay(int number, String heading, String phase, String planned, boolean cutback, boolean current,
                              boolean past, List<SessionDisplay> sessions, LocalDate start) {

        public WeekDisplay {
            sessions = List.copyOf(sessions);
        }
    }

    /** Whether a session is still ahead, done or skipped. */
    public enum Status {
        PLANNED, DONE, SKIPPED,
        /** Done, but the run was cut short (logged partial): it still counts as done, and says so without shame. */
        CUT_SHORT,
        /** Planned for a day now past and never ticked off: still open (it can be done, skipped or moved). */
        MISSED;

        /** Whether the session is still to be done, skipped or moved by the runner. */
        public boolean open() {
            return this == PLANNED || this == MISSED;
        }
    }

    /**
     * One session row. {@code typeCode} picks the chip colour; {@code steps} and {@code turnaround} show when the row
     * is opened. {@code size} is the short amount a calendar chip shows (distance, or minutes for a session by
     * time); {@code originalDay} is the day the plan first gave it.
     */
    public record SessionDisplay(long id, String weekday, String date, String typeCode, String typeLabel, String amount,
                                 String how, String description, List<String> steps, Optional<String> turnaround,
                                 Status status, Optional<String> movedFrom, LocalDate day, String size,
                                 LocalDate originalDay, Optional<Logged> logged) {

        public SessionDisplay {
            steps = List.copyOf(steps);
        }

        /** A session not logged (yet). */
        public SessionDisplay(final long id, final String weekday, final String date, final String typeCode,
                              final String typeLabel, final String amount, final String how, final String description,
                              final List<String> steps, final Optional<String> turnaround, final Status status,
                              final Optional<String> movedFrom, final LocalDate day, final String size,
                              final LocalDate originalDay) {
            this(id, weekday, date, typeCode, typeLabel, amount, how, description, steps, turnaround, status, movedFrom,
                    day, size, originalDay, Optional.empty());
        }

        /** The same session with another status and result. */
        SessionDisplay with(final Status s, final Optional<Logged> l) {
            return new SessionDisplay(id, weekday, date, typeCode, typeLabel, amount, how, description, steps,
                    turnaround, s, movedFrom, day, size, originalDay, l);
        }
    }

    /** The preview of a generated, not yet saved plan. */
    public static PlanDisplay of(final Plan plan, final DistanceUnit unit, final LocalDate today) {
        final List<WeekDisplay> weeks = new ArrayList<>();
        final boolean byTime = app.stride.plan.PlanByTime.sessions(plan.weeks().stream().flatMap(w -> w.sessions().stream()).toList());
        for (PlanWeek w : plan.weeks()) {
            final List<SessionDisplay> sessions = w.sessions().stream().map(s -> session(0, s.date(), s.date(),
                    s.type().code(), s.distanceM(), s.duration(), s.pace(), s.effort(),
                    s.runWalk(), s.steps(), s.description(), app.stride.text.PlanText.description(s, unit), app.stride.plan.SessionStatus.PLANNED, unit,
                    LocalDate.MIN)).toList();
            final boolean race = w.sessions().stream().anyMatch(s -> s.type() == SessionType.RACE);
            weeks.add(week(w.number(), w.start(), Optional.of(w.phase()), w.cutback(), byTime
                    ? app.stride.text.WeekAmount.time(app.stride.plan.PlanByTime.trainingTime(w), race)
                    : app.stride.text.WeekAmount.distance(w.trainingM(), race, unit), sessions, today));
        }
        final String title = PlanHeading.title(plan.goalAsPlanned(), plan.request().distance(), plan.raceDate(), plan.startDate(),
                plan.weeks().size());
        final Optional<String> target = plan.request().targetTime().map(PlanHeading::time);
        return new PlanDisplay(title, PlanHeading.subtitle(target, plan.predicted(), plan.request().distance()),
                plan.warnings().stream().map(w -> app.stride.text.PlanText.note(w, unit, app.stride.text.PlanText.Surface.APP)).toList(),
                PlanHeading.paces(plan.paces(), plan.pacesByRaceWeek(), plan.racePace(), unit), weeks);
    }

    /** The saved plan; without an outline the weeks are worked out from the session dates. */
    public static PlanDisplay of(final SavedPlan plan, final Optional<PlanOutline> outline, final DistanceUnit unit,
                                 final LocalDate today) {
        final Map<Integer, List<SavedSession>> byWeek = new TreeMap<>();
        for (SavedSession s : plan.sessions()) {
            final int n = (int) (java.time.temporal.ChronoUnit.DAYS.between(plan.startDate(), s.originalDate()) / 7) + 1;
            byWeek.computeIfAbsent(n, k -> new ArrayList<>()).add(s);
        }
        final List<SavedWeek> known = outline.map(PlanOutline::weeks).orElse(List.of());
        final List<WeekDisplay> weeks = new ArrayList<>();
        final boolean byTime = app.stride.plan.PlanByTime.saved(plan.sessions());
        for (int n = 1; n <= plan.weeks(); n++) {
            final int number = n;
            final List<SavedSession> saved = byWeek.getOrDefault(n, List.of()).stream()
                    .sorted(Comparator.comparing(SavedSession::date).thenComparing(SavedSession::id)).toList();
            final List<SessionDisplay> sessions = saved.stream().map(s -> session(s.id(), s.date(), s.originalDate(), s.type(),
                    s.distanceM(), s.durationS().map(Duration::ofSeconds), s.pace(), s.effort(),
                    s.runWalk(), s.steps(), s.description(), app.stride.text.PlanText.description(s, unit), s.status(), unit,
                    today)).toList();
            final Optional<SavedWeek> w = known.stream().filter(k -> k.number() == number).findFirst();
            // The week's training with the race named beside it, as the CLI and Progress say it (text.WeekAmount):
            // the stored week counts the race in, at its distance.
            final double raceM = saved.stream().filter(s -> "race".equals(s.type())).mapToDouble(s -> s.distanceM().orElse(0.0)).sum();
            final boolean race = saved.stream().anyMatch(s -> "race".equals(s.type()));
            final double plannedM = w.map(SavedWeek::plannedM).map(m -> Math.max(0, m - raceM))
                    .orElse(saved.stream().filter(s -> !"race".equals(s.type())).mapToDouble(s -> s.distanceM().orElse(0.0)).sum());
            // A plan by time totals its weeks in time, as Progress does (plan.PlanByTime).
            final String amount = byTime ? app.stride.text.WeekAmount.time(app.stride.plan.PlanByTime.savedTrainingTime(saved), race)
                    : app.stride.text.WeekAmount.distance(plannedM, race, unit);
            weeks.add(week(n, plan.startDate().plusDays(7L * (n - 1)), w.map(SavedWeek::phase),
                    w.map(SavedWeek::cutback).orElse(false), amount, sessions, today));
        }
        final Optional<RaceDistance> distance = plan.distance().flatMap(RaceDistance::parse);
        // The goal and paces as the plan was made, as its preview and `stride plan` said them (eng6 review 2).
        final String title = PlanHeading.title(outline.map(PlanOutline::goalAsPlanned).orElse(plan.goal()), distance,
                plan.raceDate(), plan.startDate(), plan.weeks());
        final Optional<String> target = outline.flatMap(PlanOutline::targetTime).map(PlanHeading::time);
        return new PlanDisplay(title, PlanHeading.subtitle(target, outline.map(PlanOutline::predicted).orElse(Map.of()), distance),
                plan.warnings().stream().filter(w -> !w.code().equals("pastStart"))
                        .map(w -> app.stride.text.PlanText.note(w, unit, app.stride.text.PlanText.Surface.APP)).toList(),
                outline.map(o -> PlanHeading.paces(o.paces(), o.pacesByRaceWeek(), o.racePace(), unit)).orElse(List.of()), weeks);
    }

    /** Whether the plan goes by effort and time because there are no paces. */
    public boolean byEffort() {
        return paces.isEmpty();
    }

    /**
     * What a plan without paces says in their place: the time trial gives paces only when the plan holds one (a
     * run/walk plan has none, and told the runner to run it all the same).
     */
    public String effortNote() {
        final boolean trial = weeks.stream().flatMap(w -> w.sessions().stream())
                .anyMatch(s -> app.stride.plan.SessionType.TIME_TRIAL.code().equals(s.typeCode()));
        return Messages.get(trial ? "planscreen.paces.effort" : "planscreen.paces.effortNoTrial");
    }

    /** The week holding {@code today}, if the plan is under way. */
    public Optional<WeekDisplay> currentWeek() {
        return weeks.stream().filter(WeekDisplay::current).findFirst();
    }


    private static WeekDisplay week(final int number, final LocalDate start, final Optional<Phase> phase, final boolean cutback,
                                    final String amount, final List<SessionDisplay> sessions, final LocalDate today) {
        final LocalDate end = start.plusDays(6);
        final boolean current = !today.isBefore(start) && !today.isAfter(end);
        final String planned = Messages.get("planscreen.week.planned", amount, sessions.size());
        return new WeekDisplay(number, Messages.get("planscreen.week", number),
                phase.map(p -> phaseLabel(p, sessions)).orElse(""), planned, cutback, current,
                end.isBefore(today), sessions, start);
    }

    /**
     * A week's phase as its sessions make it: a run/walk-phase week whose sessions all run without walk breaks (Couch
     * to 5K weeks 7 on) is labelled "Non-stop", not "Run/walk" (new-user review).
     */
    static String phaseLabel(final Phase phase, final List<SessionDisplay> sessions) {
        final boolean walks = sessions.stream().anyMatch(s -> SessionType.RUN_WALK.code().equals(s.typeCode()));
        return Messages.get(phase == Phase.RUN_WALK && !sessions.isEmpty() && !walks
                ? "planscreen.phase.continuous" : "planscreen.phase." + phase.code());
    }

    private static SessionDisplay session(final long id, final LocalDate date, final LocalDate originalDate, final String type,
                                          final Optional<Double> distanceM, final Optional<Duration> duration,
                                          final Optional<PaceRange> pace, final Optional<app.stride.plan.SessionEffort> effort,
                                          final Optional<RunWalk> runWalk, final List<Step> steps,
                                          final app.stride.plan.SessionBrief brief, final String description,
                                          final app.stride.plan.SessionStatus status, final DistanceUnit unit,
                                          final LocalDate today) {
        final Optional<SessionType> t = SessionType.parse(type);
        final boolean running = t.map(x -> x.isRun() && x != SessionType.RACE).orElse(false);
        // Effort-based sessions have a distance the engine estimated; time is what the runner follows then.
        final boolean estimate = pace.isEmpty() && running;
        final List<String> amount = new ArrayList<>();
        // One rule with Today: distances as format.Distances, planned times to the second as format.Durations.
        distanceM.ifPresent(m -> amount.add(estimate && duration.isPresent()
                ? Messages.get("planscreen.amount.estimate", distance(m, unit)) : distance(m, unit)));
        // One rule with Today for the planned time: an effort-only race shows its range (app.stride.ui.common.PlannedTime).
        app.stride.ui.common.PlannedTime.text(brief, duration).ifPresent(amount::add);
        if (estimate && duration.isPresent()) {
            Collections.reverse(amount);
        }
        final String how = pace.map(p -> StepText.pace(p, unit))
                .or(() -> runWalk.map(rw -> StepText.runWalk(rw, steps)))
                .or(() -> effort.map(app.stride.text.PlanText::effort)).orElse("");
        // The headline says the effort when there is no pace or run/walk; the steps do not say it again.
        final Optional<app.stride.plan.SessionEffort> said = pace.isEmpty() && runWalk.isEmpty() ? effort : Optional.empty();
        final Optional<String> turn = running ? turnaround(distanceM.filter(m -> pace.isPresent()),
                duration.map(d -> d.dividedBy(2)), unit) : Optional.empty();
        final Status st = switch (status) {
            case DONE -> Status.DONE;
            case SKIPPED -> Status.SKIPPED;
            // A saved session left open on a day gone by is missed: shown as such, not like the days to come.
            case PLANNED, MOVED -> date.isBefore(today) ? Status.MISSED : Status.PLANNED;
        };
        final Optional<String> moved = date.equals(originalDate) ? Optional.empty()
                : Optional.of(Messages.get("planscreen.status.moved", Dates.day(originalDate)));
        final String label = typeName(type);
        // A chip has room for one figure, the same kind on every chip: the distance when the session has one, else
        // its time (a run/walk session goes by time: its distance is only what the plan counts for it). The time as
        // everywhere else (format.Durations, to the second).
        final String size = distanceM.filter(m -> runWalk.isEmpty()).map(m -> distance(m, unit))
                .or(() -> duration.map(Durations::format)).orElse("");
        return new SessionDisplay(id, Dates.weekdayShort(date), Dates.dayMonth(date), type, label, String.join(" · ", amount), how,
                description, StepText.lines(steps, unit, said), turn, st, moved, date, size, originalDate);
    }

    private static Optional<String> turnaround(final Optional<Double> distanceM, final Optional<Duration> half,
                                               final DistanceUnit unit) {
        final Optional<String> d = distanceM.map(m -> distance(m / 2, unit));
        final Optional<String> t = half.map(Durations::format);
        if (d.isPresent() && t.isPresent()) {
            return Optional.of(Messages.get("planscreen.turnaround", Messages.get("planscreen.turnaround.both", d.get(), t.get())));
        }
        return d.or(() -> t).map(x -> Messages.get("planscreen.turnaround", x));
    }

    /** A session's distance as Today shows it; track distances under a kilometre stay in metres. */
    static String distance(final double metres, final DistanceUnit unit) {
        return metres < 1000 ? StepText.distance(metres, unit) : Distances.format(metres, unit);
    }
}
