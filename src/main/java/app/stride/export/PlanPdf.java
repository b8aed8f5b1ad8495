package app.stride.export;

import app.stride.common.Messages;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The plan on one or two landscape pages (A4 or Letter) with PDFBox: the why on top, a week per row, days as columns.
 * The font is Liberation Sans (SIL Open Font License), which PDFBox ships; it is embedded as a subset, so the file
 * prints the same everywhere. Headings use a stroked fill for weight, as the regular face is the only one shipped.
 */
public final class PlanPdf {

    /** Paper sizes runners print on. */
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        private final PDRectangle size;

        Paper(final PDRectangle size) {
            this.size = size;
        }

        /** Letter in the US and Canada, A4 elsewhere. */
        public static Paper forLocale(final Locale locale) {
            return "US".equals(locale.getCountry()) || "CA".equals(locale.getCountry()) ? LETTER : A4;
        }
    }

    /** More weeks than this go on two pages, so cells keep room for three lines. */
    static final int ROWS_PER_PAGE = 10;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 32;
    private static final Color INK = new Color(0x1f, 0x23, 0x28);
    private static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    private static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    private static final Color RULE_TEXT = new Color(0xaf, 0xb8, 0xc1);
    private static final Color SHADE = new Color(0xf6, 0xf8, 0xfa);

    private PlanPdf() {
    }

    /** Writes {@code plan} to {@code out}. */
    public static void write(final PrintedPlan plan, final Paper paper, final OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            final PDFont font;
            try (InputStream ttf = PlanPdf.class.getResourceAsStream(FONT)) {
                if (ttf == null) {
                    throw new IOException("the PDF font is missing from pdfbox");
                }
                font = PDType0Font.load(doc, ttf, true);
            }
            final PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(plan.title());
            info.setCreator("Stride");
            final int pages = plan.rows().size() > ROWS_PER_PAGE ? 2 : 1;
            final int perPage = (plan.rows().size() + pages - 1) / pages;
            for (int p = 0; p < pages; p++) {
                final List<PrintedPlan.Row> rows = plan.rows().subList(p * perPage, Math.min(plan.rows().size(), (p + 1) * perPage));
                final PDPage page = new PDPage(new PDRectangle(paper.size.getHeight(), paper.size.getWidth()));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    new Painter(cs, font, page.getMediaBox()).page(plan, rows, p == 0, perPage);
                }
            }
            doc.save(out);
        }
    }

    /** Draws one page. */
    private static final class Painter {
        private final PDPageContentStream cs;
        private final PDFont font;
        private final float width;
        private final float height;

        Painter(final PDPageContentStream cs, final PDFont font, final PDRectangle box) {
            this.cs = cs;
            this.font = font;
            this.width = box.getWidth();
            this.height = box.getHeight();
        }

        void page(final PrintedPlan plan, final List<PrintedPlan.Row> rows, final boolean first, final int perPage) throws IOException {
            float y = height - MARGIN;
            text(plan.title(), MARGIN, y - 18, 18, INK, true);
            y -= 26;
            if (first && plan.why().isPresent()) {
                for (String line : wrap(Messages.get("print.why", plan.why().get()), 12, width - 2 * MARGIN)) {
                    text(line, MARGIN, y - 13, 12, INK, false);
                    y -= 16;
                }
            }
            text(plan.subtitle(), MARGIN, y - 11, 9, MUTED, false);
            y -= 22;

            final float weekCol = 78;
            final float dayCol = (width - 2 * MARGIN - weekCol) / 7;
            final float headerH = 16;
            final float footer = 22;
            final float rowH = Math.min(58, (y - headerH - MARGIN - footer) / perPage);
            // day header
            fill(MARGIN, y - headerH, width - 2 * MARGIN, headerH, SHADE);
            for (int d = 0; d < 7; d++) {
                text(plan.dayNames().get(d), MARGIN + weekCol + d * dayCol + 5, y - 11.5f, 9, MUTED, true);
            }
            y -= headerH;
            for (int i = 0; i < rows.size(); i++) {
                final PrintedPlan.Row row = rows.get(i);
                final float top = y - i * rowH;
                if (row.number() % 2 == 0) {
                    fill(MARGIN, top - rowH, weekCol, rowH, SHADE);
                }
                text(Messages.get("print.week", row.number()), MARGIN + 5, top - 12, 9.5f, INK, true);
                text(row.phase(), MARGIN + 5, top - 23, 8, MUTED, false);
                text(row.dates(), MARGIN + 5, top - 33, 7, MUTED, false);
                for (int d = 0; d < 7; d++) {
                    final Optional<PrintedPlan.Cell> cell = row.days().get(d);
                    if (cell.isPresent()) {
                        cell(cell.get(), MARGIN + weekCol + d * dayCol, top, dayCol, rowH);
                    } else {
                        text(Messages.get("print.rest"), MARGIN + weekCol + d * dayCol + 7, top - 11, 7.5f, RULE_TEXT, false);
                    }
                }
                line(MARGIN, top - rowH, width - MARGIN, top - rowH);
            }
            for (int d = 0; d <= 7; d++) {
                final float x = MARGIN + weekCol + d * dayCol;
                line(x, y + headerH, x, y - rows.size() * rowH);
            }
            line(MARGIN, y + headerH, width - MARGIN, y + headerH);
            line(MARGIN, y, width - MARGIN, y);
            text(Messages.get("print.footer"), MARGIN, MARGIN - 12, 7.5f, MUTED, false);
        }

        private void cell(final PrintedPlan.Cell c, final float x, final float top, final float w, final float h) throws IOException {
            fill(x + 0.5f, top - 3.5f, 3, -(h - 7), accent(c.typeCode()));
            float y = top - 11;
            final float tx = x + 7;
            final float tw = w - 10;
            final String mark = c.status() == app.stride.plan.SessionStatus.DONE ? " (" + Messages.get("print.done") + ")"
                    : c.status() == app.stride.plan.SessionStatus.SKIPPED ? " (" + Messages.get("print.skipped") + ")" : "";
            for (String l : wrap(c.type() + mark, 8, tw)) {
                if (y < top - h + 4) {
                    return;
                }
                text(l, tx, y, 8, INK, true);
                y -= 9.5f;
            }
            for (String part : new String[] {c.amount(), c.how()}) {
                for (String l : wrap(part, 7, tw)) {
                    if (y < top - h + 4) {
                        return;
                    }
                    text(l, tx, y, 7, part == c.how() ? MUTED : INK, false);
                    y -= 8.5f;
                }
            }
        }

        private static Color accent(final String type) {
            return switch (type) {
                case "race" -> new Color(0xcf, 0x22, 0x2e);
                case "tempo", "intervals", "repetitions", "hills", "race-pace", "time-trial" -> new Color(0xbf, 0x87, 0x00);
                case "long" -> new Color(0x82, 0x50, 0xdf);
                case "cross-training" -> new Color(0x8c, 0x95, 0x9f);
                default -> new Color(0x1a, 0x7f, 0x37);
            };
        }

        private List<String> wrap(final String text, final float size, final float max) throws IOException {
            final List<String> lines = new ArrayList<>();
            if (text == null || text.isBlank()) {
                return lines;
            }
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                final String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, size) <= max || line.length() == 0) {
                    line = new StringBuilder(candidate);
                } else {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private float width(final String s, final float size) throws IOException {
            return font.getStringWidth(printable(s)) / 1000 * size;
        }

        /** The text with characters the font lacks (✓, emoji) left out rather than failing the page. */
        private String printable(final String s) {
            final StringBuilder out = new StringBuilder();
            s.codePoints().forEach(cp -> {
                final String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append(cp == '\t' || cp == '\n' ? " " : "");
                }
            });
            return out.toString();
        }

        private void text(final String s, final float x, final float y, final float size, final Color color, final boolean bold)
                throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(color);
            if (bold) {
                cs.setStrokingColor(color);
                cs.setLineWidth(size / 40);
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.newLineAtOffset(x, y);
            cs.showText(printable(s));
            cs.endText();
        }

        private void fill(final float x, final float y, final float w, final float h, final Color c) throws IOException {
            cs.setNonStrokingColor(c);
            cs.addRect(x, y, w, h);
            cs.fill();
        }

        private void line(final float x1, final float y1, final float x2, final float y2) throws IOException {
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.6f);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        }
    }
}
