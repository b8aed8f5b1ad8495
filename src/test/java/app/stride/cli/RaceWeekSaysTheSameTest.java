package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user review (issue 11): for the race week the plan said "6.6 km + the race" and {@code progress} "11.6 km" (the
 * race added in). One rule now (text.WeekAmount): the week's training, the race named beside it. Failed before.
 */
class RaceWeekSaysTheSameTest {

    @TempDir
    Path dir;

    private CliRun run(final String... args) {
        final String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        return CliRun.of(all);
    }

    private static String lastWeekHeading(final String plan) {
        return plan.lines().filter(l -> l.startsWith("Week ")).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void progressSaysTheRaceWeekAsThePlanDoes() {
        final CliRun plan = run("plan", "--distance", "5k", "--weekly-km", "15", "--runs-per-week", "3",
                "--recent-race", "5k=30:00", "--weeks", "8", "--start-date", "2026-11-30", "--save");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        final String heading = lastWeekHeading(plan.out());
        // "Week 8  taper  from 2027-01-18  6.6 km + the race"
        final String planned = heading.substring(heading.lastIndexOf("  ") + 2);
        assertThat(planned).matches("[\\d.]+ km \\+ the race");

        final CliRun progress = run("progress", "--as-of", "2026-12-01");
        assertThat(progress.exitCode()).as(progress.err()).isZero();
        final List<String> rows = progress.out().lines().filter(l -> l.matches("\\s*8  2027-01-18.*")).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).contains(planned);
        // Every other week says no race.
        assertThat(progress.out().lines().filter(l -> l.contains("the race"))).hasSize(1);
    }

    @Test
    void aPlanByTimeSaysItsRaceWeekInTimeWithTheRaceBesideIt() {
        final CliRun plan = run("plan", "--distance", "5k", "--continuous-min", "5", "--weeks", "8",
                "--start-date", "2026-11-30", "--save");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(lastWeekHeading(plan.out())).endsWith("+ the race");
        final CliRun progress = run("progress", "--as-of", "2026-12-01");
        final String row = progress.out().lines().filter(l -> l.matches("\\s*8  2027-01-18.*")).findFirst().orElseThrow();
        // The training's minutes (two 25-minute runs here), not with the race's 42:30 added in.
        assertThat(row).containsPattern("2027-01-18  50 min \\+ the race ");
    }
}
