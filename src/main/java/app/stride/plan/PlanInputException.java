package app.stride.plan;

import java.util.List;

/**
 * A request the engine cannot plan: the field to fix, the problem as a {@link PlanMessage} (key
 * {@code plan.problem.<code>}), and for a goal too far for the time, alternatives that would work.
 */
public final class PlanInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final PlanField field;
    private final transient PlanMessage problem;
    private final transient List<PlanAlternative> alternatives;

    public PlanInputException(final PlanField field, final PlanMessage problem, final List<PlanAlternative> alternatives) {
        super(field.code() + ": " + problem.code() + " " + problem.args());
        this.field = field;
        this.problem = problem;
        this.alternatives = List.copyOf(alternatives);
    }

    public PlanInputException(final PlanField field, final String code, final Object... args) {
        this(field, PlanMessage.of(code, args), List.of());
    }

    public PlanField field() {
        return field;
    }

    public PlanMessage problem() {
        return problem;
    }

    public List<PlanAlternative> alternatives() {
        return alternatives;
    }
}
