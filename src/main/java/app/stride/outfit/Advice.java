package app.stride.outfit;

/** A tip for running in the conditions, e.g. {@code heat-pace}, {@code into-wind}, {@code warm-up}. */
public record Advice(String id, String text) {
}
