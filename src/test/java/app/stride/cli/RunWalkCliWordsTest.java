package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user review 11: on the command line too a Couch-to-5K run/walk names its runs once, from its steps: the plan
 * table's description agrees with its ratio column, and {@code today} gives the same headline as the app.
 */
class RunWalkCliWordsTest {

    @TempDir
    Path dir;

    private static final String[] PLAN = {"plan", "--goal", "finish", "--distance", "5k", "--start-date", "2027-01-11",
        "--race-date", "2027-03-13", "--days", "mon,wed,sat", "--continuous-min", "0"};

    @Test
    void planTablesWeekSixMondaySaysFiveToEightMinuteRunsOnly() {
        final CliRun run = CliRun.of(PLAN);
        assertThat(run.exitCode()).as(run.err()).isZero();
        final String line = run.out().lines().filter(l -> l.contains("MON 2027-02-15")).findFirst().orElseThrow();
        // New-user review 4: no range ("5–8 min") read as "anywhere between"; the runs are named, then said step by step.
        assertThat(line).contains("5 and 8 min runs, 18 min running in all")
                .contains("run 5 min, walk 3 min, run 8 min, walk 3 min, run 5 min").doesNotContain("10-minute").doesNotContain("5–8");
    }

    @Test
    void todayGivesTheRunWalkHeadline() {
        final String[] save = java.util.stream.Stream.concat(java.util.Arrays.stream(PLAN),
                java.util.stream.Stream.of("--save", "--data-dir", dir.toString())).toArray(String[]::new);
        assertThat(CliRun.of(save).exitCode()).isZero();
        final CliRun today = CliRun.of("today", "--as-of", "2027-02-15", "--data-dir", dir.toString());
        assertThat(today.exitCode()).as(today.err()).isZero();
        assertThat(today.out()).contains("5 and 8 min runs, 18 min running in all").doesNotContain("5–8 min");
    }
}
