package app.stride.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/** Stride's stylesheet parses cleanly: a broken rule would silently drop the styles after it. */
class StylesheetTest {

    @Test
    void parsesWithoutErrorsAndEveryBlockIsClosed() throws IOException {
        final var url = StylesheetTest.class.getResource("/app/stride/ui/stride.css");
        final String text = new String(url.openStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text.chars().filter(c -> c == '{').count()).isEqualTo(text.chars().filter(c -> c == '}').count());

        CssParser.errorsProperty().clear();
        final Stylesheet sheet = new CssParser().parse(url);
        final List<String> errors = new ArrayList<>();
        CssParser.errorsProperty().forEach(e -> errors.add(e.toString()));

        assertThat(errors).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(40);
    }
}
