package app.stride.export;

import app.stride.common.Messages;
import app.stride.plan.SessionType;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.LogEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The log as CSV (RFC 4180: comma, CRLF, quotes doubled), in the runner's distance unit, one row per run or skipped
 * session. A text cell that a spreadsheet would take for a formula is made inert with a leading apostrophe.
 */
public final class LogCsv {

    /** Characters that make a spreadsheet cell a formula (OWASP "CSV injection"). */
    private static final String FORMULA_START = "=+-@\t\r";

    private LogCsv() {
    }

    /** The header row for {@code unit}. */
    public static List<String> header(final DistanceUnit unit) {
        return List.of(Messages.get("csv.date"), Messages.get("csv.planned"), Messages.get("csv.status"),
                Messages.get("csv.distance", unit.code()), Messages.get("csv.time"), Messages.get("csv.pace", unit.code()),
                Messages.get("csv.rpe"), Messages.get("csv.feel"), Messages.get("csv.notes"), Messages.get("csv.shoes"));
    }

    /** Writes {@code entries} as UTF-8 CSV to {@code out} (not closed). */
    public static void write(final List<LogEntry> entries, final DistanceUnit unit, final OutputStream out) throws IOException {
        final Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        final CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header(unit).toArray(String[]::new)).get());
        for (LogEntry e : entries) {
            csv.printRecord(row(e, unit));
        }
        csv.flush();
    }

    static List<String> row(final LogEntry e, final DistanceUnit unit) {
        final List<String> row = new ArrayList<>();
        row.add(e.date().toString());
        row.add(inert(e.plannedType().map(LogCsv::typeLabel).orElse("")));
        row.add(Messages.get("csv.status." + e.status().code()));
        row.add(e.distanceM().map(m -> String.format(Locale.ROOT, "%.2f", unit.fromMetres(m))).orElse(""));
        row.add(e.duration().map(LogCsv::clock).orElse(""));
        row.add(e.paceSecPerKm().map(p -> clock(Duration.ofSeconds(Math.round(p * unit.metres() / 1000.0)))).orElse(""));
        row.add(e.effortRpe().map(String::valueOf).orElse(""));
        row.add(e.feel().map(String::valueOf).orElse(""));
        row.add(inert(e.notes()));
        row.add(inert(e.shoe().orElse("")));
        return row;
    }

    /** A text cell a spreadsheet will show as text: one starting like a formula gets a leading apostrophe. */
    public static String inert(final String cell) {
        return !cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String typeLabel(final String code) {
        return SessionType.parse(code).map(app.stride.text.PlanText::typeName).orElse(code);
    }

    /** h:mm:ss, or m:ss under an hour. */
    static String clock(final Duration d) {
        final long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
