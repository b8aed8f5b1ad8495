package app.stride.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Stride's stylesheet parses cleanly (a broken rule would silently drop the styles after it), every looked-up colour
 * it uses exists in both themes (JavaFX only logs "Could not resolve" and leaves the control unstyled), and small text
 * keeps a contrast of at least 4.5:1 (WCAG AA) in light and dark.
 */
class StylesheetTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern DECLARATION = Pattern.compile("(-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern LOOKUP = Pattern.compile("-color-[a-z0-9-]+");

    private static String read(final String resource) throws IOException {
        try (InputStream in = StylesheetTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    private static String stride() throws IOException {
        return read("/app/stride/ui/stride.css");
    }

    /** The looked-up colours a theme defines: AtlantaFX's {@code .root} plus Stride's own per-theme block. */
    private static Map<String, String> palette(final String theme) throws IOException {
        final Map<String, String> colours = new HashMap<>();
        final String atlanta = read("/atlantafx/base/theme/primer-" + theme + ".css");
        collect(atlanta, ".root", colours);
        collect(stride(), ".theme-" + theme, colours);
        collect(stride(), ".root", colours);
        return colours;
    }

    private static void collect(final String css, final String selector, final Map<String, String> into) {
        final Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            if (rule.group(1).strip().equals(selector)) {
                final Matcher d = DECLARATION.matcher(rule.group(2));
                while (d.find()) {
                    if (d.group(1).startsWith("-color-")) {
                        into.put(d.group(1), d.group(2).strip());
                    }
                }
            }
        }
    }

    private static Color resolve(final String value, final Map<String, String> palette) {
        String v = value.strip();
        for (int hops = 0; v.startsWith("-color-") && hops < 10; hops++) {
            v = palette.getOrDefault(v, v).strip();
        }
        return Color.web(v);
    }

    /** {@code c} as seen over {@code under} (alpha composited). */
    private static Color over(final Color c, final Color under) {
        final double a = c.getOpacity();
        return Color.color(c.getRed() * a + under.getRed() * (1 - a), c.getGreen() * a + under.getGreen() * (1 - a),
                c.getBlue() * a + under.getBlue() * (1 - a));
    }

    private static double luminance(final Color c) {
        final double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    static double contrast(final Color a, final Color b) {
        final double la = luminance(a);
        final double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

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

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyLookedUpColourResolves(final String theme) throws IOException {
        final Map<String, String> palette = palette(theme);
        final List<String> unresolved = new ArrayList<>();
        final Matcher m = LOOKUP.matcher(stride());
        while (m.find()) {
            final String name = m.group();
            if (!palette.containsKey(name)) {
                unresolved.add(name);
                continue;
            }
            try {
                resolve(name, palette);
            } catch (IllegalArgumentException e) {
                unresolved.add(name + " = " + palette.get(name));
            }
        }
        assertThat(unresolved).as("looked-up colours with no value in the " + theme + " theme").isEmpty();
    }

    /** Text colour and the background it sits on, rule by rule; a rule without a background sits on the page or a card. */
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void smallTextHasContrastOfAtLeast45To1(final String theme) throws IOException {
        final Map<String, String> palette = palette(theme);
        final Color page = resolve("-color-bg-default", palette);
        final Color card = resolve("-color-bg-subtle", palette);
        final Map<String, Double> tooFaint = new LinkedHashMap<>();
        final Matcher rule = RULE.matcher(stride());
        while (rule.find()) {
            final Map<String, String> decl = new HashMap<>();
            final Matcher d = DECLARATION.matcher(rule.group(2));
            while (d.find()) {
                decl.put(d.group(1), d.group(2).strip());
            }
            final String fill = decl.get("-fx-text-fill");
            if (fill == null || !fill.startsWith("-color-")) {
                continue;
            }
            final Color text = resolve(fill, palette);
            final List<Color> backgrounds = Optional.ofNullable(decl.get("-fx-background-color"))
                    .filter(b -> b.startsWith("-color-"))
                    .map(b -> List.of(over(resolve(b, palette), page), over(resolve(b, palette), card)))
                    .orElse(List.of(page, card));
            for (Color bg : backgrounds) {
                final double ratio = contrast(over(text, bg), bg);
                if (ratio < 4.5) {
                    tooFaint.put(rule.group(1).strip().replaceAll("\\s+", " "), Math.round(ratio * 100) / 100.0);
                }
            }
        }
        assertThat(tooFaint).as("rules whose text is below 4.5:1 in the " + theme + " theme").isEmpty();
    }

    @Test
    void textIsNeverFadedWithOpacity() throws IOException {
        // Opacity fades text and background alike, below the contrast the palette was chosen for.
        final List<String> faded = new ArrayList<>();
        final Matcher rule = RULE.matcher(stride());
        while (rule.find()) {
            final Matcher d = DECLARATION.matcher(rule.group(2));
            while (d.find()) {
                if (d.group(1).equals("-fx-opacity") && Double.parseDouble(d.group(2).strip()) < 1) {
                    faded.add(rule.group(1).strip());
                }
            }
        }
        assertThat(faded).isEmpty();
    }

    @Test
    void contrastIsComputedAsWcagSays() {
        assertThat(contrast(Color.BLACK, Color.WHITE)).isEqualTo(21.0);
        assertThat(contrast(Color.web("#767676"), Color.WHITE)).isBetween(4.5, 4.55);
        assertThat(String.format(Locale.ROOT, "%.1f", contrast(Color.web("#1a7f37"), Color.web("#dafbe1")))).isEqualTo("4.6");
    }

    @Test
    void runWalkChipsHaveAColourOfTheirOwnNotTheEasyGreen() throws IOException {
        final Map<String, String> bySelector = new HashMap<>();
        final Matcher rule = RULE.matcher(stride());
        while (rule.find()) {
            final Matcher d = DECLARATION.matcher(rule.group(2));
            while (d.find()) {
                if (d.group(1).equals("-fx-background-color")) {
                    for (String sel : rule.group(1).split(",")) {
                        bySelector.put(sel.replaceAll("(?s)/\\*.*?\\*/", "").strip(), d.group(2).strip());
                    }
                }
            }
        }
        assertThat(bySelector.get(".plan-chip-run-walk")).isNotNull().isNotEqualTo(bySelector.get(".plan-chip-easy"));
    }

    /** Chart bars and legend swatches are graphics: WCAG 1.4.11 asks 3:1 against the page and the card they sit on. */
    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void chartColoursHaveContrastOfAtLeast3To1(final String theme) throws IOException {
        final Map<String, String> palette = palette(theme);
        final Color page = resolve("-color-bg-default", palette);
        final Color card = resolve("-color-bg-subtle", palette);
        final Map<String, String> bars = new LinkedHashMap<>();
        final Matcher rule = RULE.matcher(stride());
        while (rule.find()) {
            final Matcher d = DECLARATION.matcher(rule.group(2));
            while (d.find()) {
                if (d.group(1).equals("-fx-bar-fill")) {
                    bars.put(rule.group(1).strip().replaceAll("\\s+", " "), d.group(2).strip());
                }
            }
        }
        assertThat(bars).as("the progress chart's bar colours").hasSizeGreaterThanOrEqualTo(2);
        final Map<String, Double> faint = new LinkedHashMap<>();
        for (Map.Entry<String, String> bar : bars.entrySet()) {
            for (Color bg : List.of(page, card)) {
                final double ratio = contrast(over(resolve(bar.getValue(), palette), bg), bg);
                if (ratio < 3) {
                    faint.put(bar.getKey(), Math.round(ratio * 100) / 100.0);
                }
            }
        }
        assertThat(faint).as("chart colours below 3:1 in the " + theme + " theme").isEmpty();
    }
}
