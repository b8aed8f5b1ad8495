package app.stride.tracking;

import java.util.List;

/** The plans the runner has had, for the log's "which plan" filter; the store implements it. */
public interface PlanPeriods {

    /** Every plan, the current one first, then earlier ones newest first; a plan adapted along the way once. */
    List<PlanPeriod> all();
}
