package app.stride.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value with a stable word used on the command line, in JSON and in the database (e.g. {@code heavy-rain}). */
public interface Coded {

    String code();

    /** The constant of {@code type} whose code is {@code text} (case-insensitive, trimmed). */
    static <E extends Enum<E> & Coded> Optional<E> parse(final Class<E> type, final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(v -> v.code().equals(t)).findFirst();
    }

    /** All codes of {@code type}, comma-separated, for messages that list what is allowed. */
    static <E extends Enum<E> & Coded> String codes(final Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
