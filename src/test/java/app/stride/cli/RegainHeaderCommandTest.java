package app.stride.cli;

import static app.stride.cli.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.cli.PlanCommandTest.Result;
import org.junit.jupiter.api.Test;

/**
 * The plan header says what the plan does (coach review 5): a returner's work paces quicken week by week, so the
 * header shows today's and the race week's (r02: one line of today's paces only, while the sessions run quicker);
 * r05 races as a finish and the title says so (was "5k (time)"). Failed before.
 */
class RegainHeaderCommandTest {

    @Test
    void r02ShowsThePacesNowAndByRaceWeek() {
        final Result r = run("plan", "--distance", "10k", "--weekly-km", "35", "--longest-run-km", "12", "--runs-per-week", "4",
                "--days-off", "90", "--recent-race", "10k=45:00", "--target-time", "45:00", "--weeks", "10",
                "--start-date", "2026-12-07");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Paces per km now: easy 6:28–7:05, marathon 5:51–5:57, threshold 5:28–5:34, interval 5:02–5:08")
                .contains("By race week, as your fitness comes back: threshold ")
                // The race and its rehearsals at the predicted 46:36's pace, not held back to today's intervals.
                .contains("× 1 km at race pace (4:40 each)");
    }

    @Test
    void r05IsTitledAsTheFinishItIsPlannedAs() {
        final Result r = run("plan", "--distance", "5k", "--weekly-km", "8", "--longest-run-km", "3", "--runs-per-week", "3",
                "--days-off", "60", "--recent-race", "5k=30:00", "--weeks", "8", "--start-date", "2026-12-07");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Plan: 5k (finish), 2026-12-07").doesNotContain("By race week");
    }

    @Test
    void aRunnerNotComingBackKeepsOnePaceLine() {
        final Result r = run("plan", "--distance", "10k", "--weekly-km", "35", "--runs-per-week", "4", "--recent-race",
                "10k=45:00", "--weeks", "10", "--start-date", "2026-12-07");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Paces per km: easy").doesNotContain("By race week");
    }
}
