package app.stride.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.cli.CliRun;
import app.stride.settings.DistanceUnit;
import app.stride.store.DataFolder;
import app.stride.store.StoredPlanRows;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCsvTest {

    @TempDir
    Path dir;

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rReturn");

    private StrideServices services() {
        final StrideServices s = StrideServices.open(new DataFolder(dir.resolve("d")),
                Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC));
        s.database().inTransaction(c -> {
            c.createStatement().execute("INSERT INTO plan (id, status, goal, start_date, weeks, created_at) "
                    + "VALUES (1, 'current', 'finish', '2026-11-02', 6, '2026-11-01T00:00:00Z')");
            c.createStatement().execute("INSERT INTO plan_week (id, plan_id, number, phase, planned_m) VALUES (1, 1, 1, 'base', 20000)");
            c.createStatement().execute("INSERT INTO planned_session (id, week_id, date, original_date, type, distance_m, status) VALUES "
                    + "(1, 1, '2026-11-03', '2026-11-03', 'easy', 5000, 'done'), (2, 1, '2026-11-05', '2026-11-05', 'tempo', 6000, 'done'), "
                    + "(3, 1, '2026-11-07', '2026-11-07', 'long', 8000, 'skipped')");
            StoredPlanRows.complete(c, 1);
            c.createStatement().execute("INSERT INTO shoe (id, name) VALUES (1, '=cmd|'' /C calc''!A0')");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO logged_session (planned_session_id, date, type, distance_m, "
                    + "duration_s, effort_rpe, feel, notes, shoe_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 'x')")) {
                row(ps, 1, "2026-11-03", "easy", 5000, 1800, 4, 4, "Easy, \"chatty\"\nwith a friend");
                row(ps, 2, "2026-11-05", "tempo", 3000, 1000, 8, 2, "Stopped early");
                for (int i = 0; i < HOSTILE.size(); i++) {
                    row(ps, null, "2026-11-1" + i, "easy", 1609.344, 600, 3, 3, HOSTILE.get(i));
                }
            }
            return null;
        });
        return s;
    }

    private static void row(final PreparedStatement ps, final Integer planned, final String date, final String type, final double m,
                            final int s, final int rpe, final int feel, final String notes) throws java.sql.SQLException {
        ps.setObject(1, planned);
        ps.setString(2, date);
        ps.setString(3, type);
        ps.setDouble(4, m);
        ps.setInt(5, s);
        ps.setInt(6, rpe);
        ps.setInt(7, feel);
        ps.setString(8, notes);
        ps.executeUpdate();
    }

    private static List<CSVRecord> read(final Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    @Test
    void theLogReadsBackWithAHeaderEveryRowAndRfc4180Quoting() throws Exception {
        final Path out = services().exports().csv(dir.resolve("log.csv"), Optional.of(DistanceUnit.KM));

        final List<CSVRecord> rows = read(out);
        assertThat(Files.readString(out)).contains("\r\n").contains("\"Easy, \"\"chatty\"\"\nwith a friend\"");
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(
                "Date", "Planned session", "Status", "Distance (km)", "Time", "Pace (min/km)", "RPE", "Feel", "Notes", "Shoes");
        assertThat(rows).hasSize(3 + HOSTILE.size());
        final CSVRecord easy = rows.get(0);
        assertThat(easy.get("Date")).isEqualTo("2026-11-03");
        assertThat(easy.get("Planned session")).isEqualTo("Easy run");
        assertThat(easy.get("Status")).isEqualTo("done");
        assertThat(easy.get("Distance (km)")).isEqualTo("5.00");
        assertThat(easy.get("Time")).isEqualTo("30:00");
        assertThat(easy.get("Pace (min/km)")).isEqualTo("6:00");
        assertThat(easy.get("Notes")).isEqualTo("Easy, \"chatty\"\nwith a friend");
        assertThat(rows.get(1).get("Status")).isEqualTo("partial");
        assertThat(rows.get(2).get("Status")).isEqualTo("skipped");
        assertThat(rows.get(2).get("Distance (km)")).isEmpty();
        assertThat(rows.get(3).get("Status")).isEqualTo("extra run");
        assertThat(rows.get(3).get("Planned session")).isEmpty();
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreMadeInert() throws Exception {
        final List<CSVRecord> rows = read(services().exports().csv(dir.resolve("log.csv"), Optional.of(DistanceUnit.KM)));

        final List<String> notes = rows.subList(3, rows.size()).stream().map(r -> r.get("Notes")).toList();
        assertThat(notes).containsExactlyElementsOf(HOSTILE.stream().map(h -> "'" + h).toList());
        assertThat(rows).filteredOn(r -> !r.get("Shoes").isEmpty()).hasSize(rows.size() - 1)
                .allSatisfy(r -> assertThat(r.get("Shoes")).startsWith("'="));
        assertThat(rows).allSatisfy(r -> r.forEach(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r")));
    }

    @Test
    void milesForAMileRunner() throws Exception {
        final StrideServices s = services();
        s.settings().save(s.settings().load().withDistanceUnit(DistanceUnit.MI));

        final List<CSVRecord> rows = read(s.exports().csv(dir.resolve("log.csv"), Optional.empty()));

        assertThat(rows.get(3).get("Distance (mi)")).isEqualTo("1.00");
        assertThat(rows.get(3).get("Pace (min/mi)")).isEqualTo("10:00");
    }

    @Test
    void theCommandWritesTheFileAndBadInputWritesNothing() throws Exception {
        services();
        final String data = dir.resolve("d").toString();
        final Path out = dir.resolve("log.csv");

        final CliRun ok = CliRun.of("export", "csv", "--out", out.toString(), "--data-dir", data);
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(read(out)).hasSize(3 + HOSTILE.size());

        final Path other = dir.resolve("other.csv");
        final CliRun badUnit = CliRun.of("export", "csv", "--out", other.toString(), "--units", "furlongs", "--data-dir", data);
        assertThat(badUnit.exitCode()).isEqualTo(2);
        assertThat(badUnit.errLines()).singleElement().asString().contains("--units").contains("km or mi");
        final CliRun badFolder = CliRun.of("export", "csv", "--out", dir.resolve("no/such.csv").toString(), "--data-dir", data);
        assertThat(badFolder.exitCode()).isEqualTo(2);
        assertThat(badFolder.errLines()).singleElement().asString().contains("--out");
        assertThat(other).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("d", "log.csv");
        }
    }

    @Test
    void exportReadExportIsStable() throws Exception {
        final StrideServices s = services();
        final Path a = s.exports().csv(dir.resolve("a.csv"), Optional.of(DistanceUnit.KM));
        final Path b = s.exports().csv(dir.resolve("b.csv"), Optional.of(DistanceUnit.KM));
        assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
    }
}
