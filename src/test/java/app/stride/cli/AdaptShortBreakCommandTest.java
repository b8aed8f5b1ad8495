package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coach review set-up A through the command line: 30 km weeks, one week run in full, then 13 days without running. The
 * week back is held to about half of the last full week, and the weeks then climb back toward it (Daniels: half,
 * three quarters, then all of it); before, the whole re-plan was scaled to the week back and peaked at 22 km.
 */
class AdaptShortBreakCommandTest {

    @TempDir
    Path dir;

    @Test
    void afterThirteenDaysOffTheWeeksClimbBackTowardTheOldWeek() throws Exception {
        final CliRun plan = CliRun.of("plan", "--distance", "10k", "--weekly-km", "30", "--longest-run-km", "10",
                "--runs-per-week", "4", "--recent-race", "10k=55:00", "--weeks", "10", "--start-date", "2026-12-07",
                "--data-dir", dir.toString(), "--save");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        for (String[] run : new String[][] {{"2026-12-08", "7.5"}, {"2026-12-10", "7.5"}, {"2026-12-12", "3.5"},
                {"2026-12-13", "11.5"}, {"2026-12-15", "5"}}) {
            final CliRun log = CliRun.of("log", "--date", run[0], "done", "--as-of", "2026-12-28", "--distance-km", run[1],
                    "--data-dir", dir.toString());
            assertThat(log.exitCode()).as(log.err()).isZero();
        }

        final CliRun run = CliRun.of("adapt", "--as-of", "2026-12-29", "--json", "--data-dir", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        final JsonNode j = new ObjectMapper().readTree(run.out());
        assertThat(j.get("proposal").asText()).isEqualTo("rebuild");
        // Running per plan week (Mondays) of the rebuilt days, the race left out.
        final Map<LocalDate, Double> weeks = new TreeMap<>();
        for (JsonNode c : j.get("changes")) {
            final JsonNode to = c.path("to");
            if (!to.isMissingNode() && !to.isNull() && !"race".equals(to.path("type").asText())) {
                final LocalDate d = LocalDate.parse(c.get("date").asText());
                weeks.merge(d.minusDays(d.getDayOfWeek().getValue() - 1L), to.path("distanceKm").asDouble(), Double::sum);
            }
        }
        assertThat(weeks.get(LocalDate.of(2026, 12, 28))).as("week back").isBetween(15.0, 17.5);
        // 17 -> 18.9 -> 21.5 -> 24.2 -> 27.4 km before the taper (before: 17 -> 18.9 -> 20.5 -> 14.5 -> 22.2).
        assertThat(weeks.get(LocalDate.of(2027, 1, 25))).as("last week before the taper").isGreaterThanOrEqualTo(25.5);
        double before = 0;
        for (LocalDate w = LocalDate.of(2026, 12, 28); w.isBefore(LocalDate.of(2027, 2, 1)); w = w.plusWeeks(1)) {
            assertThat(weeks.get(w)).as("no cutback while climbing back: week of " + w).isGreaterThan(before);
            before = weeks.get(w);
        }
    }
}
