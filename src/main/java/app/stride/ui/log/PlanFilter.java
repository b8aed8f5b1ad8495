package app.stride.ui.log;

import app.stride.tracking.PlanPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which runs are shown: all of them, or one plan's (current or earlier). */
public record PlanFilter(Optional<PlanPeriod> plan) {

    public static final PlanFilter ALL = new PlanFilter(Optional.empty());

    /** The choices the list offers: all runs, then each plan in {@code plans}. */
    static List<PlanFilter> choices(final List<PlanPeriod> plans) {
        final List<PlanFilter> choices = new ArrayList<>();
        choices.add(ALL);
        plans.forEach(p -> choices.add(new PlanFilter(Optional.of(p))));
        return choices;
    }

    /** This plan as it is now among {@code plans} (a plan adapted since has a new latest version), or all runs if it is gone. */
    PlanFilter now(final List<PlanPeriod> plans) {
        return plan.flatMap(p -> plans.stream().filter(q -> q.planId() == p.planId()
                || q.current() && p.current()).findFirst()).map(p -> new PlanFilter(Optional.of(p))).orElse(ALL);
    }

    boolean same(final PlanFilter other) {
        return plan.map(PlanPeriod::planId).equals(other.plan.map(PlanPeriod::planId));
    }
}
