package app.stride.plan;

/**
 * Daniels' limits on a workout's fast running: threshold up to 10% of the week, intervals 8%, repetitions 5%. The one
 * rule the generator, the re-plans and the bridge all use; a small week's workout may go beyond them up to its
 * minimum dose ({@link MinimumDose}).
 */
public final class DanielsLimits {

    private DanielsLimits() {
    }

    /**
     * Whether a workout of load {@code l} fits the limits in a week of {@code weekM} metres: Daniels' shares, or, for a
     * workout raised to its {@link MinimumDose} in a small week, no more fast running than the week holds for one.
     */
    public static boolean fit(final Session.Load l, final double weekM) {
        return fit(l, weekM, true);
    }

    /** {@link #fit(Session.Load, double)} for a plan made with the minimum dose ({@code dosed}) or without. */
    static boolean fit(final Session.Load l, final double weekM, final boolean dosed) {
        return withinShares(l, weekM) || dosed && MinimumDose.atMost(l) && MinimumDose.weekHolds(l.workM(), weekM);
    }

    /** Whether a workout of load {@code l} is within Daniels' own shares of a week of {@code weekM} metres. */
    public static boolean withinShares(final Session.Load l, final double weekM) {
        return l.thresholdM() <= 0.10 * weekM + 1e-6 && l.intervalM() <= 0.08 * weekM + 1e-6
                && l.repetitionM() <= 0.05 * weekM + 1e-6;
    }
}
