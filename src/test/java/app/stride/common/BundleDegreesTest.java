package app.stride.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Temperatures read "4 °C" everywhere (format.Degrees' rule): a bundle text that glues the sign to a number or an
 * argument ("4°C", "{0}°F") showed a second style next to the outfit header's.
 */
class BundleDegreesTest {

    @Test
    void everyDegreeSignHasASpaceBeforeIt() {
        final List<String> glued = new ArrayList<>();
        for (String key : new TreeSet<>(Messages.bundle().keySet())) {
            final String text = Messages.bundle().getString(key);
            for (int i = text.indexOf('°'); i >= 0; i = text.indexOf('°', i + 1)) {
                if (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                    glued.add(key + " = " + text);
                    break;
                }
            }
        }
        assertThat(glued).isEmpty();
    }
}
