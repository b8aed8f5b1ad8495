package app.stride.plan;

import java.util.List;

/**
 * Something the engine says, as data: a code and its arguments ({@link Length}, {@link java.time.Duration},
 * {@link java.time.LocalDate}, {@link RaceDistance}, numbers, day lists). The bundle key is {@code plan.note.<code>}
 * or {@code plan.problem.<code>}; the CLI and the app render it in the runner's unit.
 */
public record PlanMessage(String code, List<Object> args) {

    public PlanMessage {
        args = List.copyOf(args);
    }

    /** A message with these arguments. */
    public static PlanMessage of(final String code, final Object... args) {
        return new PlanMessage(code, List.of(args));
    }
}
