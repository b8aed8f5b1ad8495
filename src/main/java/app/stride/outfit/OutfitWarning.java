package app.stride.outfit;

/** Something dangerous about the conditions: {@code heat}, {@code frostbite}, {@code cold}, {@code ice}, {@code lightning}. */
public record OutfitWarning(String id, String text) {
}
