package app.stride.cli;

import java.util.Collection;
import java.util.Comparator;

/**
 * Error lines quote what the runner typed so they can see the mistake; a 100,000-character argument must not make a
 * 100 KB line. Long inputs are shortened where the message quotes them, and the whole line is capped.
 */
final class Echo {

    /** Inputs up to this length are quoted whole. */
    static final int LONGEST_QUOTE = 60;
    /** No error line is longer than this. */
    static final int LONGEST_LINE = 400;

    private Echo() {
    }

    /** {@code message} with every quoted input longer than {@link #LONGEST_QUOTE} shortened, and at most {@link #LONGEST_LINE} long. */
    static String clip(final String message, final Collection<String> inputs) {
        String m = message;
        for (String input : inputs.stream().filter(i -> i != null && i.strip().length() > LONGEST_QUOTE)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            m = m.replace(input, shorten(input)).replace(input.strip(), shorten(input.strip()));
        }
        if (m.length() > LONGEST_LINE) {
            m = m.substring(0, LONGEST_LINE - 1) + "…";
        }
        return m;
    }

    private static String shorten(final String input) {
        return input.substring(0, LONGEST_QUOTE / 2) + "… (" + input.length() + " characters)";
    }
}
