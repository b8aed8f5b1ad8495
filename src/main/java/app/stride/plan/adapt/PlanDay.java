package app.stride.plan.adapt;

import app.stride.plan.Session;
import java.time.LocalDate;

/**
 * One stored session as the life-happens rules see it: its id, the day it is on now (after any move), its status
 * ({@code planned}, {@code done}, {@code skipped}) and the session itself (exact units, steps and load).
 */
public record PlanDay(long id, LocalDate day, String status, Session session) {

    /** Still to do: neither done nor skipped. */
    public boolean open() {
        return "planned".equals(status);
    }
}
