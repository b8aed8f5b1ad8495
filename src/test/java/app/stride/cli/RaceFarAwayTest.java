package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Coach review 5, defect 10 (n10): a half 13 weeks after the start date was an error ("a plan runs 3–12 weeks"). A
 * coach plans it: 12 weeks that start later, and a note saying until when to keep running as now. Failed before the
 * fix (exit 2).
 */
class RaceFarAwayTest {

    private static final String[] N10 = {"plan", "--distance", "half", "--weekly-km", "35", "--longest-run-km", "15",
        "--runs-per-week", "4", "--days", "mon,wed,fri,sat", "--long-run-day", "sat", "--race-date", "2027-03-06",
        "--recent-race", "5k=25:00", "--start-date", "2026-12-07"};

    @Test
    void aRaceThirteenWeeksAwayGetsATwelveWeekPlanThatStartsLater() throws Exception {
        final String[] args = java.util.Arrays.copyOf(N10, N10.length + 1);
        args[N10.length] = "--json";
        final CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        final JsonNode p = new ObjectMapper().readTree(r.out());
        assertThat(p.get("weeks")).hasSize(12);
        assertThat(p.get("weeks").get(0).get("startDate").asText()).isEqualTo("2026-12-13");
        final JsonNode last = p.get("weeks").get(11).get("sessions");
        assertThat(last.get(last.size() - 1).get("date").asText()).isEqualTo("2027-03-06");
        assertThat(p.get("warnings").findValuesAsText("code")).contains("startsLater");
    }

    @Test
    void aRaceFarBeyondTwelveWeeksStillSaysTheRange() {
        final String[] args = N10.clone();
        args[14] = "2027-06-05";
        final CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--race-date").contains("12 weeks");
    }

    @Test
    void theTableSaysUntilWhenToKeepRunningAsNow() {
        final CliRun r = CliRun.of(N10);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("more than 12 weeks away").contains("keep running as you do now")
                .contains("13 Dec 2026");
    }
}
