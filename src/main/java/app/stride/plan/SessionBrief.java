package app.stride.plan;

import java.util.List;
import java.util.Optional;

/**
 * What a session is, as data: a code (bundle key {@code plan.desc.<code>}) and its arguments ({@link Length},
 * {@link java.time.Duration}, {@link RunWalk}, {@link RaceDistance}, whole numbers). The command line and the app
 * render it in the runner's unit. Sessions stored as English before the engine spoke in codes keep that text
 * ({@link #legacy}), shown as it was.
 */
public record SessionBrief(String code, List<Object> args) {

    /** The code of a brief that is English text from an old plan; its one argument is the text. */
    public static final String LEGACY = "legacy";

    public SessionBrief {
        args = List.copyOf(args);
    }

    /** A brief with these arguments. */
    public static SessionBrief of(final String code, final Object... args) {
        return new SessionBrief(code, List.of(args));
    }

    /** English text stored by an older Stride that could not be read back as a code. */
    public static SessionBrief legacy(final String text) {
        return new SessionBrief(LEGACY, List.of(text));
    }

    /**
     * A brief whose words come before another brief's, e.g. "Indoors on a treadmill, same effort." and then the
     * session as it was. Stored flat so the store's argument codec needs nothing new: the brief's own arguments, then
     * the inner code, then the inner arguments.
     */
    public static SessionBrief around(final String code, final SessionBrief inner, final Object... own) {
        final java.util.List<Object> all = new java.util.ArrayList<>(List.of(own));
        all.add(inner.code());
        all.addAll(inner.args());
        return new SessionBrief(code, all);
    }

    /** The brief inside one made by {@link #around} with {@code ownArgs} arguments of its own. */
    public SessionBrief inner(final int ownArgs) {
        return new SessionBrief((String) args.get(ownArgs), args.subList(ownArgs + 1, args.size()));
    }

    /**
     * The time the session is planned to take when that is a range, not one time: an effort-only race ("likely 30:00
     * to 41:00"). Its stored duration is then only the slow end, never a prediction to show or log as the result.
     */
    public Optional<TimeRange> timeRange() {
        if (code.equals("raceLikely") && args.size() == 3 && args.get(1) instanceof java.time.Duration fast
                && args.get(2) instanceof java.time.Duration slow && slow.compareTo(fast) >= 0) {
            return Optional.of(new TimeRange(fast, slow));
        }
        return Optional.empty();
    }

    /** The old text, for a legacy brief. */
    public Optional<String> legacyText() {
        return code.equals(LEGACY) ? Optional.of((String) args.get(0)) : Optional.empty();
    }
}
