package app.stride.plan;

import java.util.Optional;

/**
 * Where the runner is today, read from what they told: VDOT (lowered for time off), the volume the plan grows
 * from, and whether they start with run/walk.
 *
 * @param vdot            fitness from a recent race after time off; empty means sessions go by effort
 * @param level           how the plan starts
 * @param currentWeeklyM  the weekly volume the first week is measured against (0 for walkers)
 * @param currentRuns     runs a week now
 * @param longestRunM     the longest run now
 * @param c25kStage       for walkers, the Couch-to-5K week to start at (1–9)
 * @param runWalk         the ratio a run/walk runner keeps, by choice
 * @param reentry         back after a break long enough that week 1 is run/walk
 * @param assumed         nothing was told, so the plan assumes a start from walking
 */
public record Fitness(Optional<Vdot> vdot, Level level, double currentWeeklyM, int currentRuns, double longestRunM,
                      int c25kStage, Optional<RunWalk> runWalk, boolean reentry, boolean assumed) {

    /** How the plan starts. */
    public enum Level {
        /** Couch-to-5K style run/walk, progressing to continuous running. */
        WALK_RUN,
        /** Runs with walk breaks by choice and keeps them, race day included. */
        RUN_WALK_BY_CHOICE,
        /** Runs continuously now. */
        RUNNER
    }

    /**
     * Minutes of non-stop running today that a Couch-to-5K week starts from: the longest run of the week, so a walker
     * repeats the last week they can already do (NHS: any week can be repeated). Week 5 is the exception: its
     * 20-minute run is the programme's own big step (from 8 minutes), so it starts from its 5- and 8-minute runs; a
     * runner who can run 10 minutes starts there, not at week 4's 3- and 5-minute runs (new-user review 12).
     */
    static final double[] C25K_START_MIN = {1, 1.5, 3, 5, 8, 25, 25, 28, 30};

    /** Reads the runner's answers; never fails (validation happens before). */
    public static Fitness assess(final FitnessInput in) {
        // Below VDOT 20 (about a 43-minute 5K) the formulas leave the range Daniels' tables were made for: a race at
        // walking pace, or close to it, is planned by effort.
        final Optional<Vdot> vdot = in.recentRace()
                .map(r -> Vdot.fromRace(r.distance().metres(), r.time()).afterTimeOff(in.daysOff(), in.crossTrained()))
                .filter(v -> v.value() >= Vdot.MIN);
        final boolean slowRace = in.recentRace().isPresent() && vdot.isEmpty();
        final double volumeFactor = volumeFactor(in.daysOff(), in.crossTrained());
        final boolean reentry = in.daysOff() >= ReturnerRamp.LONG_RAMP_FROM || (in.daysOff() >= ReturnerRamp.RAMP_FROM && !in.crossTrained());

        // A walker-runner (a race at 9:00/km easy or slower, coach review 3) runs with walk breaks from the start
        // (WalkerRunWalk): Couch to 5K's continuous runs would not meet them where they are. Only "0 minutes" (starting
        // from walking) or "almost no running now" sends them to Couch to 5K.
        final double easyPace = planningEasy(in, vdot);
        final boolean walker = in.recentRace().isPresent() && in.runWalk().isEmpty() && EffortPace.walker(easyPace);
        // Someone with a running base who can run 10+ minutes non-stop is a runner with walk breaks, not Couch to 5K.
        final boolean hasBase = in.weeklyM().map(w -> w * volumeFactor >= 5000).orElse(false);
        final boolean smallContinuous = in.continuousMin()
                .map(m -> m < 30 && !(hasBase && m >= 10) && !(walker && m >= 1)).orElse(false);
        final double runWalkWeekly = in.weeklyM().orElse(in.runsPerWeek().orElse(3) * 4000.0) * volumeFactor;
        if (in.runWalk().isPresent() && in.continuousMin().map(m -> m >= 10).orElse(true) && runWalkWeekly >= 3000) {
            final double weekly = runWalkWeekly;
            final int runs = in.runsPerWeek().orElse(3);
            return new Fitness(vdot, Level.RUN_WALK_BY_CHOICE, weekly, runs,
                    in.longestRunM().orElse(weekly * 0.35) * volumeFactor, 0, in.runWalk(), false, false);
        }
        final boolean nothing = in.isEmpty();
        // Under 5 km a week is "almost no running now": week 1 is run/walk whatever the runner once raced.
        final boolean tinyVolume = in.weeklyM().map(w -> w * volumeFactor < 5000).orElse(false);
        // A walking-pace race and nothing else told: start from run/walk rather than guess a running volume.
        final boolean walkingRace = slowRace && !walker && in.weeklyM().isEmpty() && in.continuousMin().isEmpty()
                && in.runsPerWeek().isEmpty();
        if (nothing || smallContinuous || tinyVolume || walkingRace) {
            final int minutes = in.continuousMin().orElse(in.recentRace().map(r -> (int) Math.min(20, r.time().toMinutes()))
                    .orElse(in.weeklyM().map(w -> w > 0 ? 5 : 0).orElse(0)));
            int stage = 1;
            for (int i = 0; i < C25K_START_MIN.length; i++) {
                if (C25K_START_MIN[i] <= minutes) {
                    stage = i + 1;
                }
            }
            // A long break sends a walker back two weeks from what they did before it (a race, a weekly distance); the
            // minutes they can run non-stop are asked for today, so the break is already in them (new-user review 12).
            // Not a runner who raced at a running pace (coach review 5, r05: a 30:00 5K runner from 8 km a week, 60 days
            // off, restarted at week 3's 9 minutes of running): their minutes are already capped at 20 of a longer race,
            // so they start at week 5 (5- and 8-minute runs, then 20 minutes non-stop), not two weeks before it.
            final boolean racedRunning = vdot.isPresent() && !walker && in.recentRace().isPresent();
            if (reentry && in.continuousMin().isEmpty() && !racedRunning) {
                stage = Math.max(1, stage - 2);
            }
            return new Fitness(vdot, Level.WALK_RUN, 0, 0, 0, stage, Optional.empty(), false, nothing);
        }
        final int runs = in.runsPerWeek().orElseGet(() -> in.weeklyM()
                .map(w -> (int) Math.max(3, Math.min(6, Math.round(w / 8000.0)))).orElse(3));
        if (walker && in.weeklyM().isEmpty()) {
            return walkerUntold(in, vdot, runs, easyPace, volumeFactor, reentry);
        }
        final double paceNow = vdot.map(v -> v.paces().easy().midSecPerKm()).orElse(EffortPace.DEFAULT_EASY_SEC_PER_KM);
        // Someone who raced ran that long without stopping: up to 45 minutes a run counts towards the estimate.
        final int raceMin = in.recentRace().filter(r -> vdot.isPresent()).map(r -> (int) r.time().toMinutes()).orElse(30);
        final double estimated = runs * Math.min(45, in.continuousMin().orElse(Math.max(30, raceMin))) * 60 / paceNow * 1000;
        final double weekly = in.weeklyM().orElse(estimated) * volumeFactor;
        if (weekly < 5000) {
            return new Fitness(vdot, Level.WALK_RUN, 0, 0, 0, reentry ? 3 : 5, Optional.empty(), false, false);
        }
        // The weekly volume is already lowered for time off; a longest run the runner gave is lowered here.
        final double longest = in.longestRunM().map(m -> m * volumeFactor).orElse(Math.min(weekly * 0.35,
                in.continuousMin().map(m -> m * 60 / paceNow * 1000).orElse(Double.MAX_VALUE)));
        // The longest run is at least an average run of the week the runner told (answers can disagree).
        return new Fitness(vdot, Level.RUNNER, weekly, runs, Math.max(longest, 0.9 * weekly / Math.max(1, runs)), 0,
                Optional.empty(), reentry, false);
    }

    /** Minutes a walker-runner who did not tell their week is assumed to walk/run a session now: 3/4 of their race. */
    static final double WALKER_SESSION_SHARE = 0.75;
    /** The most of a walker's race that counts as a session they do now (a 1:40 10K is not a 100-minute habit). */
    static final int WALKER_SESSION_MAX_MIN = 45;

    /**
     * A walker-runner who told a race but not their week: a conservative week (each session three quarters of the
     * race, at most 45 minutes x 3/4) and their race as the longest they have gone (at most an hour), so week 1 never
     * starts with a long run far beyond the race (coach review 3: a 40-minute 5K got a 55-minute long run).
     */
    private static Fitness walkerUntold(final FitnessInput in, final Optional<Vdot> vdot, final int runs,
                                        final double easyPace, final double volumeFactor, final boolean reentry) {
        final double raceMin = in.recentRace().orElseThrow().time().toSeconds() / 60.0;
        final double session = WALKER_SESSION_SHARE * Math.min(WALKER_SESSION_MAX_MIN, raceMin);
        final double weekly = runs * session * 60 / easyPace * 1000 * volumeFactor;
        final double raced = Math.min(60, raceMin) * 60 / easyPace * 1000;
        final double longest = in.longestRunM().orElse(raced) * volumeFactor;
        return new Fitness(vdot, Level.RUNNER, weekly, runs, Math.max(longest, 0.9 * weekly / Math.max(1, runs)), 0,
                Optional.empty(), reentry, false);
    }

    /** Easy pace (s/km) the plan will use: from the VDOT, else from the pace the runner's answers suggest. */
    static double planningEasy(final FitnessInput in, final Optional<Vdot> vdot) {
        if (vdot.isPresent()) {
            return vdot.get().paces().easy().midSecPerKm();
        }
        if (in.recentRace().isEmpty() && in.runWalk().isEmpty()) {
            return EffortPace.DEFAULT_EASY_SEC_PER_KM;
        }
        return Vdot.fromRace(5000, java.time.Duration.ofSeconds(Math.round(5 * EffortPace.racePace(in)))).paces().easy().midSecPerKm();
    }

    /**
     * Share of the old weekly volume to start from after {@code days} off. Stride's own convention, modelled on
     * Daniels' return-from-a-break advice (about half the load after six weeks off); cross-training saves 40% of the loss.
     */
    public static double volumeFactor(final int days, final boolean crossTrained) {
        final double[][] table = {{7, 1.0}, {14, 0.85}, {28, 0.65}, {42, 0.5}, {56, 0.45}, {84, 0.35}};
        double f = table[table.length - 1][1];
        if (days <= table[0][0]) {
            f = 1.0;
        } else {
            for (int i = 1; i < table.length; i++) {
                if (days <= table[i][0]) {
                    final double t = (days - table[i - 1][0]) / (table[i][0] - table[i - 1][0]);
                    f = table[i - 1][1] + t * (table[i][1] - table[i - 1][1]);
                    break;
                }
            }
        }
        return crossTrained ? 1 - (1 - f) * 0.6 : f;
    }
}
