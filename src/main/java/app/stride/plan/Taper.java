package app.stride.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Taper (Bosquet 2007: cut volume, keep intensity and frequency): the race week at half the best week; before it the
 * half marathon has a week at 75% and the 10K a week at 85% (10–14 and 7–10 days); the 5K eases to 85% the week
 * before (no new biggest week, longest run or workout 7 days out). A race in the first three days of the last week
 * makes the week before it the real race week. On a short plan (3–5 weeks) the 5K's taper is its race week alone.
 */
public final class Taper {

    public static final double RACE_WEEK = 0.5;

    private Taper() {
    }

    /** The share of the best week for week {@code k} of {@code n}, if it is in the taper. */
    public static java.util.Optional<Double> share(final RaceDistance d, final int k, final int n, final boolean raceEarly) {
        if (k == n) {
            return java.util.Optional.of(RACE_WEEK);
        }
        if (k == n - 1 && !oneWeek(d, n, raceEarly)) {
            if (raceEarly) {
                return java.util.Optional.of(0.7);
            }
            return java.util.Optional.of(switch (d) {
                case HALF -> 0.75;
                default -> 0.8;
            });
        }
        return java.util.Optional.empty();
    }

    /** Whether week {@code k} of {@code n} is named a taper week. */
    public static boolean isTaperWeek(final RaceDistance d, final int k, final int n, final boolean raceEarly) {
        return k >= n - 1 && !(k == n - 1 && oneWeek(d, n, raceEarly));
    }

    /**
     * A 5K's taper is 7–10 days: on a short plan (under {@link PlanDates#MIN_WEEKS} weeks) it is the race week alone,
     * so a 4-week 5K keeps two weeks of real work, not one (coach review n13b). A race early in its week keeps the week
     * before as its real race week.
     */
    static boolean oneWeek(final RaceDistance d, final int n, final boolean raceEarly) {
        return d == RaceDistance.FIVE_K && n < PlanDates.MIN_WEEKS && !raceEarly;
    }

    /** A race in the first three days of its week. */
    public static boolean raceEarly(final PlanDates dates) {
        return dates.race().map(r -> ChronoUnit.DAYS.between(lastWeekStart(dates), r) < 3).orElse(false);
    }

    private static LocalDate lastWeekStart(final PlanDates dates) {
        return dates.start().plusDays(7L * (dates.weeks() - 1));
    }
}
