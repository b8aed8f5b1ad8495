package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New-user review: {@code progress} showed "–" under Done but "0 of 3" under Sessions for weeks not begun, as if they
 * had been missed. A week ahead says "– of 3". Failed before: "0 of 3".
 */
class ProgressFutureWeeksTest {

    @TempDir
    Path dir;

    @Test
    void aWeekNotBegunSaysDashOfItsSessions() {
        assertThat(CliRun.of("plan", "--goal", "finish", "--distance", "5k", "--start-date", "2027-01-11",
                "--race-date", "2027-03-13", "--days", "mon,wed,sat", "--continuous-min", "10", "--save",
                "--data-dir", dir.toString()).exitCode()).isZero();
        final CliRun run = CliRun.of("progress", "--as-of", "2027-01-13", "--data-dir", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        final List<String> rows = run.out().lines().filter(l -> l.matches("\\s*\\d+\\s+20\\d\\d-.*")).toList();
        assertThat(rows).hasSizeGreaterThan(2);
        assertThat(rows.get(0)).doesNotContain("– of");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).contains("– of 3").doesNotContain("0 of 3"));
    }
}
