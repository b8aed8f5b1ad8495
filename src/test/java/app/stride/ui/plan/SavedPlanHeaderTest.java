package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.TrainingDays;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eng6 review 2: once saved, the Plan screen titled a returner's plan with the request's goal and showed today's
 * paces, where the preview (and {@code stride plan}) showed the goal as planned and the paces "now → by race week".
 * The saved plan now keeps its header as made (V011) and says what the preview said. Both cases failed before.
 */
class SavedPlanHeaderTest {

    /** Tuesday 1 December 2026, the day before the plans start. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    @TempDir
    Path dir;

    /** {@code --distance 10k --weekly-km 35 --longest-run-km 12 --runs-per-week 4 --days-off 90 --recent-race 10k=45:00 --target-time 45:00 --weeks 10}. */
    @Test
    void aReturnersSavedPlanShowsThePacesByRaceWeekAsThePreviewDid() {
        final Plan plan = generate(request(RaceDistance.TEN_K, Optional.of(Duration.ofMinutes(45)), 10,
                fitness(RaceDistance.TEN_K, Duration.ofMinutes(45), 35_000, 12_000, 4, 90)));
        assertThat(plan.pacesByRaceWeek()).as("the case: paces quicken by race week").isNotEqualTo(plan.paces());

        final PlanDisplay preview = PlanDisplay.of(plan, DistanceUnit.KM, LocalDate.now(CLOCK));
        final PlanDisplay saved = savedAndShown(plan);

        assertThat(saved.paces()).isEqualTo(preview.paces());
        assertThat(saved.title()).isEqualTo(preview.title());
        assertThat(saved.subtitle()).isEqualTo(preview.subtitle());
    }

    /** {@code --distance 5k --weekly-km 8 --longest-run-km 3 --runs-per-week 3 --days-off 60 --recent-race 5k=30:00 --weeks 8}. */
    @Test
    void aWalkRunReturnersSavedPlanIsTitledAsAFinishAsThePreviewWas() {
        final Plan plan = generate(request(RaceDistance.FIVE_K, Optional.empty(), 8,
                fitness(RaceDistance.FIVE_K, Duration.ofMinutes(30), 8_000, 3_000, 3, 60)));
        assertThat(plan.request().goal()).isEqualTo(Goal.TIME);
        assertThat(plan.goalAsPlanned()).as("the case: a time goal raced as a finish").isEqualTo(Goal.FINISH);

        final PlanDisplay preview = PlanDisplay.of(plan, DistanceUnit.KM, LocalDate.now(CLOCK));
        final PlanDisplay saved = savedAndShown(plan);

        assertThat(saved.title()).isEqualTo(preview.title());
        assertThat(saved.paces()).isEqualTo(preview.paces());
        assertThat(saved.subtitle()).isEqualTo(preview.subtitle());
    }

    private Plan generate(final PlanRequest r) {
        return new app.stride.plan.PlanGenerator(CLOCK).generate(r);
    }

    /** Saves the plan and reads it back as the Plan screen shows it. */
    private PlanDisplay savedAndShown(final Plan plan) {
        final StrideServices services = StrideServices.open(new DataFolder(dir), CLOCK);
        services.plans().saveAsCurrent(plan);
        final ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        final SimpleObjectProperty<Settings> settings = new SimpleObjectProperty<>(Settings.DEFAULTS);
        final PlanFormViewModel form = new PlanFormViewModel(services::planGenerator, services.plans(), tasks, settings, CLOCK);
        final PlanViewModel vm = new PlanViewModel(services.plans(), form, tasks, settings, CLOCK,
                () -> new app.stride.ui.common.Freshness(services.dataStamp(), LocalDate.now(CLOCK)));
        vm.load();
        return vm.planProperty().get().orElseThrow();
    }

    private static PlanRequest request(final RaceDistance d, final Optional<Duration> target, final int weeks,
                                       final FitnessInput f) {
        return new PlanRequest(Goal.TIME, Optional.of(d), target, Optional.of(START), Optional.empty(), Optional.of(weeks),
                TrainingDays.defaultDays(f.runsPerWeek()), Optional.empty(), f);
    }

    private static FitnessInput fitness(final RaceDistance raced, final Duration time, final double weeklyM,
                                        final double longestM, final int runs, final int daysOff) {
        return new FitnessInput(Optional.of(new RaceResult(raced, time)), Optional.of(weeklyM), Optional.of(runs),
                Optional.of(longestM), Optional.empty(), Optional.empty(), daysOff, false);
    }
}
