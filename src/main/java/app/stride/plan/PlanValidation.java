package app.stride.plan;

import java.time.Duration;

/** Checks a request before planning; each problem names its field and says what is allowed, as data. */
final class PlanValidation {

    /** Slower than this (25 min/km) is not a race time, even walking. */
    static final double SLOWEST_SEC_PER_KM = 25 * 60;

    private PlanValidation() {
    }

    static void check(final PlanRequest r) {
        if (r.hasRace() && r.distance().isEmpty()) {
            throw new PlanInputException(PlanField.DISTANCE, "distanceMissing");
        }
        if (!r.hasRace() && r.distance().isPresent()) {
            throw new PlanInputException(PlanField.DISTANCE, "distanceConsistency");
        }
        r.distance().filter(d -> !d.isPlanGoal()).ifPresent(d -> {
            throw new PlanInputException(PlanField.DISTANCE, "distance", d);
        });
        if (r.targetTime().isPresent() && r.goal() != Goal.TIME) {
            throw new PlanInputException(PlanField.TARGET_TIME, "targetGoal", r.goal().code());
        }
        if (r.days().size() < 2) {
            throw new PlanInputException(PlanField.DAYS, "days");
        }
        r.longRunDay().filter(d -> !r.days().contains(d)).ifPresent(d -> {
            throw new PlanInputException(PlanField.LONG_RUN_DAY, "longRunDay", d);
        });
        r.targetTime().ifPresent(t -> checkTime(PlanField.TARGET_TIME, r.distance().orElseThrow(), t));
        final FitnessInput f = r.fitness();
        f.recentRace().ifPresent(rr -> checkTime(PlanField.RECENT_RACE, rr.distance(), rr.time()));
        f.weeklyM().ifPresent(w -> checkRange(PlanField.WEEKLY_VOLUME, w, new Length(0), new Length(250_000), new Length(w), w > 250_000));
        f.runsPerWeek().ifPresent(n -> checkRange(PlanField.RUNS_PER_WEEK, n, 0, 14, n, n > 14));
        f.longestRunM().ifPresent(m -> checkRange(PlanField.LONGEST_RUN, m, new Length(0), new Length(60_000), new Length(m), m > 60_000));
        f.continuousMin().ifPresent(m -> checkRange(PlanField.CONTINUOUS_MIN, m, 0, 600, m, m > 600));
        checkRange(PlanField.DAYS_OFF, f.daysOff(), 0, 3650, f.daysOff(), f.daysOff() > 3650);
    }

    private static void checkRange(final PlanField field, final double value, final Object min, final Object max,
                                   final Object got, final boolean over) {
        if (over || !(value >= 0)) {
            throw new PlanInputException(field, "range", min, max, got);
        }
    }

    /** A time is possible from about the world record (VDOT {@value Vdot#MAX}) to a slow walk. */
    private static void checkTime(final PlanField field, final RaceDistance d, final Duration t) {
        final Duration slowest = slowestTime(d);
        if (t.isZero() || t.isNegative() || t.compareTo(slowest) > 0 || Vdot.fromRace(d.metres(), t).value() > Vdot.MAX) {
            throw new PlanInputException(field, "timeRange", d, new Vdot(Vdot.MAX).raceTime(d.metres()), slowest,
                    SLOWEST_SEC_PER_KM / 60);
        }
    }

    /** The slowest time Stride plans for over {@code d}: a slow walk all the way. */
    static Duration slowestTime(final RaceDistance d) {
        return Duration.ofSeconds(Math.round(d.metres() / 1000 * SLOWEST_SEC_PER_KM));
    }
}
