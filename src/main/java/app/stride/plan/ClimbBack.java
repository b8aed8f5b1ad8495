package app.stride.plan;

/**
 * A re-plan after 8–27 days off ({@link ReturnerRamp#climbsBack}): the week back is held, then the weeks climb back to
 * the old week; its cutbacks count from the first week that starts back.
 */
final class ClimbBack {

    private final boolean applies;
    private final double oldWeeklyM;
    /** Runner weeks that started before the climb was back at the old week: cutbacks count from after them. */
    private int climbWeeks;

    ClimbBack(final PlanRequest req, final Fitness fit, final double oldWeeklyM) {
        this.applies = ReturnerRamp.climbsBack(req, fit);
        this.oldWeeklyM = oldWeeklyM;
    }

    /** Whether the plan climbs back at all. */
    boolean applies() {
        return applies;
    }

    /** Whether the plan is still climbing back: its best week so far under the old one. */
    boolean climbing(final double best) {
        return applies && ReturnerRamp.climbing(best, oldWeeklyM);
    }

    /** Runner week {@code rel} starts with the best week so far {@code best}: counted as climbing while not back. */
    void startWeek(final int rel, final double best) {
        if (climbing(best)) {
            climbWeeks = rel;
        }
    }

    /** The light weeks cutbacks count after: the climb's weeks, else the returner ramp's. */
    int rampWeeks(final Fitness fit, final FitnessInput in) {
        return applies ? climbWeeks : ReturnerRamp.weeks(fit, in);
    }

    /**
     * The most the week may hold: while climbing, {@link GrowthRule#climbCap} back to the whole old week, then the
     * growth cap. (Counting back at {@link ReturnerRamp#BACK_SHARE} changes nothing here: from 97% of the old week the
     * growth cap, 110% of the best week, is already over the old week, which is all climbCap would allow.)
     */
    double cap(final double best, final double twoWeekCapM, final int runs) {
        return climbing(best) ? GrowthRule.climbCap(best, twoWeekCapM, oldWeeklyM, runs) : GrowthRule.cap(best, runs);
    }
}
