package app.stride.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for the terminal whose columns are as wide as their widest cell as it shows on screen: a cell
 * like "90 s–3 min / 90 s–3 min" widens its column instead of pushing the rest of its row out of line (issue 11,
 * fixed {@code %-14s} widths), and widths count what a terminal draws (an accent or a combining mark takes no
 * column, a CJK character or an emoji two), not Java chars.
 */
final class TextTable {

    /** Which side of its column a cell keeps to. */
    enum Align { LEFT, RIGHT }

    private final String indent;
    private final String gap;
    private final Align[] aligns;
    private final List<String[]> rows = new ArrayList<>();

    /** Columns aligned as {@code aligns}, each line starting with {@code indent}, columns {@code gap} apart. */
    TextTable(final String indent, final String gap, final Align... aligns) {
        this.indent = indent;
        this.gap = gap;
        this.aligns = aligns.clone();
    }

    /** Adds a row of as many cells as there are columns (null reads as empty). */
    TextTable row(final String... cells) {
        if (cells.length != aligns.length) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + aligns.length + " columns");
        }
        rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c).toArray(String[]::new));
        return this;
    }

    /** The rows as lines, in the order added; the last column is not padded and no line ends in spaces. */
    List<String> lines() {
        final int[] widths = new int[aligns.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        final List<String> out = new ArrayList<>();
        for (String[] r : rows) {
            final StringBuilder b = new StringBuilder(indent);
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    b.append(gap);
                }
                final String pad = " ".repeat(widths[i] - width(r[i]));
                b.append(aligns[i] == Align.RIGHT ? pad + r[i] : i == r.length - 1 ? r[i] : r[i] + pad);
            }
            out.add(b.toString().stripTrailing());
        }
        return out;
    }

    /** The columns {@code text} takes in a terminal. */
    static int width(final String text) {
        return text.codePoints().map(TextTable::columns).sum();
    }

    private static int columns(final int cp) {
        final int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return wide(cp) ? 2 : 1;
    }

    /** East Asian wide and full-width characters and emoji (Unicode's EastAsianWidth W and F, in broad ranges). */
    private static boolean wide(final int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
