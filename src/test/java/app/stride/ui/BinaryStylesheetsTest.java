package app.stride.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The build puts Stride's stylesheet on the class path in JavaFX's binary form too (JavaFX then loads it instead of
 * parsing the .css at every start, issue 11), with the same rules as the .css: a stale one would hide a style change.
 */
class BinaryStylesheetsTest {

    @Test
    void theBinaryStylesheetBesideTheCssHasTheSameRules() throws Exception {
        final URL css = BinaryStylesheetsTest.class.getResource("/app/stride/ui/stride.css");
        final URL bss = BinaryStylesheetsTest.class.getResource("/app/stride/ui/stride.bss");
        assertThat(bss).as("stride.bss made by the build (process-classes)").isNotNull();
        final List<String> parsed = rules(new CssParser().parse(css));
        assertThat(parsed).hasSizeGreaterThan(100);
        assertThat(rules(Stylesheet.loadBinary(bss))).containsExactlyElementsOf(parsed);
    }

    private static List<String> rules(final Stylesheet sheet) {
        // Selectors and the properties each rule sets (a parsed value's text holds identity hashes, so not the values).
        return sheet.getRules().stream().map(r -> r.getSelectors() + " " + r.getDeclarations().stream()
                .map(d -> d.getProperty() + (d.isImportant() ? "!" : "")).toList()).toList();
    }
}
