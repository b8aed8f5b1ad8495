package app.stride.cli;

import static app.stride.cli.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.cli.PlanCommandTest.Result;
import org.junit.jupiter.api.Test;

/**
 * Coach review 6, defect 4: n01's header said VDOT 49.1 while its paces were VDOT 51's from week 1 (threshold
 * 4:09–4:15, intervals 3:48–3:54). Now the paces now are today's and a second line shows the race week's, worded for a
 * build, not a comeback. Failed before (one line, threshold 4:09–4:15).
 */
class RampHeaderCommandTest {

    @Test
    void n01ShowsTodaysPacesAndTheBuildToRaceWeek() {
        final Result r = run("plan", "--distance", "10k", "--weekly-km", "55", "--longest-run-km", "16", "--runs-per-week", "6",
                "--days", "mon,tue,wed,thu,sat,sun", "--recent-race", "10k=42:00", "--target-time", "40:30", "--weeks", "10",
                "--start-date", "2026-12-07");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Fitness: VDOT 49.1")
                .contains("Paces per km now: easy 5:05–5:35, marathon 4:32–4:38, threshold 4:16–4:22, interval 3:55–4:01")
                .contains("By race week, as the training builds you up: threshold 4:14–4:20, interval 3:53–3:59")
                .doesNotContain("as your fitness comes back");
    }
}
