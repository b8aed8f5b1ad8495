package app.stride.outfit;

import java.util.Optional;

/**
 * What recording an answer did: the band it moved (now), the run it was linked to, and a plain-words explanation.
 */
public record FeedbackResult(FeedbackEntry entry, LearnedBand band, Optional<Long> loggedSessionId,
                             app.stride.common.Phrase explanation) {
}
