package app.stride.plan;

import java.util.ArrayList;
import java.util.List;

/** The volumes of the weeks planned so far, and the bounds measured on them: the two-week cap, the recent weeks, the peak. */
final class WeekHistory {

    private final List<Double> weeks = new ArrayList<>();

    /** Records the next week's training volume (metres). */
    void add(final double trainingM) {
        weeks.add(trainingM);
    }

    /** A returner's week at most {@link ReturnerRamp#TWO_WEEK_FACTOR} × the best week up to two before it (none yet: no bound). */
    double twoWeekCap() {
        if (weeks.size() < 2) {
            return Double.MAX_VALUE;
        }
        double m = 0;
        for (int i = 0; i < weeks.size() - 1; i++) {
            m = Math.max(m, weeks.get(i));
        }
        return ReturnerRamp.TWO_WEEK_FACTOR * m;
    }

    /** The biggest of the last three weeks (week 0, {@code best} before any, counts while there are fewer). */
    double recent(final double best) {
        double m = weeks.size() < 3 ? best : 0;
        for (int i = Math.max(0, weeks.size() - 3); i < weeks.size(); i++) {
            m = Math.max(m, weeks.get(i));
        }
        return m;
    }

    /** The plan's own peak so far, {@code best} when there is no week yet. */
    double peak(final double best) {
        return weeks.stream().mapToDouble(Double::doubleValue).max().orElse(best);
    }
}
