package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.cli.CliRun;
import app.stride.settings.DistanceUnit;
import app.stride.store.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: the Plan screen said the race week as "11.6 km planned" (the race added in) where the CLI plan said "6.6 km
 * + the race". One rule now (text.WeekAmount), on the saved plan and on a preview. Failed before.
 */
class RaceWeekPlanScreenTest {

    @TempDir
    Path dir;

    @Test
    void theSavedPlansRaceWeekSaysItsTrainingWithTheRaceBesideItAsTheCliDoes() {
        final CliRun plan = CliRun.of("plan", "--distance", "5k", "--weekly-km", "15", "--runs-per-week", "3",
                "--recent-race", "5k=30:00", "--weeks", "8", "--start-date", "2026-11-30", "--save", "--data-dir", dir.toString());
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        final String heading = plan.out().lines().filter(l -> l.startsWith("Week ")).reduce((a, b) -> b).orElseThrow();
        final String cli = heading.substring(heading.lastIndexOf("  ") + 2);

        final StrideServices s = StrideServices.open(new DataFolder(dir), Clock.systemUTC());
        final PlanDisplay shown = PlanDisplay.of(s.plans().current().orElseThrow(), s.plans().currentOutline(), DistanceUnit.KM,
                LocalDate.of(2026, 12, 1));
        final List<PlanDisplay.WeekDisplay> weeks = shown.weeks();
        assertThat(weeks.get(weeks.size() - 1).planned()).startsWith(cli + " planned");
        assertThat(weeks.subList(0, weeks.size() - 1)).allSatisfy(w -> assertThat(w.planned()).doesNotContain("race"));
    }
}
