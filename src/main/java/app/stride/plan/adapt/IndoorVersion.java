package app.stride.plan.adapt;

import app.stride.plan.SessionStatus;
import app.stride.common.InvalidInputException;
import app.stride.plan.Session;
import app.stride.plan.SessionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Too cold / icy / too hot": the same session on a treadmill (same steps, same effort; a 1% incline stands in for
 * the air outside), or the next day the move rules allow: not today or before, within the plan, a free day, and a
 * hard session never next to another hard day.
 */
public final class IndoorVersion {

    /** Another day is looked for this far ahead at most: beyond a week it is a different plan. */
    static final int LOOK_AHEAD_DAYS = 7;

    /** The brief of a session moved indoors: these words, then the session as it was. */
    static final String INDOOR = "life.indoor";

    private IndoorVersion() {
    }

    /** The treadmill version of {@code day}'s session. */
    public static LifeChange propose(final PlanDay day, final LocalDate asOf) {
        final Session s = day.session();
        if (!day.open()) {
            throw InvalidInputException.coded("session", "life.error.notOpen");
        }
        if (s.type() == SessionType.RACE) {
            throw InvalidInputException.coded("session", "life.error.race");
        }
        if (s.type() == SessionType.CROSS_TRAINING) {
            // Cycling, swimming or walking has indoor versions of its own: a treadmill is not one of them.
            throw InvalidInputException.coded("session", "life.error.indoorCross");
        }
        if (s.description().code().equals(INDOOR)) {
            throw InvalidInputException.coded("session", "life.error.indoorAlready");
        }
        final Session to = new Session(s.date(), s.type(), s.distanceM(), s.duration(), s.pace(), s.effort(), s.runWalk(),
                s.steps(), app.stride.plan.SessionBrief.around(INDOOR, s.description()), s.load());
        return new LifeChange(LifeChange.Kind.INDOOR, asOf, List.of(new LifeChange.Edit(day.id(), day.day(), s, to)), List.of());
    }

    /** The first day after {@code asOf}, up to a week ahead and within the plan, that {@code day}'s session may move to. */
    public static Optional<LocalDate> anotherDay(final List<PlanDay> days, final PlanDay day, final LocalDate asOf,
                                                 final LocalDate lastDay) {
        return MoveRules.firstFreeDay(slot(day), days.stream().map(IndoorVersion::slot).toList(), asOf, lastDay, LOOK_AHEAD_DAYS);
    }

    private static MoveRules.Slot slot(final PlanDay d) {
        return new MoveRules.Slot(d.id(), d.day(), d.session().type().isHard(), d.session().type() == SessionType.RACE,
                d.status() == SessionStatus.SKIPPED);
    }
}
