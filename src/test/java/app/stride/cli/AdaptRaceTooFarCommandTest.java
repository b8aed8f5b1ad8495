package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stride adapt --race-date} beyond what a re-plan can reach: one line naming the option and the latest race day
 * (it named a start-date range, which a runner in the middle of a plan cannot use). Failed before the fix.
 */
class AdaptRaceTooFarCommandTest {

    @TempDir
    Path dir;

    @Test
    void aRaceTooFarOutNamesTheLatestRaceDayAndExitsTwo() {
        final CliRun plan = CliRun.of("plan", "--distance", "10k", "--weekly-km", "25", "--recent-race", "10k=55:00",
                "--weeks", "10", "--start-date", "2026-11-02", "--data-dir", dir.toString(), "--save");
        assertThat(plan.exitCode()).isZero();

        // Wednesday of week 5: the week under way began on Monday 30 November; 12 weeks end on Sunday 21 February.
        final CliRun run = CliRun.of("adapt", "--as-of", "2026-12-02", "--race-date", "2027-02-28", "--apply",
                "--data-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1).first().asString().startsWith("stride: --race-date: ")
                .contains("Sun 21 Feb 2027").contains("12 weeks").doesNotContain("start between");
        assertThat(run.out()).isEmpty();
    }
}
