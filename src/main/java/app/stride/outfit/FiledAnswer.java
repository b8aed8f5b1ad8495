package app.stride.outfit;

import java.util.Objects;

/**
 * An answer as kept, with what it did to its band, so a later answer for the same day can take its step back.
 *
 * @param appliedC how much this answer moved its band's offset (0 for "just right" or at the ±5 °C bound)
 * @param counted false once its band was reset: the reset already forgot its step, so there is nothing to take back
 */
public record FiledAnswer(FeedbackEntry entry, double appliedC, boolean counted) {

    public FiledAnswer {
        Objects.requireNonNull(entry, "entry");
    }
}
