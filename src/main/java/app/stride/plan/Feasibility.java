package app.stride.plan;

import app.stride.plan.Fitness.Level;
import app.stride.plan.PlanGenerator.Generation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Feasible or refused: if the longest session the plan can safely reach is under half the race distance (for a half
 * marathon: under about 14 km and under the time on the feet its predicted finish needs — two hours, or 65% of a
 * finish slower than about 3:05, at most three hours: coach reviews D3 and p36), the plan is refused with the
 * earliest safe race date and a shorter distance as alternatives. A half predicted beyond a typical cut-off says so.
 * Between that and the distance's usual minimum long run, the race is planned as a run/walk with a warning.
 * A re-plan (the runner is already on the way) is never refused: it gets the warning instead.
 */
final class Feasibility {

    /** A half marathon is raced on a long run of about 14 km (less the rounding of runs to half kilometres)... */
    static final double HALF_LONGEST_M = 14_000;
    /** ... or about two hours on the feet (walk breaks count: time on the feet is what the race asks)... */
    static final double HALF_MINUTES = 120;
    /** ... or, for a slower predicted finish, this share of it (coach review p36)... */
    static final double HALF_RACE_SHARE = 0.65;
    /** ... but never more than three hours: longer sessions cost more than they teach. */
    static final double HALF_MAX_MINUTES = 180;
    /** A typical half-marathon cut-off: a plan predicting a slower finish asks the runner to check theirs. */
    static final Duration HALF_CUTOFF = Duration.ofMinutes(210);

    /**
     * Minutes on the feet a half marathon needs from its longest session, for a race predicted at {@code race}: two
     * hours up to a finish of about 3:05 (two hours is at least 65% of it), then 65% of the finish, at most three hours.
     */
    static double halfMinutesNeeded(final Duration race) {
        return Math.min(HALF_MAX_MINUTES, Math.max(HALF_MINUTES, HALF_RACE_SHARE * race.toSeconds() / 60.0));
    }

    /** How many more 12-week builds the earliest safe date may take after the shorter race's plan. */
    static final int MORE_BUILDS = 2;

    private Feasibility() {
    }

    /**
     * Whether the plan reaches a session long enough to race {@code d} at all; for a half, measured against the race as
     * the plan has it now (a race with walk breaks takes longer, and needs longer on the feet).
     */
    static boolean safe(final Generation g, final RaceDistance d) {
        final WeekPlanner.Draft draft = g.draft();
        return d == RaceDistance.HALF
                ? draft.longestM() >= HALF_LONGEST_M - LongRunRule.READY_MARGIN_M
                        || draft.longestMin() >= halfMinutesNeeded(predicted(g)) - 1e-9
                : draft.longestM() >= d.metres() / 2 - 1;
    }

    /** The predicted finish of the plan's race as it stands: the middle of the time it will likely take. */
    static Duration predicted(final Generation g) {
        final Session last = lastSession(g.draft());
        final TimeRange t = g.sessions().raceRange(last.type() == SessionType.RACE ? last.runWalk() : Optional.empty());
        return Duration.ofSeconds((t.fastest().toSeconds() + t.slowest().toSeconds()) / 2);
    }

    /**
     * The refusal: for a half whose predicted finish asks for more than two hours on the feet, naming that time
     * ({@code notFeasibleTime}); else the longest session against the distance's usual minimum ({@code notFeasible}).
     */
    private static PlanInputException refusal(final Generation g, final PlanRequest req, final PlanDates dates,
                                              final BiFunction<PlanRequest, PlanDates, Generation> builder) {
        final RaceDistance d = req.distance().orElseThrow();
        final WeekPlanner.Draft draft = g.draft();
        final Length longest = new Length(draft.longestM());
        final Length needed = new Length(LongRunRule.usualMinimum(d, req.goal()));
        final Duration predicted = predicted(g);
        final double minutes = halfMinutesNeeded(predicted);
        final PlanMessage problem = d == RaceDistance.HALF && minutes > HALF_MINUTES
                ? PlanMessage.of("notFeasibleTime", dates.weeks(), d, longest,
                        Duration.ofMinutes(Math.round(draft.longestMin())), roundUp(predicted, 5), new Length(HALF_LONGEST_M),
                        roundUp(Duration.ofSeconds(Math.round(minutes * 60)), 5))
                : PlanMessage.of("notFeasible", dates.weeks(), d, longest, needed);
        return new PlanInputException(PlanField.RACE_DATE, problem, alternatives(req, dates, builder, true));
    }

    private static Duration roundUp(final Duration t, final int minutes) {
        final long step = minutes * 60L;
        return Duration.ofSeconds((t.toSeconds() + step - 1) / step * step);
    }

    /** The typical cut-off of a race at {@code d}, where one is common enough to warn about (the half: 3:30). */
    static Optional<Duration> typicalCutoff(final RaceDistance d) {
        return d == RaceDistance.HALF ? Optional.of(HALF_CUTOFF) : Optional.empty();
    }

    /**
     * Whether a plan offered as an alternative is one the runner can take as offered: safe, and its longest run within
     * the margin of the distance's usual minimum — no {@code notReady} warning (run/walk the race, "Alternatives: ...")
     * that would contradict why it was offered.
     */
    static boolean ready(final Generation gen, final RaceDistance d, final Goal g) {
        final WeekPlanner.Draft draft = gen.draft();
        if (!safe(gen, d)) {
            return false;
        }
        final Fitness fit = gen.context().fit();
        if (fit.level() == Level.WALK_RUN && fit.runWalk().isEmpty() && lastSession(draft).runWalk().isPresent()) {
            // Couch to 5K racing with walk breaks says so kindly (c25kShort, c25kWalkBreaks), as check does: no notReady.
            return true;
        }
        return LongRunRule.ready(draft.longestM(), d, g);
    }

    static void check(final Generation g, final PlanRequest req, final PlanDates dates,
                      final BiFunction<PlanRequest, PlanDates, Generation> builder, final List<PlanMessage> warnings) {
        if (!req.hasRace()) {
            return;
        }
        final RaceDistance d = req.distance().orElseThrow();
        if (!safe(g, d) && !req.replan()) {
            throw refusal(g, req, dates, builder);
        }
        final int notReadyAt = judgeRace(g, req, dates, warnings);
        if (!safe(g, d) && !req.replan()) {
            // The race as it will be run (with walk breaks when not ready) takes longer than the draft's: judged again.
            throw refusal(g, req, dates, builder);
        }
        if (notReadyAt < 0 && !LongRunRule.reachesUsual(g.draft().longestM(), d, req.goal()) && !raceWalks(g.draft())) {
            // Ready to race it non-stop, short of the time goal's usual long run: said softly (coach review 4, m03).
            warnings.add(PlanMessage.of("longRunSoft", d, new Length(g.draft().longestM()),
                    new Length(LongRunRule.usualMinimum(d, req.goal()))));
        }
        if (notReadyAt >= 0) {
            // The note's alternatives are built only for a plan that is made: a refusal builds its own, once.
            warnings.add(notReadyAt, PlanMessage.of(PlanNote.notReady(req.fitness()).code(), dates.weeks(), d,
                    new Length(g.draft().longestM()), new Length(LongRunRule.usualMinimum(d, req.goal())),
                    alternatives(req, dates, builder, false)));
        }
        final Duration slowest = g.sessions().raceRange(lastSession(g.draft()).runWalk()).slowest();
        typicalCutoff(d).filter(cut -> slowest.compareTo(cut) > 0)
                .ifPresent(cut -> warnings.add(PlanMessage.of("halfCutoff", d, slowest, cut)));
    }

    /**
     * The race day: its walk breaks (as trained, or because the runner is not ready) and the notes that say so. Returns
     * where in {@code warnings} the not-ready note goes (its alternatives are built once the plan is known to be made),
     * or -1 when the runner is ready.
     */
    private static int judgeRace(final Generation g, final PlanRequest req, final PlanDates dates,
                                 final List<PlanMessage> warnings) {
        final RaceDistance d = req.distance().orElseThrow();
        final WeekPlanner.Draft draft = g.draft();
        final Fitness fit = g.context().fit();
        Session race = lastSession(draft);
        final Optional<RunWalk> trained = lastTrainedRatio(draft);
        if (race.runWalk().isPresent() && trained.isPresent() && !race.runWalk().equals(trained)) {
            // Race day walks as the runner trained last, not with a ratio they never practised.
            race = replaceRace(draft, g.sessions().race(trained));
        }
        final boolean walker = fit.level() == Level.WALK_RUN;
        if (walker && fit.runWalk().isEmpty() && race.runWalk().isPresent()) {
            final int stage = CouchToFiveK.week(Math.max(0, draft.c25kReached() - 1));
            if (stage < 8 || !safe(g, d)) {
                warnings.add(PlanMessage.of(PlanNote.C25K_SHORT.code(), dates.weeks(), stage, d));
            } else {
                warnings.add(PlanMessage.of("c25kWalkBreaks", CouchToFiveK.longestRunS(draft.c25kReached() - 1) / 60, d,
                        race.runWalk().get()));
            }
            return -1;
        }
        // Only a longest run further short than LongRunRule's margin warns.
        final boolean notReady = !LongRunRule.ready(draft.longestM(), d, req.goal());
        // The longest run stays more than the margin short of the usual minimum for this distance: the note goes here.
        final int notReadyAt = notReady ? warnings.size() : -1;
        if (notReady) {
            if (race.runWalk().isEmpty()) {
                // The ratio trained last (a returner's first weeks count: a ratio they know); Galloway's for the easy
                // pace when every run was continuous. The last long runs then practise it (below).
                final RunWalk rw = trained.or(() -> anyTrainedRatio(draft))
                        .orElseGet(() -> RunWalk.galloway(g.context().pv().easy().midSecPerKm()));
                race = replaceRace(draft, g.sessions().race(Optional.of(rw)));
            }
        }
        if (fit.level() == Level.RUNNER && race.runWalk().isPresent()) {
            keepRatioInLastLongRuns(draft, g.sessions(), race.runWalk().get());
            if (g.context().walker()) {
                warnings.add(PlanMessage.of("walkerRunWalk", g.context().walkerRatio(0), race.runWalk().get()));
            } else if (!notReady) {
                warnings.add(PlanMessage.of("raceWalkBreaks", d, race.runWalk().get()));
            }
        }
        return notReadyAt;
    }

    /**
     * A race with walk breaks is rehearsed: the long runs of the last full week and of the taper walk at the race's
     * ratio (a shorter taper long run within what the runner can run non-stop keeps the breaks it trained with; a
     * returner told to run/walk a race they are not ready for practises that ratio in the last long runs).
     */
    static void keepRatioInLastLongRuns(final WeekPlanner.Draft draft, final Sessions sessions, final RunWalk rw) {
        final List<PlanWeek> weeks = draft.weeks();
        int from = weeks.size() - 1;
        while (from > 0 && weeks.get(from).phase() == Phase.TAPER) {
            from--;
        }
        for (int w = from; w < weeks.size(); w++) {
            final List<Session> ss = new ArrayList<>(weeks.get(w).sessions());
            boolean changed = false;
            for (int i = 0; i < ss.size(); i++) {
                final Session s = ss.get(i);
                if (s.type() == SessionType.LONG && !s.runWalk().equals(Optional.of(rw))) {
                    ss.set(i, sessions.run(s.date(), SessionType.LONG, s.load().totalM(), 0, Optional.of(rw)));
                    changed = true;
                }
            }
            if (changed) {
                weeks.set(w, weeks.get(w).withSessions(ss));
            }
        }
    }

    /**
     * The run/walk ratio the runner practised most recently: that of the latest run with walk breaks in the taper or
     * the last full week before it (Couch to 5K's 8 min / 5 min, a runner's long run at 4 min / 1 min, even when the
     * taper's short runs are continuous). Empty when every run of that span is continuous (e.g. Couch to 5K
     * finished): the runner has no ratio to carry over.
     */
    static Optional<RunWalk> lastTrainedRatio(final WeekPlanner.Draft draft) {
        for (int w = draft.weeks().size() - 1; w >= 0; w--) {
            final PlanWeek week = draft.weeks().get(w);
            final List<Session> ss = week.sessions();
            for (int i = ss.size() - 1; i >= 0; i--) {
                if (ss.get(i).type() != SessionType.RACE && ss.get(i).type().isRun() && ss.get(i).runWalk().isPresent()) {
                    return ss.get(i).runWalk();
                }
            }
            if (week.phase() != Phase.TAPER) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The latest run/walk ratio of any run in the plan (the race left out). */
    static Optional<RunWalk> anyTrainedRatio(final WeekPlanner.Draft draft) {
        Optional<RunWalk> out = Optional.empty();
        for (PlanWeek w : draft.weeks()) {
            for (Session s : w.sessions()) {
                if (s.type() != SessionType.RACE && s.type().isRun() && s.runWalk().isPresent()) {
                    out = s.runWalk();
                }
            }
        }
        return out;
    }

    private static Session replaceRace(final WeekPlanner.Draft draft, final Session race) {
        final List<PlanWeek> weeks = new ArrayList<>(draft.weeks());
        final PlanWeek last = weeks.remove(weeks.size() - 1);
        final List<Session> ss = new ArrayList<>(last.sessions());
        ss.set(ss.size() - 1, race);
        weeks.add(last.withSessions(ss));
        draft.weeks().clear();
        draft.weeks().addAll(weeks);
        return race;
    }

    /** Whether the plan's race is run with walk breaks. */
    static boolean raceWalks(final WeekPlanner.Draft draft) {
        if (draft.weeks().isEmpty() || draft.weeks().get(draft.weeks().size() - 1).sessions().isEmpty()) {
            return false;
        }
        final Session race = lastSession(draft);
        return race.type() == SessionType.RACE && race.runWalk().isPresent();
    }

    private static Session lastSession(final WeekPlanner.Draft draft) {
        final PlanWeek last = draft.weeks().get(draft.weeks().size() - 1);
        return last.sessions().get(last.sessions().size() - 1);
    }

    /**
     * The earliest later race date (same start, up to 12 weeks) and the longest shorter distance that are safe. For a
     * refusal where no plan of up to 12 weeks is safe (couch to half marathon), the earliest safe date comes after the
     * shorter race: its plan first, then a plan from what it built ({@link #afterShorter}), offered as one alternative.
     */
    static List<PlanAlternative> alternatives(final PlanRequest req, final PlanDates dates,
                                              final BiFunction<PlanRequest, PlanDates, Generation> builder,
                                              final boolean refusal) {
        final List<PlanAlternative> out = new ArrayList<>();
        final RaceDistance d = req.distance().orElseThrow();
        final LocalDate race = dates.race().orElseThrow();
        final long offset = java.time.temporal.ChronoUnit.DAYS.between(dates.start().plusDays(7L * (dates.weeks() - 1)), race);
        for (int w = dates.weeks() + 1; w <= PlanDates.MAX_WEEKS; w++) {
            final LocalDate later = dates.start().plusDays(7L * (w - 1) + offset);
            final PlanDates pd = new PlanDates(dates.start(), w, Optional.of(later));
            if (ready(builder.apply(req, pd), d, req.goal())) {
                out.add(PlanAlternative.laterRace(later));
                break;
            }
        }
        for (RaceDistance shorter : shorter(d)) {
            final PlanRequest r = new PlanRequest(req.goal() == Goal.TIME ? Goal.FINISH : req.goal(), Optional.of(shorter),
                    Optional.empty(), req.startDate(), req.raceDate(), req.weeks(), req.days(), req.longRunDay(), req.fitness());
            final Generation firstPlan = builder.apply(r, dates);
            final WeekPlanner.Draft first = firstPlan.draft();
            if (ready(firstPlan, shorter, r.goal())) {
                final Optional<LocalDate> then = refusal && out.isEmpty() ? afterShorter(req, dates, first, offset, builder)
                        : Optional.empty();
                out.add(then.map(x -> PlanAlternative.shorterFirst(shorter, x)).orElseGet(() -> PlanAlternative.shorter(shorter)));
                break;
            }
        }
        return out;
    }

    /**
     * The earliest safe date for the refused race after the shorter race's plan: a plan of 6–12 weeks from the Monday
     * after the shorter race, for the runner that plan made (its biggest week, runs, longest session and minutes of
     * running), race on the same weekday. When no such plan is safe (couch to half marathon: a half needs about 14 km
     * or two hours on the feet), another 12-week build follows, up to {@value #MORE_BUILDS} times. Empty when none is.
     */
    static Optional<LocalDate> afterShorter(final PlanRequest req, final PlanDates dates, final WeekPlanner.Draft first,
                                            final long offset, final BiFunction<PlanRequest, PlanDates, Generation> builder) {
        final RaceDistance d = req.distance().orElseThrow();
        WeekPlanner.Draft made = first;
        LocalDate after = dates.race().orElseThrow();
        for (int build = 0; build <= MORE_BUILDS; build++) {
            final double week = made.weeks().stream().filter(w -> w.phase() != Phase.TAPER).mapToDouble(PlanWeek::trainingM).max().orElse(0);
            final int runs = made.weeks().stream().mapToInt(PlanWeek::runs).max().orElse(3);
            final FitnessInput built = new FitnessInput(Optional.empty(), Optional.of(week), Optional.of(runs),
                    Optional.of(made.longestM()), Optional.of((int) Math.floor(made.longestMin())), req.fitness().runWalk(), 0, false);
            final LocalDate start = PlanDates.defaultStart(after.plusDays(1));
            for (int w = PlanDates.MIN_WEEKS; w <= PlanDates.MAX_WEEKS; w++) {
                final LocalDate race = start.plusDays(7L * (w - 1) + offset);
                final PlanRequest r = new PlanRequest(req.goal() == Goal.TIME ? Goal.FINISH : req.goal(), req.distance(),
                        Optional.empty(), Optional.of(start), Optional.of(race), Optional.empty(), req.days(), req.longRunDay(), built);
                // Safe (the feasibility rule), not yet ready: "or later" is where the race gets comfortable; the button
                // plans the shorter race, which is ready.
                final Generation next = builder.apply(r, new PlanDates(start, w, Optional.of(race)));
                final WeekPlanner.Draft draft = next.draft();
                if (safe(next, d)) {
                    return Optional.of(race);
                }
                if (w == PlanDates.MAX_WEEKS) {
                    // The next build starts from the longest plan of this one: what 12 weeks made.
                    made = draft;
                    after = race;
                }
            }
        }
        return Optional.empty();
    }

    private static List<RaceDistance> shorter(final RaceDistance d) {
        return switch (d) {
            case HALF -> List.of(RaceDistance.TEN_K, RaceDistance.FIVE_K);
            case TEN_K -> List.of(RaceDistance.FIVE_K);
            default -> List.of();
        };
    }

}
