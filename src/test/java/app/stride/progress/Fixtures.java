package app.stride.progress;

import app.stride.plan.Goal;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.tracking.Feel;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Hand-made plans and log entries for the progress rules, so each test shows its whole situation. */
public final class Fixtures {

    private Fixtures() {
    }

    public static SavedSession session(final long id, final String date, final String type, final Double km, final String status) {
        final LocalDate d = LocalDate.parse(date);
        return new SavedSession(id, d, d, type, Optional.ofNullable(km).map(k -> k * 1000), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), app.stride.plan.SessionBrief.of("easy"), app.stride.plan.SessionStatus.parse(status).orElseThrow());
    }

    static SavedSession moved(final long id, final String from, final String to, final Double km, final String status) {
        return new SavedSession(id, LocalDate.parse(to), LocalDate.parse(from), "easy", Optional.ofNullable(km).map(k -> k * 1000),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), app.stride.plan.SessionBrief.of("easy"), app.stride.plan.SessionStatus.parse(status).orElseThrow());
    }

    public static SavedPlan plan(final Goal goal, final String start, final int weeks, final String race, final SavedSession... sessions) {
        return new SavedPlan(1, goal, Optional.empty(), Optional.ofNullable(race).map(LocalDate::parse), LocalDate.parse(start),
                weeks, List.of(), List.of(sessions));
    }

    /** A run for planned session {@code session} (or an extra run when null). */
    static LoggedRun run(final long id, final String date, final Long session, final RunStatus status, final Double km,
                         final Integer minutes) {
        return new LoggedRun(id, LocalDate.parse(date), "easy", new RunReport(Optional.ofNullable(km).map(k -> k * 1000),
                Optional.ofNullable(minutes).map(m -> Duration.ofMinutes(m)), Optional.empty(), Optional.<Feel>empty(), ""),
                Optional.empty(), status, Optional.ofNullable(session), Optional.empty());
    }

    static LoggedRun extra(final long id, final String date, final Double km) {
        return run(id, date, null, RunStatus.DONE, km, null);
    }
}
