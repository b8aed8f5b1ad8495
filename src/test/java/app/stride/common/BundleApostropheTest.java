package app.stride.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Apostrophes are written plainly in the bundle ({@link Messages} does the MessageFormat quoting): a doubled one
 * showed as "Today''s session" on screen. Every key, rendered with and without arguments, shows single apostrophes.
 */
class BundleApostropheTest {

    @Test
    void noRenderedTextShowsADoubledApostrophe() {
        final List<String> doubled = new ArrayList<>();
        for (String key : new TreeSet<>(Messages.bundle().keySet())) {
            for (Object[] args : List.of(new Object[0], new Object[] {1, 1, 1, 1, 1, 1})) {
                final String text;
                try {
                    text = Messages.get(key, args);
                } catch (IllegalArgumentException e) {
                    continue; // a {0,date} or {0,choice} argument of another type: rendered with its own kind elsewhere
                }
                if (text.contains("''")) {
                    doubled.add(key + " = " + text);
                }
            }
        }
        assertThat(doubled).isEmpty();
    }
}
