package app.stride.outfit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One "too cold / just right / too warm" answer, filed under the base dress-for temperature of that run. */
public record FeedbackEntry(LocalDate date, double baseDressForC, FeedbackAnswer answer, Optional<Long> loggedSessionId,
                            Instant answeredAt) {

    public FeedbackEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(loggedSessionId, "loggedSessionId");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
