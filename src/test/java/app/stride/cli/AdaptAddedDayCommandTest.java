package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coach review set-up D through the command line: a day added with {@code adapt --days} gets runs. */
class AdaptAddedDayCommandTest {

    @TempDir
    Path dir;

    @Test
    void anAddedSaturdayGetsARunInTheStoredPlansRebuild() throws Exception {
        // 22 km a week: the week has room for a fourth run of 20 minutes (at 18 km the week no longer grows with the
        // long run, peak volume, and the day before the long run would be a filler run: RunCount keeps it a rest day).
        final CliRun plan = CliRun.of("plan", "--distance", "10k", "--weekly-km", "22", "--longest-run-km", "7",
                "--runs-per-week", "3", "--days", "tue,thu,sun", "--weeks", "10", "--start-date", "2026-12-07",
                "--data-dir", dir.toString(), "--save");
        assertThat(plan.exitCode()).as(plan.err()).isZero();

        final CliRun run = CliRun.of("adapt", "--as-of", "2026-12-16", "--days", "tue,thu,sat,sun", "--json",
                "--data-dir", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        final JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.get("proposal").asText()).isEqualTo("rebuild");
        final List<String> warnings = new ArrayList<>();
        j.get("warnings").forEach(w -> warnings.add(w.isTextual() ? w.asText() : w.path("code").asText()));
        // Before the fix: "days-not-used", no Saturday in any rebuilt week.
        assertThat(warnings).doesNotContain("days-not-used");
        final List<LocalDate> saturdays = new ArrayList<>();
        j.get("changes").forEach(c -> {
            final JsonNode to = c.path("to");
            if (!to.isMissingNode() && !to.isNull()
                    && LocalDate.parse(c.get("date").asText()).getDayOfWeek() == DayOfWeek.SATURDAY) {
                saturdays.add(LocalDate.parse(c.get("date").asText()));
            }
        });
        assertThat(saturdays).isNotEmpty();
    }

    @Test
    void theTextSaysFromWhichWeekTheAddedSaturdayIsUsed() throws Exception {
        saveSetUpD();

        final CliRun json = CliRun.of("adapt", "--as-of", "2026-12-16", "--days", "tue,thu,sat,sun", "--json",
                "--data-dir", dir.toString());
        final JsonNode j = new ObjectMapper().readTree(json.out());
        final LocalDate first = firstSaturdayRun(j);
        final List<String> warnings = new ArrayList<>();
        j.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(warnings).contains("days-used-from");
        final CliRun text = CliRun.of("adapt", "--as-of", "2026-12-16", "--days", "tue,thu,sat,sun",
                "--data-dir", dir.toString());

        assertThat(text.exitCode()).as(text.err()).isZero();
        // Before: Saturday had no run for the first weeks and the text said nothing about it.
        final LocalDate weekOf = first.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(text.out()).contains(app.stride.format.Dates.weekday(DayOfWeek.SATURDAY) + " stays a rest day")
                .contains("week of " + app.stride.format.Dates.day(weekOf));
    }

    @Test
    void theJsonNoteCarriesTheDaysAndTheWeek() throws Exception {
        // Review: adapt --json wrote only the code "days-used-from", without the day or the week it names.
        saveSetUpD();

        final CliRun json = CliRun.of("adapt", "--as-of", "2026-12-16", "--days", "tue,thu,sat,sun", "--json",
                "--data-dir", dir.toString());
        assertThat(json.exitCode()).as(json.err()).isZero();
        final JsonNode j = new ObjectMapper().readTree(json.out());
        final LocalDate first = firstSaturdayRun(j);
        final LocalDate weekOf = first.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // "warnings" keeps its shape (codes as strings) for existing readers.
        assertThat(j.get("warnings").get(0).isTextual()).isTrue();
        final List<JsonNode> late = new ArrayList<>();
        j.get("notes").forEach(n -> {
            if (n.get("code").asText().equals("days-used-from")) {
                late.add(n);
            }
        });
        assertThat(late).hasSize(1);
        assertThat(late.get(0).get("days").toString()).isEqualTo("[\"SATURDAY\"]");
        assertThat(late.get(0).get("weekOf").asText()).isEqualTo(weekOf.toString());
        assertThat(late.get(0).get("dayCount").asInt()).isEqualTo(1);
    }

    /**
     * Set-up D with a time goal at 12 km, saved: the weeks grow enough for Saturday from the week of 4 Jan (with a
     * finish goal at 18 km they stay near the current week since peak volume, and Saturday is never used). At 16 km
     * Saturday is used from the first rebuilt week since a week keeps its runs down to 15 minutes (RunsKept, coach
     * review 4), so the note needs the smaller runner.
     */
    private void saveSetUpD() {
        final CliRun plan = CliRun.of("plan", "--distance", "10k", "--weekly-km", "12", "--longest-run-km", "7",
                "--runs-per-week", "3", "--days", "tue,thu,sun", "--recent-race", "10k=60:00", "--target-time", "58:00",
                "--weeks", "10", "--start-date", "2026-12-07",
                "--data-dir", dir.toString(), "--save");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
    }

    /** The earliest Saturday the proposal's changes give a session. */
    private static LocalDate firstSaturdayRun(final JsonNode adapt) {
        LocalDate first = null;
        for (JsonNode c : adapt.get("changes")) {
            final LocalDate d = LocalDate.parse(c.get("date").asText());
            if (!c.path("to").isMissingNode() && !c.path("to").isNull() && d.getDayOfWeek() == DayOfWeek.SATURDAY
                    && (first == null || d.isBefore(first))) {
                first = d;
            }
        }
        assertThat(first).as("a Saturday with a session").isNotNull();
        return first;
    }
}
