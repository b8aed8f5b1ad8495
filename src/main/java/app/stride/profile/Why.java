package app.stride.profile;

import app.stride.common.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * The runner's "why": one sentence they wrote for themselves ("to keep up with my kids"), shown on Today to keep
 * them going. One line, at most {@value #MAX_LENGTH} characters; blank forgets it.
 */
public final class Why {

    /** Long enough for a sentence, short enough to sit on one line of Today. */
    public static final int MAX_LENGTH = 140;

    private final RunnerProfile profile;

    public Why(final RunnerProfile profile) {
        this.profile = Objects.requireNonNull(profile);
    }

    public Optional<String> get() {
        return profile.why();
    }

    /** Keeps {@code text} as the why (trimmed; blank forgets it) and returns what was kept. */
    public Optional<String> set(final String text) {
        final Optional<String> kept = validate(text);
        profile.saveWhy(kept);
        return kept;
    }

    /** The why as it would be kept, or an error naming the field {@code why}. */
    public static Optional<String> validate(final String text) {
        final String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.contains("\n") || t.contains("\r")) {
            throw InvalidInputException.coded("why", "profile.error.whyOneLine");
        }
        if (t.codePointCount(0, t.length()) > MAX_LENGTH) {
            throw InvalidInputException.coded("why", "profile.error.whyLength", MAX_LENGTH, t.codePointCount(0, t.length()));
        }
        return Optional.of(t);
    }
}
