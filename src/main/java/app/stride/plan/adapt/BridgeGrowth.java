package app.stride.plan.adapt;

import app.stride.plan.GrowthRule;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import app.stride.plan.SessionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * After a bridge week the plan grows back by the growth rule measured from the bridge (coach review D4): the weeks
 * after it are shortened (every easy run by one factor, a workout that would then break Daniels' limits runs easy)
 * until none is over the growth cap of the best week since the bridge — the plan's own weeks where they already fit.
 */
final class BridgeGrowth {

    private BridgeGrowth() {
    }

    /** {@code weeks} with every week that starts after {@code end} within the growth rule from the bridge days. */
    static List<PlanWeek> after(final List<PlanWeek> weeks, final LocalDate from, final LocalDate end) {
        double best = 0;
        for (PlanWeek w : weeks) {
            for (Session s : w.sessions()) {
                if (!s.date().isBefore(from) && !s.date().isAfter(end) && run(s)) {
                    best += s.load().totalM();
                }
            }
        }
        final List<PlanWeek> out = new ArrayList<>();
        for (PlanWeek w : weeks) {
            if (!w.start().isAfter(end) || best <= 0) {
                if (!w.start().isAfter(end) && !w.start().plusDays(6).isBefore(end)) {
                    // The plan week the bridge ends in counts too (its days after the bridge as planned).
                    best = Math.max(best, volume(w));
                }
                out.add(w);
                continue;
            }
            final int days = (int) w.sessions().stream().filter(BridgeGrowth::run).count();
            final double cap = GrowthRule.cap(best, days);
            PlanWeek shaped = w;
            if (volume(w) > cap + 50) {
                // The largest share of its easy running that brings the week within the cap.
                double lo = 0.3;
                double hi = 1;
                shaped = RebuildTrim.scaled(w, lo);
                for (int pass = 0; pass < 12; pass++) {
                    final double mid = (lo + hi) / 2;
                    final PlanWeek tried = RebuildTrim.scaled(w, mid);
                    if (volume(tried) <= cap + 50) {
                        lo = mid;
                        shaped = tried;
                    } else {
                        hi = mid;
                    }
                }
            }
            out.add(shaped);
            best = Math.max(best, volume(shaped));
        }
        return out;
    }

    private static boolean run(final Session s) {
        return s.type().isRun() && s.type() != SessionType.RACE;
    }

    private static double volume(final PlanWeek w) {
        return w.sessions().stream().filter(BridgeGrowth::run).mapToDouble(s -> s.load().totalM()).sum();
    }

}
