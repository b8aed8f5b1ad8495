package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coach review B40 through the command line: 39 days off three weeks before a 10K restarts through the time-off table. */
class AdaptLateLongBreakCommandTest {

    @TempDir
    Path dir;

    @Test
    void thirtyNineDaysOffThreeWeeksBeforeA10kRestartsNearHalfAtDetrainedPaces() throws Exception {
        final String d = dir.toString();
        final CliRun plan = CliRun.of("plan", "--distance", "10k", "--weekly-km", "30", "--longest-run-km", "10",
                "--runs-per-week", "4", "--recent-race", "10k=55:00", "--weeks", "10", "--start-date", "2026-12-07",
                "--data-dir", d, "--save");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        for (String[] run : new String[][] {{"2026-12-08", "7.5"}, {"2026-12-10", "7.5"}, {"2026-12-12", "3.5"},
                {"2026-12-13", "11.5"}}) {
            final CliRun log = CliRun.of("log", "--date", run[0], "done", "--distance-km", run[1], "--as-of", run[0],
                    "--data-dir", d);
            assertThat(log.exitCode()).as(log.err()).isZero();
        }

        final CliRun adapt = CliRun.of("adapt", "--as-of", "2027-01-22", "--json", "--data-dir", d);

        assertThat(adapt.exitCode()).as(adapt.err()).isZero();
        final JsonNode j = new ObjectMapper().readTree(adapt.out());
        // Before: "bridge", too-close-to-rebuild, a 28.7 km first week and race pace at 5:30/km in the taper.
        assertThat(j.get("proposal").asText()).isEqualTo("rebuild");
        final List<String> warnings = new ArrayList<>();
        j.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(warnings).contains("time-off", "not-ready").doesNotContain("too-close-to-rebuild");
        double firstFullWeek = 0;
        for (JsonNode c : j.get("changes")) {
            final JsonNode to = c.path("to");
            if (to.isMissingNode() || to.isNull()) {
                continue;
            }
            final LocalDate day = LocalDate.parse(c.get("date").asText());
            assertThat(to.get("type").asText()).as(day.toString()).isNotEqualTo("race-pace");
            if (to.get("type").asText().equals("race")) {
                assertThat(day).isEqualTo(LocalDate.of(2027, 2, 14));
                continue;
            }
            if (!day.isBefore(LocalDate.of(2027, 1, 25)) && !day.isAfter(LocalDate.of(2027, 1, 31))) {
                final JsonNode pace = to.get("pace");
                firstFullWeek += to.hasNonNull("distanceKm") ? to.get("distanceKm").asDouble()
                        : to.get("durationMin").asDouble() * 60
                                / ((pace.get("minSecPerKm").asDouble() + pace.get("maxSecPerKm").asDouble()) / 2);
            }
            // The paces are the detrained ones: nothing at the old easy pace's fast end (6:32/km) or quicker.
            if (to.hasNonNull("pace")) {
                assertThat(to.get("pace").get("minSecPerKm").asInt()).as(day.toString()).isGreaterThan(392);
            }
        }
        // The first full week back is the ramp's second, three quarters of the 30 km week (coach review 4 p18: the ramp
        // reaches its shares; it was held near half).
        assertThat(firstFullWeek).isBetween(12.0, 22.5);
    }
}
