package app.stride.ui.plan;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A calendar chip's session name that goes onto more lines only where a word or a hyphen ends ("Cross-" /
 * "training"), never inside a word as JavaFX's own wrapping does ("Cross-tra" / "ining", new-user review 6, 4); a word
 * that still does not fit takes a smaller font rather than a split or "…".
 */
final class ChipName extends Label {

    /** The smallest font a name shrinks to, as a share of the chip's own. */
    private static final double SMALLEST = 0.7;

    private final String name;
    private double laidOutFor = -1;

    ChipName(final String name) {
        super(name);
        this.name = name;
        setWrapText(false);
        setMinWidth(0);
        // The name's room is the chip's, not its own text's: otherwise a name once broken for a narrow first layout
        // keeps the narrow width its broken lines ask for ("Hil-" / "ls") when the day grows.
        setMaxWidth(Double.MAX_VALUE);
        widthProperty().addListener((o, a, w) -> fit(w.doubleValue()));
        fontProperty().addListener((o, a, f) -> laidOutFor = -1);
    }

    /** The name as the runner reads it, whatever lines it is on. */
    String name() {
        return name;
    }

    @Override
    protected void layoutChildren() {
        fit(getWidth());
        super.layoutChildren();
    }

    private void fit(final double width) {
        if (width <= 0 || width == laidOutFor) {
            return;
        }
        laidOutFor = width;
        final double room = width - snappedLeftInset() - snappedRightInset() - 1;
        final Font font = cssFont();
        double size = font.getSize();
        List<String> lines = lines(name, new Font(font.getName(), size), room);
        while (widest(lines, new Font(font.getName(), size)) > room && size > font.getSize() * SMALLEST) {
            size -= 0.5;
            lines = lines(name, new Font(font.getName(), size), room);
        }
        if (widest(lines, new Font(font.getName(), size)) > room) {
            // A single word too wide even at the smallest font is hyphenated where it must, never cut to "…".
            lines = hyphenated(lines, new Font(font.getName(), size), room);
        }
        final String text = String.join("\n", lines);
        final String style = size < font.getSize() ? "-fx-font-size: " + size + "px;" : "";
        if (!text.equals(getText())) {
            setText(text);
        }
        if (!style.equals(getStyle())) {
            setStyle(style);
        }
    }

    /** The chip's font before any shrinking of ours. */
    private Font cssFont() {
        final Font f = getFont();
        if (getStyle().isEmpty()) {
            base = f;
        }
        return base == null ? f : base;
    }

    private Font base;

    /** Each line wider than {@code room} broken with a hyphen after the most letters that fit (at least two). */
    static List<String> hyphenated(final List<String> lines, final Font font, final double room) {
        final List<String> out = new ArrayList<>();
        for (String line : lines) {
            String rest = line;
            while (width(rest, font) > room && rest.length() > 4) {
                int cut = rest.length() - 2;
                while (cut > 2 && width(rest.substring(0, cut) + "-", font) > room) {
                    cut--;
                }
                out.add(rest.substring(0, cut) + "-");
                rest = rest.substring(cut);
            }
            out.add(rest);
        }
        return out;
    }

    /** Words (a hyphen ends one, and stays with it) filled greedily into lines no wider than {@code room}. */
    static List<String> lines(final String name, final Font font, final double room) {
        final List<String> out = new ArrayList<>();
        String line = "";
        for (String word : words(name)) {
            final String joined = line + word;
            if (line.isEmpty() || width(joined.strip(), font) <= room) {
                line = joined;
            } else {
                out.add(line.strip());
                line = word.stripLeading();
            }
        }
        if (!line.isBlank()) {
            out.add(line.strip());
        }
        return out;
    }

    /** The name cut after each space and each hyphen, the spaces kept at the front of the next word. */
    static List<String> words(final String name) {
        final List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < name.length(); i++) {
            final char c = name.charAt(i);
            if ((c == '-' || c == '/') && i + 1 < name.length()) {
                out.add(name.substring(from, i + 1));
                from = i + 1;
            } else if (c == ' ' && i > from) {
                out.add(name.substring(from, i));
                from = i;
            }
        }
        out.add(name.substring(from));
        return out;
    }

    private static double widest(final List<String> lines, final Font font) {
        return lines.stream().mapToDouble(l -> width(l, font)).max().orElse(0);
    }

    private static double width(final String s, final Font font) {
        final Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
