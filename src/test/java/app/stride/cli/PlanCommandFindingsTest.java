package app.stride.cli;

import static app.stride.cli.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.cli.PlanCommandTest.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The command-line findings of issue 7, item 8 and the refusals of item 3: each failed before the fix. */
class PlanCommandFindingsTest {

    /** The Sunday of a 10-week plan from the default start (next Monday): today + 10 weeks made 11 weeks on a Sunday. */
    private static final String RACE = app.stride.plan.PlanDates.defaultStart(LocalDate.now()).plusWeeks(9).plusDays(6).toString();

    private static JsonNode json(final Result r) throws Exception {
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void longestRunInMilesIsTheSameRunInKilometres() throws Exception {
        final JsonNode mi = json(run("plan", "--distance", "10k", "--race-date", RACE, "--weekly-mi", "15",
                "--longest-run-mi", "5", "--json"));
        final JsonNode km = json(run("plan", "--distance", "10k", "--race-date", RACE, "--weekly-mi", "15",
                "--longest-run-km", "8.04672", "--json"));
        assertThat(mi.get("weeks")).isEqualTo(km.get("weeks"));
    }

    @Test
    void problemsSpeakTheUnitTheRunnerTyped() {
        final Result r = run("plan", "--distance", "10k", "--race-date", RACE, "--weekly-mi", "200");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("stride: --weekly-mi:").contains("155.3 mi").contains("(got 200 mi)")
                .doesNotContain("km").doesNotContain("\n");
    }

    @Test
    void runWalkRatiosReadAsMinutesAndSeconds() {
        final Result r = run("plan", "--distance", "10k", "--race-date", RACE, "--recent-race", "5k=30:00",
                "--weekly-km", "20", "--run-walk", "600/30");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("10 min / 30 s").doesNotContain("600s").doesNotContain("600 s");
    }

    @Test
    void raceWeekTotalsLeaveTheRaceOut() throws Exception {
        final Result r = run("plan", "--distance", "half", "--race-date", RACE, "--recent-race", "10k=50:00",
                "--weekly-km", "35", "--longest-run-km", "14");
        assertThat(r.code()).isZero();
        // The race is 10 weeks from today: on a Monday the plan starts today and the race falls in week 11.
        final String lastWeek = r.out().lines().filter(l -> l.startsWith("Week ")).reduce((a, b) -> b).orElseThrow();
        assertThat(lastWeek).contains("+ the race");
        final JsonNode j = json(run("plan", "--distance", "half", "--race-date", RACE, "--recent-race", "10k=50:00",
                "--weekly-km", "35", "--longest-run-km", "14", "--json"));
        final JsonNode last = j.get("weeks").get(j.get("weeks").size() - 1);
        assertThat(last.get("plannedKm").asDouble() - last.get("trainingKm").asDouble()).isCloseTo(21.1, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aComfortableFinishDoesNotShowTheAllOutTime() throws Exception {
        final JsonNode j = json(run("plan", "--distance", "10k", "--goal", "finish", "--race-date", RACE,
                "--recent-race", "10k=50:00", "--weekly-km", "30", "--json"));
        assertThat(j.get("raceTime").get("fastest").asText()).isNotEqualTo(j.get("fitness").get("predicted").get("10k").asText());
        final JsonNode lastWeek = j.get("weeks").get(j.get("weeks").size() - 1);
        final JsonNode race = lastWeek.get("sessions").get(lastWeek.get("sessions").size() - 1);
        assertThat(race.get("description").asText()).doesNotContain("aiming at");
        assertThat(race.get("durationMin").asInt()).isGreaterThan(52);
    }

    @Test
    void aRaceThreeWeeksAwayIsRefusedRatherThanPlannedInThePast() {
        final Result r = run("plan", "--distance", "5k", "--race-date", LocalDate.now().plusWeeks(3).toString(), "--weeks", "6");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("stride: --race-date:").contains("would have started in the past").doesNotContain("\n");
    }

    @Test
    void aPastRaceWithAPastStartIsRefused() {
        final Result r = run("plan", "--distance", "5k", "--start-date", LocalDate.now().minusWeeks(10).toString(),
                "--race-date", LocalDate.now().minusWeeks(2).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("stride: --race-date:").contains("already past");
    }

    @Test
    void anImpossibleGoalIsRefusedInOneLineWithAlternatives() {
        final Result r = run("plan", "--distance", "half", "--weeks", "6", "--continuous-min", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("stride: --race-date:").contains("too short")
                // Quality review: the earliest safe date for the half too, after the 5K's plan.
                .containsPattern("Alternatives: the 5K first, then this race on \\w{3} \\d{1,2} \\w{3} \\d{4} or later\\.")
                .doesNotContain("\n");
    }

    /** Coach's leftovers (issue 7, second round): the refusal's sentence ends before its alternatives. */
    @Test
    void theRefusalEndsItsSentenceBeforeTheAlternatives() {
        final Result r = run("plan", "--distance", "half", "--weeks", "6", "--continuous-min", "0");
        assertThat(r.err()).contains("comfortably. Alternatives: the 5K first, then this race on ").endsWith(" or later.\n");
    }

    @Test
    void aPlanWithoutARaceIsNotNamedTwice() {
        final Result r = run("plan", "--goal", "consistency", "--days", "tue,thu,sat", "--weekly-km", "20");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("Plan: consistency, ").doesNotContain("(consistency)");
    }

    /** A runner who gives a recent race races as fast as fitness allows unless they ask for a comfortable finish. */
    @Test
    void aRecentRaceMakesTheDefaultGoalATimeGoal() throws Exception {
        final JsonNode j = json(run("plan", "--distance", "10k", "--race-date", RACE, "--recent-race", "5k=25:00",
                "--weekly-km", "30", "--json"));
        assertThat(j.path("inputs").path("goal").asText("")).isIn("time", "");
        assertThat(j.path("racePace").isObject()).as("a time goal races at a pace").isTrue();
        final Result table = run("plan", "--distance", "10k", "--race-date", RACE, "--recent-race", "5k=25:00", "--weekly-km", "30");
        assertThat(table.out().lines().findFirst().orElseThrow()).contains("(time)");
        final Result noRace = run("plan", "--distance", "10k", "--race-date", RACE, "--weekly-km", "30");
        assertThat(noRace.out().lines().findFirst().orElseThrow()).contains("(finish)");
    }

    /** Coach review 5, defect 5: an effort-only half showed one time, 2:43:30, whatever the runner told. */
    @Test
    void anEffortOnlyRaceShowsItsRangeInTheHeaderAndOnRaceDay() {
        final Result r = run("plan", "--distance", "half", "--weekly-km", "40", "--longest-run-km", "16",
                "--runs-per-week", "4", "--weeks", "12", "--start-date", "2026-12-07");
        assertThat(r.code()).isZero();
        final String header = r.out().lines().filter(l -> l.startsWith("Race: likely ")).findFirst().orElseThrow();
        assertThat(header).matches("Race: likely 2:\\d\\d:00 to 2:\\d\\d:00, .*");
        final String raceDay = r.out().lines().filter(l -> l.contains(" race ")).reduce((a, b) -> b).orElseThrow();
        assertThat(raceDay).contains("likely " + header.substring("Race: likely ".length(), header.indexOf(','))
                + " by feel").doesNotContain("2:43:30");
        final Result small = run("plan", "--distance", "half", "--weekly-km", "20", "--longest-run-km", "10",
                "--runs-per-week", "4", "--weeks", "12", "--start-date", "2026-12-07");
        assertThat(small.out().lines().filter(l -> l.startsWith("Race: likely ")).findFirst().orElseThrow())
                .isNotEqualTo(header);
    }
}
