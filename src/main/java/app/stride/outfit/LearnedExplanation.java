package app.stride.outfit;

/** A learned band and what it means in plain words, in the runner's temperature unit. */
public record LearnedExplanation(LearnedBand band, app.stride.common.Phrase text) {
}
