package app.stride.plan.adapt;

import app.stride.plan.Phase;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import app.stride.plan.SessionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * After a bridge the cutback and taper weeks keep their shape against the new build (coach review 7): the growth rule
 * alone only caps a week by the best week so far, so a planned cutback or taper week that fits under that cap came back
 * whole and became the biggest week of the plan, 7 days before the race. Here a cutback week stays as far below the week
 * before it, and a taper week as far below the peak, as the plan had them (week and long run alike), measured on the
 * weeks as they now are. The race week stays as planned.
 */
final class BridgeShape {

    /** Metres a week may be over its target before it is shortened (rounding of the runs). */
    private static final double SLACK_M = 50;

    private BridgeShape() {
    }

    /**
     * {@code current} (the week {@code grown.size()} of {@code planned}, after the growth cap) shortened to keep its share
     * of the build before it when it is a cutback or taper week whose build came back smaller than planned; {@code current}
     * otherwise. {@code grown} holds the weeks before it as they now are.
     */
    static PlanWeek relative(final List<PlanWeek> planned, final List<PlanWeek> grown, final PlanWeek current,
                             final LocalDate end, final double stepM) {
        final int at = grown.size();
        final PlanWeek w = planned.get(at);
        if (at == 0 || w.sessions().stream().anyMatch(s -> s.type() == SessionType.RACE)) {
            return current;
        }
        final boolean taper = w.phase() == Phase.TAPER;
        if (!taper && !w.cutback()) {
            return current;
        }
        double planRef = 0;
        double nowRef = 0;
        double planLong = 0;
        double nowLong = 0;
        // A taper week is measured on the peak (the biggest week before the taper), a cutback on the week before it.
        final int from = taper ? 0 : at - 1;
        for (int k = from; k < at; k++) {
            if (planned.get(k).phase() == Phase.TAPER) {
                continue;
            }
            planRef = Math.max(planRef, planned.get(k).trainingM());
            nowRef = Math.max(nowRef, grown.get(k).trainingM());
            planLong = Math.max(planLong, longest(planned.get(k)));
            nowLong = Math.max(nowLong, longest(grown.get(k)));
        }
        if (planRef <= 0) {
            return current;
        }
        final double target = w.trainingM() / planRef * nowRef;
        final double longTarget = planLong > 0 && nowLong > 0 ? longest(w) / planLong * nowLong : Double.MAX_VALUE;
        if (fits(current, target, longTarget)) {
            return current;
        }
        // The largest share of the week's easy running (and long run) that keeps it in its place.
        final PlanWeek shaped = BridgeGrowth.largestShare(w, end, x -> fits(x, target, longTarget), stepM);
        final PlanWeek kept = noLonger(shaped, w);
        return kept.trainingM() < current.trainingM() ? kept : current;
    }

    /**
     * {@code shaped} with no session longer than {@code planned} had it on its day: a minimum length can round a short
     * run up, and a timed workout run easy for the same minutes counts more metres.
     */
    static PlanWeek noLonger(final PlanWeek shaped, final PlanWeek planned) {
        final List<Session> ss = new ArrayList<>();
        for (Session s : shaped.sessions()) {
            final Session was = planned.sessions().stream().filter(x -> x.date().equals(s.date())).findFirst().orElse(s);
            ss.add(s.load().totalM() > was.load().totalM() + 1e-6 ? was : s);
        }
        return shaped.withSessions(ss);
    }

    private static boolean fits(final PlanWeek w, final double target, final double longTarget) {
        return w.trainingM() <= target + SLACK_M && longest(w) <= longTarget + SLACK_M;
    }

    private static double longest(final PlanWeek w) {
        return w.sessions().stream().filter(s -> s.type() == SessionType.LONG).mapToDouble(s -> s.load().totalM())
                .max().orElse(0);
    }
}
