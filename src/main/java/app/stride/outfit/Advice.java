package app.stride.outfit;

import app.stride.common.Phrase;

/** A tip for running in the conditions, e.g. {@code heat-pace}, {@code into-wind}, {@code warm-up}, as a phrase to render. */
public record Advice(String id, Phrase text) {
}
