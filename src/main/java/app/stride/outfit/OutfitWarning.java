package app.stride.outfit;

import app.stride.common.Phrase;

/**
 * Something dangerous about the conditions: {@code heat}, {@code frostbite}, {@code cold}, {@code ice},
 * {@code lightning}; {@code text} is rendered through the bundle by the UI and CLI.
 */
public record OutfitWarning(String id, Phrase text) {
}
