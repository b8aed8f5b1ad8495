package app.stride.ui.log;

import app.stride.tracking.PlanPeriod;
import java.util.Optional;

/** Which runs are shown: all of them, or one plan's (current or earlier). */
public record PlanFilter(Optional<PlanPeriod> plan) {

    public static final PlanFilter ALL = new PlanFilter(Optional.empty());

    boolean same(final PlanFilter other) {
        return plan.map(PlanPeriod::planId).equals(other.plan.map(PlanPeriod::planId));
    }
}
