package app.stride.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Progression: which workouts a week holds, by phase and goal (easy + strides → threshold/hills → race-specific
 * intervals → taper with short race-pace touches), and how big they are. {@code step} counts the ordinary weeks so
 * far, so repetitions and tempo grow over the build and no three weeks in a row are the same.
 */
public final class WorkoutProgression {

    private WorkoutProgression() {
    }

    /** The workouts for a week, first the one kept in a cutback week. */
    public static List<SessionType> kinds(final PlanRequest r, final Phase phase, final boolean cutback, final boolean novice,
                                          final int step, final boolean lateEnoughForRacePace, final boolean easyTarget) {
        return kinds(r, phase, cutback, novice, step, lateEnoughForRacePace, easyTarget, false);
    }

    /**
     * The same, for an established runner ({@code established}: a base worth keeping, weeks big enough that a workout
     * never squeezes the easy runs), whose one build workout without a time goal alternates tempo and hills.
     */
    public static List<SessionType> kinds(final PlanRequest r, final Phase phase, final boolean cutback, final boolean novice,
                                          final int step, final boolean lateEnoughForRacePace, final boolean easyTarget,
                                          final boolean established) {
        final List<SessionType> k = new ArrayList<>();
        final boolean time = r.goal() == Goal.TIME;
        if (!r.hasRace()) {
            // Running regularly keeps the fitness the runner has (coach review p22): strides after an easy run are
            // the week's quick running, not a hills-and-tempo build toward nothing.
            return k;
        }
        final RaceDistance d = r.distance().orElseThrow();
        if (novice) {
            if (time && (phase == Phase.BUILD || phase == Phase.PEAK)) {
                k.add(SessionType.TEMPO);
            }
            return k;
        }
        switch (phase) {
            case BASE -> {
                final boolean timedHalf = time && d == RaceDistance.HALF;
                if (step >= 1 && cutback) {
                    // A cutback is lighter than the week before (coach round 6, defect 5): a time goal's half keeps
                    // a short tempo, everyone else the strides after an easy run.
                    if (timedHalf) {
                        k.add(SessionType.TEMPO);
                    }
                } else if (step >= 1) {
                    // A half with a time goal runs threshold at least every other week from the fourth week on
                    // (coach round 6): hills alone for four or five weeks never touch the race's own effort.
                    k.add(timedHalf && step >= 3 && step % 2 == 1 ? SessionType.TEMPO : SessionType.HILLS);
                }
            }
            case BUILD -> {
                // Without a time goal the one workout alternates threshold and hills: a workout held at its limit
                // by a steady week would otherwise repeat week after week (a cutback keeps the lighter tempo).
                k.add(time || cutback || !established || step % 2 == 0 ? SessionType.TEMPO : SessionType.HILLS);
                if (time) {
                    k.add(d == RaceDistance.HALF ? SessionType.HILLS : step % 2 == 0 ? SessionType.INTERVALS : SessionType.REPETITIONS);
                }
            }
            case PEAK -> {
                if (!time) {
                    k.add(SessionType.TEMPO);
                } else if (d == RaceDistance.HALF) {
                    k.add(SessionType.RACE_PACE);
                    k.add(SessionType.TEMPO);
                } else {
                    k.add(SessionType.INTERVALS);
                    k.add(d == RaceDistance.TEN_K ? SessionType.TEMPO : SessionType.RACE_PACE);
                }
            }
            case TAPER -> k.add(time ? SessionType.RACE_PACE : SessionType.TEMPO);
            default -> { }
        }
        if ((!lateEnoughForRacePace || easyTarget) && k.remove(SessionType.RACE_PACE) && !k.contains(SessionType.TEMPO)) {
            // Goal pace belongs to the last weeks only, and never at a jog: threshold work does the job.
            k.add(SessionType.TEMPO);
        }
        if (k.size() > 1 && step % 2 == 1 && (phase == Phase.BUILD || phase == Phase.PEAK && d == RaceDistance.HALF)) {
            // Alternate which workout comes first: a week with room for one still varies week to week. A 5K or 10K
            // time goal's peak keeps its intervals first (coach review 2: a 6-week 5K never had intervals).
            java.util.Collections.reverse(k);
        }
        if (cutback && k.size() > 1) {
            // A cutback keeps one workout, the lighter threshold rather than hills (coach round 6, defect 5).
            return List.of(k.get(0) == SessionType.HILLS && k.contains(SessionType.TEMPO) ? SessionType.TEMPO : k.get(0));
        }
        return k;
    }

    /**
     * Threshold or hills come before fast intervals: before any such work, intervals and repetitions become hills —
     * except in the last week before the taper, a short plan's one sharpening week (coach review p33: a 4-week 5K
     * sharpened with hills), where they become race-pace work when the plan has it ({@code racePace}; a race run with
     * walk breaks has none, and keeps its hills).
     */
    public static List<SessionType> beforeFoundation(final List<SessionType> kinds, final boolean lastBeforeTaper,
                                                     final boolean racePace) {
        final SessionType instead = lastBeforeTaper && racePace ? SessionType.RACE_PACE : SessionType.HILLS;
        return kinds.stream().map(t -> t == SessionType.INTERVALS || t == SessionType.REPETITIONS ? instead : t)
                .distinct().toList();
    }

    /**
     * Whether the last week before the taper sharpens with race-specific work (coach review p33): for a 5K or 10K only.
     * A half or a marathon builds on threshold and long runs; its race pace is not the intervals' speed.
     */
    public static boolean sharpens(final RaceDistance d) {
        return d == RaceDistance.FIVE_K || d == RaceDistance.TEN_K;
    }

    /** Work at or faster than the race's own pace: what the last week before a 5K or 10K taper sharpens with. */
    public static boolean raceSpecific(final SessionType t) {
        return t == SessionType.INTERVALS || t == SessionType.REPETITIONS || t == SessionType.RACE_PACE;
    }

    /** The week's workouts with race pace first, in place of hills and fast work that did not fit (coach review p33). */
    public static List<SessionType> sharpening(final List<SessionType> kinds) {
        final List<SessionType> out = new ArrayList<>(List.of(SessionType.RACE_PACE));
        kinds.stream().filter(t -> t != SessionType.HILLS && !raceSpecific(t) && !out.contains(t)).forEach(out::add);
        return out;
    }

    /** Daniels: interval running in one session at most 10 km (and 8% of the week). */
    public static final double MAX_INTERVAL_M = 10_000;
    /** Daniels: repetitions in one session at most 8 km (and 5% of the week). */
    public static final double MAX_REPETITION_M = 8_000;

    /**
     * The share of Daniels' limit for the week (T 10%, I 8%, R 5%) a workout fills at this step: 60% in the first
     * ordinary week, growing 10% a step to the whole limit, so a big week's workouts are sized to the week, not held
     * at a beginner's ladder (the ladders below are the least, for small weeks).
     */
    public static double share(final int step) {
        return Math.min(1.0, 0.6 + 0.1 * step);
    }

    /** Tempo kilometres: 2 growing by one a step up to 6 (always within 10% of the week, see {@link Sessions}). */
    public static int tempoKm(final int step) {
        return Math.min(6, 2 + step / 2);
    }

    /** Hill repeats: 4 growing to 10. */
    public static int hills(final int step) {
        return Math.min(10, 4 + step);
    }

    /** Metres of interval running: 1.6 km growing 400 m a step up to 5 km. */
    public static double intervalM(final int step) {
        return Math.min(5000, 1600 + 400 * step);
    }

    /** Metres of repetitions: 1.2 km growing 400 m a step up to 3.2 km. */
    public static double repetitionM(final int step) {
        return Math.min(3200, 1200 + 400 * step);
    }

    /** Race-pace repeats: 2 growing to 4. */
    public static int racePaceReps(final int step) {
        return Math.min(4, 2 + step / 3);
    }

    /** Strides after an easy run: 4, 5, 6, then round again, so a plateau of volume still varies week to week. */
    public static int strides(final int step) {
        return 4 + step % 3;
    }
}
