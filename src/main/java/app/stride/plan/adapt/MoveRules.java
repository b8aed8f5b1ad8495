package app.stride.plan.adapt;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one set of rules for moving a session to another day, used when the runner moves it (Today, Log) and when
 * life happens looks for another day: not into the past, not the race, not beyond the plan, one session a day, and a
 * hard session never next to another hard day. Skipped sessions leave their day free.
 */
public final class MoveRules {

    /** Which rule a move breaks. */
    public enum Rule {
        /** Before today. */
        PAST,
        /** Race day is fixed. */
        RACE,
        /** After the plan's last day. */
        BEYOND,
        /** The day already has a session. */
        TAKEN,
        /** A hard session next to another hard one. */
        HARD_NEXT_TO_HARD
    }

    /** A session as the rules see it: its id, its day, whether it is hard or the race, and whether it was let go. */
    public record Slot(long id, LocalDate day, boolean hard, boolean race, boolean skipped) {
    }

    /** Why a move is refused: the rule, and the session in the way for {@link Rule#TAKEN} and {@link Rule#HARD_NEXT_TO_HARD}. */
    public record Refusal(Rule rule, Optional<Slot> inTheWay) {
    }

    private MoveRules() {
    }

    /** Whether a session of this type may move to another day at all: every one but the race, which is fixed. */
    public static boolean movable(final app.stride.plan.SessionType type) {
        return type != app.stride.plan.SessionType.RACE;
    }

    /** Why {@code moving} may not go to {@code to}; empty when it may. */
    public static Optional<Refusal> check(final Slot moving, final LocalDate to, final List<Slot> plan, final LocalDate today,
                                          final LocalDate lastDay) {
        if (to.isBefore(today)) {
            return refused(Rule.PAST, null);
        }
        if (moving.race()) {
            return refused(Rule.RACE, null);
        }
        if (to.isAfter(lastDay)) {
            return refused(Rule.BEYOND, null);
        }
        for (Slot other : plan) {
            if (other.id() == moving.id() || other.skipped()) {
                continue;
            }
            if (other.day().equals(to)) {
                return refused(Rule.TAKEN, other);
            }
            final boolean neighbour = other.day().equals(to.minusDays(1)) || other.day().equals(to.plusDays(1));
            if (neighbour && moving.hard() && other.hard()) {
                return refused(Rule.HARD_NEXT_TO_HARD, other);
            }
        }
        return Optional.empty();
    }

    /** The first day after {@code today}, at most {@code lookAhead} days on and within the plan, {@code moving} may go to. */
    public static Optional<LocalDate> firstFreeDay(final Slot moving, final List<Slot> plan, final LocalDate today,
                                                   final LocalDate lastDay, final int lookAhead) {
        for (int i = 1; i <= lookAhead; i++) {
            final LocalDate to = today.plusDays(i);
            final Optional<Refusal> refusal = check(moving, to, plan, today, lastDay);
            if (refusal.isEmpty()) {
                return Optional.of(to);
            }
            if (refusal.get().rule() != Rule.TAKEN && refusal.get().rule() != Rule.HARD_NEXT_TO_HARD) {
                return Optional.empty(); // the race, or past the plan's end: no later day will do
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refused(final Rule rule, final Slot inTheWay) {
        return Optional.of(new Refusal(rule, Optional.ofNullable(inTheWay)));
    }
}
