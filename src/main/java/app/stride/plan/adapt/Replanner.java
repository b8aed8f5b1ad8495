package app.stride.plan.adapt;

import app.stride.plan.SessionStatus;
import app.stride.plan.Fitness;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanDates;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import app.stride.plan.Step;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.LoggedRun;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Re-plans from a day: reads the plan so far and the training log and proposes carry on, an easy bridge week or a
 * rebuilt future (docs/plan-engine.md, "Adapting"). Pure: the day is given, nothing is stored.
 */
public final class Replanner {

    /** Days without running from which fitness and volume go through the time-off table and the future is rebuilt. */
    public static final int REBUILD_DAYS_OFF = 7;
    /** Sessions missed in a row from which the next week is a bridge. */
    public static final int BRIDGE_MISSED = 2;
    /** Days from the first day planned to a new race date: two weeks to build what is left and taper. */
    public static final int MIN_DAYS_TO_NEW_RACE = 14;
    /** A race moved this many days earlier or more is a notable change the runner is told about (two weeks). */
    public static final int NOTABLY_EARLIER_DAYS = 14;

    private final DistanceUnit unit;

    /** A re-planner for a kilometre runner. */
    public Replanner() {
        this(DistanceUnit.KM);
    }

    /** A re-planner whose rebuilt weeks set workouts in the runner's {@code unit} (whole miles for a mile runner). */
    public Replanner(final DistanceUnit unit) {
        this.unit = Objects.requireNonNull(unit);
    }

    /** The proposal for the plan {@code current} and the runs in {@code log}, as if today were {@code asOf}. */
    public Proposal propose(final PlanVersion current, final List<LoggedRun> log, final LocalDate asOf, final PlanChange change) {
        final Plan plan = current.plan();
        final RecentRunning recent = RecentRunning.of(log, plan.startDate(), asOf);
        // Everything up to the last day something was logged stays as it is, even when asOf is earlier.
        final LocalDate from = firstOpenDay(current, log, asOf);
        final int missed = missed(current, recent, asOf);
        final List<AdaptWarning> warnings = new ArrayList<>();
        if (!change.isEmpty()) {
            return rebuild(current, recent, log, from, missed, change, warnings, asOf);
        }
        if (!asOf.isAfter(plan.startDate())) {
            warnings.add(AdaptWarning.NOT_STARTED);
            return carryOn(asOf, 0, 0, warnings);
        }
        if (asOf.isAfter(plan.endDate())) {
            warnings.add(AdaptWarning.PLAN_OVER);
            return carryOn(asOf, missed, recent.daysWithoutRunning(), warnings);
        }
        if (recent.daysWithoutRunning() >= REBUILD_DAYS_OFF && missed >= 1) {
            warnings.add(AdaptWarning.TIME_OFF);
            final boolean tooClose = plan.request().hasRace() && plan.raceDate()
                    .map(r -> ChronoUnit.DAYS.between(from, r) / 7 + 1 < PlanDates.MIN_WEEKS).orElse(false);
            // Couch to 5K goes by stages, not distance: repeat the last week done and carry on in order, racing with
            // walk breaks (the engine warns) when the stages no longer fit; an eased week would skip a stage.
            final boolean walker = plan.fitness().level() == Fitness.Level.WALK_RUN;
            if (!tooClose || walker || bridgeTooBig(recent.daysWithoutRunning())) {
                return rebuild(current, recent, log, from, missed, change, warnings, asOf);
            }
            // A short break close to the race: an easy week then the plan's own taper is a coach's answer.
            warnings.add(AdaptWarning.TOO_CLOSE_TO_REBUILD);
            return bridge(current, log, from, missed, recent.daysWithoutRunning(), warnings, asOf);
        }
        if (missed >= BRIDGE_MISSED) {
            return bridge(current, log, from, missed, recent.daysWithoutRunning(), warnings, asOf);
        }
        return carryOn(asOf, missed, recent.daysWithoutRunning(), warnings);
    }

    /**
     * Whether {@code daysOff} days without running are too long a break for the bridge's easy week and then the plan's
     * own taper, even close to the race: the time-off table would bring the runner back under the bridge's share
     * (12 days and more), or detrains them (28 and more: a lower VDOT, so slower paces, and the ramp's half then three
     * quarters). Such a break is rebuilt whatever is left to the race, taper and race week included (coach review B40:
     * 39 days off three weeks before a 10K came back at 96% of the old week, at the old race pace).
     */
    static boolean bridgeTooBig(final int daysOff) {
        return daysOff >= 28 || app.stride.plan.ReturnerRamp.firstWeekShare(daysOff) < Bridge.SHARE;
    }

    private static Proposal carryOn(final LocalDate asOf, final int missed, final int days, final List<AdaptWarning> warnings) {
        return new Proposal(asOf, missed, days, ProposalKind.CARRY_ON, List.of(), AdaptNote.plain(warnings), Optional.empty());
    }

    /** Sessions before {@code asOf}, since the last run, that were not done: the ones missed in a row. */
    static int missed(final PlanVersion v, final RecentRunning recent, final LocalDate asOf) {
        // Missed sessions before an adaptation were handled by it: count from the later of that day and the last run.
        LocalDate since = recent.lastRun().map(d -> d.plusDays(1)).filter(d -> d.isAfter(v.plan().startDate()))
                .orElse(v.plan().startDate());
        if (v.adaptedFrom().filter(since::isBefore).isPresent()) {
            since = v.adaptedFrom().get();
        }
        final LocalDate first = since;
        return (int) v.sessions().stream()
                .filter(s -> !s.date().isBefore(first) && s.date().isBefore(asOf) && s.status() != SessionStatus.DONE).count();
    }

    private static LocalDate firstOpenDay(final PlanVersion v, final List<LoggedRun> log, final LocalDate asOf) {
        LocalDate last = asOf.minusDays(1);
        for (SavedSession s : v.sessions()) {
            if (!s.status().isOpen() && s.date().isAfter(last)) {
                last = s.date();
            }
        }
        for (LoggedRun r : log) {
            if (r.date().isAfter(last) && !r.date().isAfter(v.plan().endDate())) {
                last = r.date();
            }
        }
        return last.plusDays(1);
    }

    /** A session of the next version and the stored session it is (null when it is new). */
    private record Slot(Session session, Long storedId) {
    }

    private Proposal bridge(final PlanVersion v, final List<LoggedRun> log, final LocalDate from, final int missed,
                                   final int days, final List<AdaptWarning> warnings, final LocalDate asOf) {
        final Plan plan = v.plan();
        final LocalDate end = from.plusDays(Bridge.DAYS - 1);
        final List<PlanWeek> weeks = new ArrayList<>();
        final List<Long> ids = new ArrayList<>();
        final List<SessionChange> changes = new ArrayList<>();
        final List<List<Slot>> slots = new ArrayList<>();
        int i = 0;
        for (PlanWeek w : plan.weeks()) {
            final List<Slot> sessions = new ArrayList<>();
            for (Session s : w.sessions()) {
                final SavedSession saved = v.sessions().get(i++);
                final boolean inBridge = !saved.date().isBefore(from) && !saved.date().isAfter(end)
                        && saved.status().isOpen() && Bridge.eases(s);
                if (inBridge) {
                    final Session eased = Bridge.ease(s, saved.date(), plan.paces(), HalfKm.stepM(unit));
                    changes.add(new SessionChange(saved.date(), Optional.of(onDay(s, saved.date())), Optional.of(eased)));
                    sessions.add(new Slot(eased, null));
                } else {
                    sessions.add(new Slot(s, saved.id()));
                }
            }
            sessions.sort(Comparator.comparing(x -> x.session().date()));
            weeks.add(new PlanWeek(w.number(), w.start(), w.phase(), w.cutback(), sessions.stream().map(Slot::session).toList()));
            slots.add(sessions);
        }
        // The weeks after the bridge grow back from what the runner ran, not straight back to the plan's biggest
        // (walkers go by stages: their weeks stay).
        final List<PlanWeek> grown = plan.fitness().level() == Fitness.Level.WALK_RUN ? weeks
                : BridgeGrowth.after(weeks, from, end, BridgeGrowth.recentBest(v, log, asOf, RebuildTrim.byTime(plan)),
                        HalfKm.stepM(unit));
        // The summary stays true: "then the plan as it was" is not, when later weeks are smaller.
        final List<AdaptWarning> told = new ArrayList<>(warnings);
        for (int k = 0; k < weeks.size(); k++) {
            if (weeks.get(k).start().isAfter(end) && !grown.get(k).equals(weeks.get(k))
                    && !told.contains(AdaptWarning.BRIDGE_REGROWS)) {
                told.add(AdaptWarning.BRIDGE_REGROWS);
            }
        }
        for (int k = 0; k < weeks.size(); k++) {
            final List<Session> was = weeks.get(k).sessions();
            final List<Session> now = grown.get(k).sessions();
            for (int j = 0; j < was.size(); j++) {
                if (!now.get(j).equals(was.get(j))) {
                    changes.add(new SessionChange(was.get(j).date(), Optional.of(was.get(j)), Optional.of(now.get(j))));
                    slots.get(k).set(j, new Slot(now.get(j), null));
                }
            }
            slots.get(k).forEach(x -> ids.add(x.storedId()));
        }
        if (changes.isEmpty()) {
            return carryOn(asOf, missed, days, warnings);
        }
        changes.sort(Comparator.comparing(SessionChange::date));
        final Plan next = new Plan(plan.request(), plan.startDate(), plan.endDate(), plan.raceDate(), plan.fitness(),
                plan.paces(), plan.racePace(), plan.raceTime(), plan.predicted(), plan.warnings(), grown);
        return new Proposal(asOf, missed, days, ProposalKind.BRIDGE, changes, AdaptNote.plain(told),
                Optional.of(new Proposal.NextVersion(v.id(), from, next, sameAs(ids), Proposal.NextVersion.basisOf(v.sessions()))));
    }

    private Proposal rebuild(final PlanVersion v, final RecentRunning recent, final List<LoggedRun> log,
                                    final LocalDate from, final int missed, final PlanChange change,
                                    final List<AdaptWarning> warnings, final LocalDate asOf) {
        final Plan plan = v.plan();
        // After a hard session the runner did yesterday, the new plan starts the day after: never two hard days in a row.
        final LocalDate start = hardDoneOn(v, from.minusDays(1)) ? from.plusDays(1) : from;
        // The rebuilt weeks keep the plan's own week starts: the week under way is built whole and only its days from
        // `start` on are used (a partial week), so the week count only changes when the race date does.
        final LocalDate weekStart = weekStart(plan, start);
        NewRaceDate.check(change, asOf, start, weekStart);
        NewRaceDate.warnIfEarlier(plan, change, warnings);
        final Optional<RestartVolume.FullWeek> full = RestartVolume.lastFullWeek(v, log, asOf);
        final Plan rebuilt = NewDays.withAddedRun(plan, request(v, recent, full, weekStart, change, warnings),
                r -> RebuildLimits.generate(v, r, start, full, unit));
        NewDays.warnUnused(plan, change, rebuilt, start, warnings);
        final List<AdaptNote> late = NewDays.lateDays(plan, change, rebuilt, start);
        final List<PlanWeek> weeks = new ArrayList<>();
        final List<Long> ids = new ArrayList<>();
        final Map<LocalDate, Session> before = new HashMap<>();
        final List<Slot> carried = new ArrayList<>();
        int i = 0;
        for (PlanWeek w : plan.weeks()) {
            final List<Slot> kept = new ArrayList<>();
            for (Session s : w.sessions()) {
                final SavedSession saved = v.sessions().get(i++);
                if (saved.date().isBefore(from)) {
                    kept.add(new Slot(s, saved.id()));
                } else {
                    before.put(saved.date(), onDay(s, saved.date()));
                }
            }
            if (w.start().isBefore(weekStart)) {
                weeks.add(new PlanWeek(w.number(), w.start(), w.phase(), w.cutback(), kept.stream().map(Slot::session).toList()));
                kept.forEach(x -> ids.add(x.storedId()));
            } else {
                // The week under way, and a session moved into the past from a later week: they stay, in the first
                // rebuilt week, each id at its own session's index.
                carried.addAll(kept);
            }
        }
        final int offset = weeks.size();
        boolean first = true;
        for (PlanWeek w : rebuilt.weeks()) {
            final List<Slot> slots = new ArrayList<>();
            if (first) {
                slots.addAll(carried);
            }
            w.sessions().stream().filter(s -> !s.date().isBefore(start)).forEach(s -> slots.add(new Slot(s, null)));
            slots.sort(Comparator.comparing(x -> x.session().date()));
            weeks.add(new PlanWeek(w.number() + offset, w.start(), w.phase(), w.cutback(), slots.stream().map(Slot::session).toList()));
            slots.forEach(x -> ids.add(x.storedId()));
            first = false;
        }
        final Map<LocalDate, Session> after = new HashMap<>();
        rebuilt.sessions().stream().filter(s -> !s.date().isBefore(start)).forEach(s -> after.put(s.date(), s));
        final List<SessionChange> changes = new ArrayList<>();
        for (LocalDate d : new TreeSet<>(union(before.keySet(), after.keySet()))) {
            final Optional<Session> a = Optional.ofNullable(before.get(d));
            final Optional<Session> b = Optional.ofNullable(after.get(d));
            if (!Objects.equals(a, b)) {
                changes.add(new SessionChange(d, a, b));
            }
        }
        final Plan next = new Plan(rebuilt.request(), plan.startDate(), rebuilt.endDate(), rebuilt.raceDate(),
                rebuilt.fitness(), rebuilt.paces(), rebuilt.racePace(), rebuilt.raceTime(), rebuilt.predicted(), rebuilt.warnings(), weeks);
        Readiness.warn(next, from, warnings);
        final List<AdaptNote> notes = new ArrayList<>(AdaptNote.plain(warnings));
        notes.addAll(late);
        return new Proposal(asOf, missed, recent.daysWithoutRunning(), ProposalKind.REBUILD, changes, notes,
                Optional.of(new Proposal.NextVersion(v.id(), from, next, sameAs(ids), Proposal.NextVersion.basisOf(v.sessions()))));
    }

    /** The start of the plan week {@code day} falls in (the plan's first day of the week); the plan's start before it. */
    static LocalDate weekStart(final Plan plan, final LocalDate day) {
        if (!day.isAfter(plan.startDate())) {
            return plan.startDate();
        }
        return plan.startDate().plusDays(ChronoUnit.DAYS.between(plan.startDate(), day) / 7 * 7);
    }

    /**
     * The request the future is made from: the plan's own, starting on {@code from}, with the changes asked for and
     * today's fitness from the log (recent weekly volume, longest run, days off; the plan's inputs where the log is silent).
     * {@code full}: the last full week run ({@link RestartVolume#lastFullWeek}, found once by the caller).
     */
    static PlanRequest request(final PlanVersion v, final RecentRunning recent, final Optional<RestartVolume.FullWeek> full,
                               final LocalDate from, final PlanChange change, final List<AdaptWarning> warnings) {
        final Plan plan = v.plan();
        final PlanRequest old = plan.request();
        final FitnessInput was = old.fitness();
        final boolean logged = recent.weeklyM().isPresent();
        // Walkers (Couch to 5K) are planned by time: their progress is read from the sessions done, not distances.
        if (!logged && plan.fitness().level() != Fitness.Level.WALK_RUN && !warnings.contains(AdaptWarning.NO_LOGGED_DISTANCE)) {
            warnings.add(AdaptWarning.NO_LOGGED_DISTANCE);
        }
        // With nothing logged since the plan began, the break the runner told about goes on.
        final int daysOff = recent.lastRun().isEmpty() ? was.daysOff() + recent.daysWithoutRunning() : recent.daysWithoutRunning();
        // The volume to restart from: the last full week run, else what the runner told, never a part-logged week.
        final Optional<Double> longest = recent.longestRunM().isPresent() && was.longestRunM().isPresent()
                ? Optional.of(Math.max(recent.longestRunM().get(), was.longestRunM().get()))
                : recent.longestRunM().or(was::longestRunM);
        final Set<DayOfWeek> days = change.days().orElse(old.days());
        final FitnessInput fitness = new FitnessInput(was.recentRace(),
                full.map(RestartVolume.FullWeek::metres).or(was::weeklyM).or(recent::weeklyM),
                full.map(RestartVolume.FullWeek::runs).or(was::runsPerWeek).or(recent::runsPerWeek),
                longest,
                RestartVolume.continuousDone(v).filter(m -> m > was.continuousMin().orElse(0)).or(was::continuousMin),
                was.runWalk(), Math.min(daysOff, 3650), false);
        final Goal goal = change.goal().orElse(old.goal());
        final Optional<DayOfWeek> longRunDay = old.longRunDay().filter(days::contains);
        if (goal == Goal.CONSISTENCY) {
            final long left = ChronoUnit.DAYS.between(from, plan.endDate().plusDays(1));
            final int weeks = (int) Math.max(1, Math.min(PlanDates.MAX_WEEKS, (left + 6) / 7));
            return new PlanRequest(goal, Optional.empty(), Optional.empty(), Optional.of(from), Optional.empty(),
                    Optional.of(weeks), days, longRunDay, fitness, true);
        }
        final Optional<Duration> target = change.goal().isPresent() ? change.targetTime()
                : change.targetTime().or(old::targetTime);
        return new PlanRequest(goal, change.distance().or(old::distance), target.filter(t -> goal == Goal.TIME),
                Optional.of(from), change.raceDate().or(plan::raceDate), Optional.empty(), days, longRunDay, fitness, true);
    }

    private static boolean hardDoneOn(final PlanVersion v, final LocalDate day) {
        for (int i = 0; i < v.sessions().size(); i++) {
            final SavedSession s = v.sessions().get(i);
            if (s.date().equals(day) && s.status() == SessionStatus.DONE && v.plan().sessions().get(i).type().isHard()) {
                return true;
            }
        }
        return false;
    }

    /** The session as the runner has it now, on the day it is. */
    private static Session onDay(final Session s, final LocalDate day) {
        return day.equals(s.date()) ? s : new Session(day, s.type(), s.distanceM(), s.duration(), s.pace(), s.effort(),
                s.runWalk(), s.steps(), s.description(), s.load());
    }

    private static Map<Integer, Long> sameAs(final List<Long> ids) {
        final Map<Integer, Long> out = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            if (ids.get(k) != null) {
                out.put(k, ids.get(k));
            }
        }
        return out;
    }

    private static Set<LocalDate> union(final Set<LocalDate> a, final Set<LocalDate> b) {
        final Set<LocalDate> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
