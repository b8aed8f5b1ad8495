package app.stride.plan.adapt;

import java.util.List;

/**
 * One thing a re-plan tells the runner: a warning code and its arguments, as {@link app.stride.plan.PlanMessage} is for
 * the engine. The arguments are checked against what the warning takes ({@link AdaptWarning#argNames()}), so a note
 * never renders with a raw {@code {0}}.
 */
public record AdaptNote(AdaptWarning warning, List<Object> args) {

    public AdaptNote {
        args = List.copyOf(args);
        warning.check(args);
    }

    /** Note {@code w} with these arguments (none for most warnings). */
    public static AdaptNote of(final AdaptWarning w, final Object... args) {
        return new AdaptNote(w, List.of(args));
    }

    /** Notes for warnings that take no arguments. */
    static List<AdaptNote> plain(final List<AdaptWarning> warnings) {
        return warnings.stream().map(AdaptNote::of).toList();
    }

    /** The bundle code, {@code adapt.warning.<code>}. */
    public String code() {
        return warning.code();
    }
}
