package app.stride.plan;

import java.util.Locale;
import java.util.Optional;

/** A race distance a runner can give a result for or train towards. */
public enum RaceDistance {
    MILE("1mi", 1609.344),
    FIVE_K("5k", 5000),
    TEN_K("10k", 10000),
    HALF("half", 21097.5),
    MARATHON("marathon", 42195);

    private final String code;
    private final double metres;

    RaceDistance(final String code, final double metres) {
        this.code = code;
        this.metres = metres;
    }

    public String code() {
        return code;
    }

    public double metres() {
        return metres;
    }

    /** Whether a plan can aim at this race (5K, 10K, half). */
    public boolean isPlanGoal() {
        return this == FIVE_K || this == TEN_K || this == HALF;
    }

    /** The distance for a code such as {@code 5k} or {@code half}. */
    public static Optional<RaceDistance> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.trim().toLowerCase(Locale.ROOT);
        for (RaceDistance d : values()) {
            if (d.code.equals(t)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
