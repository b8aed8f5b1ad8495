package app.stride.plan.adapt;

import app.stride.plan.SessionStatus;
import app.stride.plan.Session;
import java.time.LocalDate;

/**
 * One stored session as the life-happens rules see it: its id, the day it is on now (after any move), its status and the session itself (exact units, steps and load).
 */
public record PlanDay(long id, LocalDate day, SessionStatus status, Session session) {

    /** Still to do: neither done nor skipped. */
    public boolean open() {
        return status.isOpen();
    }
}
