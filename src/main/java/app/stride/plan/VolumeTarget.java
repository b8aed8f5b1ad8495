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
        if (!established(f)) {
            return 0;
        }
        final double byDays = 0.9 * f.currentWeeklyM() * Math.min(1, runs / (double) Math.max(1, f.currentRuns()));
        // When the answers disagree (a big week, a short longest run), the long-run rule wins: no run grows past it.
        final double byLongRun = 0.75 * runs * LongRunRule.next(f.longestRunM());
        return Math.min(byDays, byLongRun);
    }

    /** The volume the build aims at. */
    public static double peak(final PlanRequest r, final double currentM, final double easySecPerKm, final int runs) {
        final double needs = distanceNeeds(r);
        final double build = r.goal() == Goal.TIME ? 1.25 * currentM : currentM;
        // Regular running: at least half an hour each run day.
        final double habit = r.hasRace() ? 0 : runs * 30 * 60 / easySecPerKm * 1000;
        return Math.max(Math.max(build, needs), habit);
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
