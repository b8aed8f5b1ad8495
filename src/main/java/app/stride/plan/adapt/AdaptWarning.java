package app.stride.plan.adapt;

import app.stride.common.Coded;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** Something the runner should know about a proposal; rendered through the bundle ({@code adapt.warning.<code>}). */
public enum AdaptWarning implements Coded {
    /** The plan has not started yet: nothing can be missed. */
    NOT_STARTED("not-started"),
    /** The plan is over: nothing left to adapt. */
    PLAN_OVER("plan-over"),
    /** A week or more off, but too close to the race for a new build: an easy week, then the plan's taper. */
    TOO_CLOSE_TO_REBUILD("too-close-to-rebuild"),
    /** No distances were logged: the rebuilt plan starts from the volume the runner gave when the plan was made. */
    NO_LOGGED_DISTANCE("no-logged-distance"),
    /** A week or more without running: fitness and volume were lowered by the time-off table. */
    TIME_OFF("time-off"),
    /** The new race date is {@link Replanner#NOTABLY_EARLIER_DAYS} or more days earlier than the plan's. */
    RACE_EARLIER("race-earlier"),
    /** From the plan's start to the new race is shorter than a plan for the race should be ({@code PlanDates.MIN_WEEKS}). */
    SHORT_BUILD("short-build"),
    /** A day the runner added gets no run yet: the plan adds one run a week at a time (coach review D10). */
    DAYS_NOT_USED_YET("days-not-used-yet"),
    /** After the bridge, later weeks are smaller than planned: they grow back from what the runner ran (review 7). */
    BRIDGE_REGROWS("bridge-regrows"),
    /** No day the runner added gets a run: one more run would spread the week too thin for now (coach review 8). */
    DAYS_NOT_USED("days-not-used"),
    /**
     * A day the runner added stays a rest day in the first rebuilt weeks (too small for one more run of 20 minutes or
     * more, {@code RunCount}); one note per week a day comes in, with arguments: the days ({@code List<DayOfWeek>}),
     * the start of the plan week of their first run ({@code LocalDate}) and how many days (coach review, set-up D).
     */
    DAYS_USED_FROM("days-used-from", List.of("days", "weekOf", "dayCount"), List.of(List.class, LocalDate.class, Integer.class)),
    /** The rebuilt plan's race is longer than the runner is ready for (the plan's {@code notReady} note). */
    NOT_READY("not-ready");

    private final String code;
    private final List<String> argNames;
    private final List<Class<?>> argTypes;

    AdaptWarning(final String code) {
        this(code, List.of(), List.of());
    }

    AdaptWarning(final String code, final List<String> argNames, final List<Class<?>> argTypes) {
        this.code = code;
        this.argNames = argNames;
        this.argTypes = argTypes;
    }

    /** The names of this warning's arguments, in order (as {@code adapt --json} writes them); none for most. */
    public List<String> argNames() {
        return argNames;
    }

    /** Refuses arguments that are not the ones this warning takes (a day list holds days only). */
    void check(final List<Object> args) {
        if (args.size() != argTypes.size()) {
            throw new IllegalArgumentException(code + " takes " + argNames + ", not " + args);
        }
        for (int i = 0; i < args.size(); i++) {
            final Object a = args.get(i);
            if (!argTypes.get(i).isInstance(a)
                    || a instanceof List<?> l && (l.isEmpty() || !l.stream().allMatch(DayOfWeek.class::isInstance))) {
                throw new IllegalArgumentException(code + ": " + argNames.get(i) + " cannot be " + a);
            }
        }
    }

    @Override
    public String code() {
        return code;
    }
}
