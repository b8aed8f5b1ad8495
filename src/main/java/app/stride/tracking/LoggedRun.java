package app.stride.tracking;

import java.time.LocalDate;
import java.util.Optional;

/** A run as it was logged: when, what kind, and what actually happened. */
public record LoggedRun(long id, LocalDate date, String type, RunReport report, Optional<String> outfitFeedback) {
}
