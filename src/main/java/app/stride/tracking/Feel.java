package app.stride.tracking;

import app.stride.common.Coded;
import java.util.Arrays;
import java.util.Optional;

/** How the runner felt on a run, best first; stored as a score from 5 (great) to 1 (bad). */
public enum Feel implements Coded {
    GREAT("great", 5),
    GOOD("good", 4),
    OK("ok", 3),
    TIRED("tired", 2),
    BAD("bad", 1);

    private final String code;
    private final int score;

    Feel(final String code, final int score) {
        this.code = code;
        this.score = score;
    }

    @Override
    public String code() {
        return code;
    }

    /** The stored score, 1 (bad) to 5 (great). */
    public int score() {
        return score;
    }

    /** The feel stored as {@code score}; empty for a score outside 1–5. */
    public static Optional<Feel> ofScore(final int score) {
        return Arrays.stream(values()).filter(f -> f.score == score).findFirst();
    }

    public static Optional<Feel> parse(final String text) {
        return Coded.parse(Feel.class, text);
    }

    /** "great, good, ok, tired, bad", for messages that list what is allowed. */
    public static String codes() {
        return Coded.codes(Feel.class);
    }
}
