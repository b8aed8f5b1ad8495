package app.stride.plan;

/**
 * Keep what they have, build where it helps: an established runner's ordinary weeks stay at 90% or more of the
 * current volume; a goal without a target keeps the current volume (or builds to what the distance needs); a time
 * goal builds toward a peak up to 25% above the current week, as far as the growth rule lets the weeks go.
 */
public final class VolumeTarget {

    /** Below this a runner is still building a habit, not keeping a base. */
    static final double ESTABLISHED_M = 15_000;

    private VolumeTarget() {
    }

    /** Whether the runner has a base worth keeping. */
    public static boolean established(final Fitness f) {
        return f.level() == Fitness.Level.RUNNER && !f.reentry() && f.currentWeeklyM() >= ESTABLISHED_M;
    }

    /**
     * The least an ordinary (not cutback, not taper) week holds: 90% of the current week, in proportion when the plan
     * has fewer running days than the runner runs now, and never more than runs within the long-run rule can hold.
     */
    public static double floor(final Fitness f, final int runs) {
        if (!keeps(f, runs)) {
            return 0;
        }
        final double byDays = keep(f, runs);
        // When the answers disagree (a big week, a short longest run), the long-run rule wins: no run grows past it
        // (on two days the other run may be as long as the long run: three quarters of it would leave 10-minute runs).
        final double byLongRun = (runs <= 2 ? 2 : WeekComposer.EASY_SHARE_OF_LONG * runs) * LongRunRule.next(f.longestRunM());
        return Math.min(byDays, byLongRun);
    }

    /**
     * Whether the plan keeps the runner's current week: an established runner, and on two days any runner with a week
     * of their own (coach review D7b, p21: 10 km a week on two days got weeks of 5.3 km and 10-minute runs).
     */
    static boolean keeps(final Fitness f, final int runs) {
        return established(f) || runs <= 2 && f.level() == Fitness.Level.RUNNER && !f.reentry() && f.currentWeeklyM() > 0;
    }

    /** What keeping the current volume means: 90% of the current week, in proportion to the plan's running days. */
    static double keep(final Fitness f, final int runs) {
        return 0.9 * f.currentWeeklyM() * Math.min(1, runs / (double) Math.max(1, f.currentRuns()));
    }

    /**
     * The plan cannot hold the floor. Then it says so instead of pretending, naming what holds the week down (the
     * least-held ordinary week decides, {@link #longRunBinds}): the long run, when even every running day at three
     * quarters of it could not carry the runner's week ({@code volumeNotHeldLongRun}: the current week, the plan's
     * running days, the long run of its least-held week, the least it holds); else the days, whose shape (a recovery run of at most
     * 40 minutes after the long run, a short run the day before it, a workout inside Daniels' limits) leaves too little
     * room ({@code volumeNotHeld}: the current week, the days, the days it needs, the least it holds), and a coach's
     * answer is to add a day. Empty when every ordinary week keeps the floor.
     */
    static java.util.Optional<PlanMessage> notHeld(final PlanRequest r, final Fitness f, final java.util.List<PlanWeek> weeks) {
        if (!established(f) || r.fitness().runWalk().isPresent() || r.fitness().daysOff() >= ReturnerRamp.RAMP_FROM) {
            return java.util.Optional.empty();
        }
        final int runs = weeks.stream().mapToInt(w -> (int) w.sessions().stream()
                .filter(s -> s.type().isRun() && s.type() != SessionType.RACE).count()).max().orElse(0);
        // Measured against keeping the current week, not the floor: a long-run rule that holds the week down (a
        // short longest run, the distance's long-run cap, easy runs at three quarters of it) is said, not hidden.
        final double floor = keep(f, runs);
        final java.util.Optional<PlanWeek> least = weeks.stream().filter(w -> !w.cutback() && w.phase() != Phase.TAPER)
                .min(java.util.Comparator.comparingDouble(PlanWeek::trainingM));
        final double held = least.map(PlanWeek::trainingM).orElse(floor);
        if (held >= floor - SLACK_M) {
            return java.util.Optional.empty();
        }
        final double longest = weeks.stream().mapToDouble(PlanWeek::longRunM).max().orElse(0);
        // The least week's own long run binds it (an early week's long run is shorter than the plan's longest).
        final double weekLong = least.map(PlanWeek::longRunM).filter(m -> m > 0).orElse(longest);
        if (daysCarry(f.currentWeeklyM(), runs) && longRunBinds(weekLong, runs, floor)) {
            return java.util.Optional.of(PlanMessage.of(LONG_RUN_HOLDS, new Length(f.currentWeeklyM()), runs,
                    new Length(weekLong), new Length(held)));
        }
        return java.util.Optional.of(PlanMessage.of(NOT_HELD, new Length(f.currentWeeklyM()), runs,
                daysNeeded(f, runs, held, weekLong), new Length(held)));
    }

    /** Over this average per running day (the runner's week over the plan's days) no long run lets the days carry it. */
    static final double DAY_CAPACITY_M = 16_000;

    /**
     * Whether {@code runs} days could carry a week of {@code weekM} with a long run long enough
     * ({@value #DAY_CAPACITY_M} m a running day on average at most): past that the days are the cause, whatever the
     * long run (80 km on three days needs more days, not a longer long run).
     */
    static boolean daysCarry(final double weekM, final int runs) {
        return weekM <= runs * DAY_CAPACITY_M;
    }

    /** How far under keeping the current week a week may fall unwarned: a few half-kilometre rounding steps. */
    static final double SLACK_M = 1500;

    /**
     * Whether the three-quarter limit, not the days, holds a week of {@code runs} runs under {@code keepM}: even with
     * every run but the long run {@code longM} an easy run at three quarters of it (no short recovery run, no short
     * run the day before, no workout) the days could not carry it (coach review n09: 60 km on five days with a 10 km
     * longest run). Otherwise what the days are (the shortened runs around the long run, the workout day) holds it.
     */
    static boolean longRunBinds(final double longM, final int runs, final double keepM) {
        return longM + (runs - 1) * WeekComposer.EASY_SHARE_OF_LONG * longM < keepM - SLACK_M;
    }

    /**
     * The days a week needs (at most 7): each day added to the plan's {@code runs} an easy run at three quarters of
     * the long run {@code longM} on top of what the plan holds, until it keeps the current week.
     */
    static int daysNeeded(final Fitness f, final int runs, final double heldM, final double longM) {
        int n = runs + 1;
        while (n < 7 && heldM + (n - runs) * WeekComposer.EASY_SHARE_OF_LONG * longM < keep(f, n) - SLACK_M) {
            n++;
        }
        return n;
    }

    /** The warning that the plan's days cannot carry the runner's week: add a day. */
    public static final String NOT_HELD = "volumeNotHeld";
    /** The warning that the plan's long run, not its days, holds the week under the runner's week. */
    public static final String LONG_RUN_HOLDS = "volumeNotHeldLongRun";

    /** Whether a warning says the plan holds less than the runner's week ({@link #NOT_HELD} or {@link #LONG_RUN_HOLDS}). */
    public static boolean notHeldWarning(final PlanMessage m) {
        return m.code().equals(NOT_HELD) || m.code().equals(LONG_RUN_HOLDS);
    }

    /** How much a plan with no race lets an established runner's week grow over the plan: modestly (coach review p22). */
    static final double NO_RACE_GROWTH = 1.10;

    /**
     * Whether a plan holds what the runner has rather than building: no race (running regularly keeps the current
     * fitness), or a race 3–5 weeks away (fitness cannot be built in the two weeks before the taper; coach review n16).
     */
    static boolean holds(final PlanRequest r, final PlanDates dates) {
        return !r.hasRace() || dates.weeks() < PlanDates.MIN_WEEKS && !r.replan();
    }

    /**
     * What the weeks aim at given the build's {@code peakM}: a short plan holds the current week (when the runner has
     * one); with no race an established runner grows at most 10% over the whole plan (coach review p22: 15 km a week
     * went to 26.6 km in 7 weeks), anyone else builds the habit (half an hour each run day).
     */
    static double aimFor(final PlanRequest r, final Fitness f, final boolean holds, final double peakM) {
        final double current = f.currentWeeklyM();
        if (!holds || current <= 0 || f.reentry()) {
            return peakM;
        }
        if (r.hasRace()) {
            return current;
        }
        return established(f) ? Math.min(peakM, NO_RACE_GROWTH * current) : peakM;
    }

    /** How far a time goal builds over the current week: the peak is at most 25% above it. */
    static final double TIME_BUILD = 1.25;

    /**
     * The volume the build aims at. A time goal with a base of {@value #ESTABLISHED_M} m or more aims 25% above the
     * current week, the distance's volume left out (coach review p19: a 20 km/week 10K runner on three days was built
     * to the 10K's 28 km, peaking 31% above the current week; the growth rule paced the weeks, not the goal). Anyone
     * else aims at the current week (25% more for a time goal) or what the distance needs, whichever is more; with no
     * race, at least half an hour each run day. The long run may still raise a week past this aim
     * ({@link LongRunRule}: the distance's usual minimum long run at its share of the week).
     */
    public static double peak(final PlanRequest r, final double currentM, final double easySecPerKm, final int runs) {
        final double build = r.goal() == Goal.TIME ? TIME_BUILD * currentM : currentM;
        final double aim = r.goal() == Goal.TIME && currentM >= ESTABLISHED_M ? build : Math.max(build, distanceNeeds(r));
        // Regular running: at least half an hour each run day.
        final double habit = r.hasRace() ? 0 : runs * 30 * 60 / easySecPerKm * 1000;
        return Math.max(aim, habit);
    }

    /** The weekly volume a distance needs to be raced in comfort (finish) or well (time). */
    static double distanceNeeds(final PlanRequest r) {
        if (!r.hasRace()) {
            return 0;
        }
        final boolean time = r.goal() == Goal.TIME;
        return switch (r.distance().orElseThrow()) {
            case FIVE_K -> time ? 20_000 : 12_000;
            case TEN_K -> time ? 28_000 : 20_000;
            default -> time ? 36_000 : 28_000;
        };
    }
}
