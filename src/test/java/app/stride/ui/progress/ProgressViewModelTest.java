package app.stride.ui.progress;

import static app.stride.ui.log.LogFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.Goal;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import app.stride.ui.log.LogFixtures;
import app.stride.ui.progress.ProgressViewModel.Bar;
import app.stride.ui.progress.ProgressViewModel.Chart;
import app.stride.ui.progress.ProgressViewModel.Measure;
import app.stride.ui.progress.ProgressViewModel.Tile;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Progress screen's ViewModel over a real plan and log in SQLite, without the toolkit. */
class ProgressViewModelTest {

    @TempDir
    Path dir;

    private StrideServices services;
    private Settings settings = Settings.DEFAULTS;

    private ProgressViewModel open(final Optional<Goal> goal) {
        services = StrideServices.open(new DataFolder(dir), LogFixtures.clockOn(TODAY));
        goal.ifPresent(g -> LogFixtures.savePlan(services, g));
        // As the screen has it: the stored data's stamp and the day, so every test here also shows writes are seen.
        return new ProgressViewModel(services.progress(), services.tickOff(), new ImmediateTaskRunner(), () -> settings,
                () -> new app.stride.ui.common.Freshness(services.dataStamp(), TODAY));
    }

    /** Issue 11: showing Progress again redrew every tile and the chart though nothing had changed (failed before). */
    @Test
    void showingAgainWithNothingWrittenRedrawsNothingButANewRunIsShown() {
        final ProgressViewModel vm = open(Optional.of(Goal.TIME));
        ran(7, 5, 30);
        vm.load();
        final int[] redraws = {0};
        vm.tiles().addListener((javafx.collections.ListChangeListener<Tile>) c -> redraws[0]++);
        vm.chartProperty().addListener(o -> redraws[0]++);

        vm.load();
        vm.load();

        assertThat(redraws[0]).as("nothing was written: tiles and chart stay as they are").isZero();
        ran(1, 8, 50);

        vm.load();

        assertThat(redraws[0]).isPositive();
        assertThat(tile(vm, "progress-times-out").value()).isEqualTo("2");
    }

    private void ran(final int daysAgo, final double km, final int minutes) {
        services.runLog().add(TODAY.minusDays(daysAgo), RunStatus.DONE, new RunReport(Optional.of(km * 1000),
                Optional.of(Duration.ofMinutes(minutes)), Optional.empty(), Optional.empty(), ""), Optional.empty());
    }

    private static Tile tile(final ProgressViewModel vm, final String id) {
        return vm.tiles().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRaceGoalLeadsWithThePlanAndShowsPlannedAgainstDonePerWeek() {
        final ProgressViewModel vm = open(Optional.of(Goal.TIME));
        ran(7, 5, 30);  // Monday week 1: its session
        ran(5, 5, 31);  // Wednesday week 1
        ran(1, 8, 50);  // Sunday week 1: an extra run

        vm.load();

        assertThat(vm.tiles()).extracting(Tile::id).startsWith("progress-adherence", "progress-this-week");
        assertThat(tile(vm, "progress-adherence").value()).isEqualTo("67%");
        assertThat(tile(vm, "progress-adherence").detail()).isEqualTo("2 of 3 sessions so far");
        assertThat(tile(vm, "progress-times-out").value()).isEqualTo("3");
        assertThat(tile(vm, "progress-longest").value()).isEqualTo("8 km");
        assertThat(tile(vm, "progress-total-time").value()).isEqualTo("1 h 51 min");
        assertThat(vm.measureProperty().get()).isEqualTo(Measure.DISTANCE);
        final Chart c = vm.chartProperty().get().orElseThrow();
        assertThat(c.bars()).hasSize(8);
        assertThat(c.bars().get(0).done()).contains(18.0);
        assertThat(c.bars().subList(2, 8)).as("weeks not begun draw no done bar").allMatch(b -> b.done().isEmpty());
        assertThat(c.bars()).allMatch(b -> b.planned().isPresent());
        assertThat(c.upper() % c.tick()).as("whole ticks").isZero();
        assertThat(c.tick() % 1).isZero();
        assertThat(c.upper()).isGreaterThan(18.0);
        assertThat(vm.summary()).first().asString().contains("of").contains("sessions this month");
    }

    /** New-user review: a cut-short session read exactly like a full one in "2 of 3 sessions" (failed before). */
    @Test
    void aCutShortSessionStillCountsAndIsSaidToBeCutShort() {
        final ProgressViewModel vm = open(Optional.of(Goal.TIME));
        services.runLog().add(TODAY.minusDays(7), RunStatus.PARTIAL, new RunReport(Optional.of(2000.0),
                Optional.of(Duration.ofMinutes(12)), Optional.empty(), Optional.empty(), ""), Optional.empty());
        ran(5, 5, 31);

        vm.load();

        assertThat(tile(vm, "progress-adherence").value()).isEqualTo("67%");
        assertThat(tile(vm, "progress-adherence").detail()).isEqualTo("2 of 3 sessions so far (1 cut short)");
    }

    /**
     * New-user review 11: one rule for empty figures, "–" for no data and "0" only for a real zero count. This week's
     * distance read "0 km" when the week's only run was logged without a distance (unknown, not 0); failed before.
     */
    @Test
    void thisWeeksDistanceIsADashWhenItsRunsHaveNoDistance() {
        final ProgressViewModel vm = open(Optional.of(Goal.TIME));
        services.runLog().add(TODAY, RunStatus.DONE, new RunReport(Optional.empty(),
                Optional.of(Duration.ofMinutes(28)), Optional.empty(), Optional.empty(), ""), Optional.empty());

        vm.load();

        assertThat(tile(vm, "progress-this-week").value()).isEqualTo("–");
        assertThat(tile(vm, "progress-longest").value()).isEqualTo("–");
        assertThat(tile(vm, "progress-times-out").value()).as("a real count").isEqualTo("1");
    }

    /**
     * New-user review: a run/walk plan (sessions by time) opened on "Distance per week" and read "0 km of 12.1 km
     * planned" after 56 minutes logged (failed before). A plan by time is measured in time and sessions.
     */
    @Test
    void aPlanByTimeLeadsWithSessionsAndThisWeekInMinutes() {
        final ProgressViewModel vm = open(Optional.empty());
        final java.time.Clock made = LogFixtures.clockOn(LogFixtures.START);
        new app.stride.store.SqlitePlanRepository(services.database(), made).saveAsCurrent(new app.stride.plan.PlanGenerator(made)
                .generate(new app.stride.plan.PlanRequest(Goal.FINISH, Optional.of(app.stride.plan.RaceDistance.FIVE_K),
                        Optional.empty(), Optional.of(LogFixtures.START), Optional.empty(), Optional.of(8),
                        java.util.EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.SATURDAY),
                        Optional.empty(), new app.stride.plan.FitnessInput(Optional.empty(), Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.of(5), Optional.empty(), 0, false))));
        services.runLog().add(TODAY, RunStatus.DONE, new RunReport(Optional.empty(),
                Optional.of(Duration.ofMinutes(28)), Optional.empty(), Optional.empty(), ""), Optional.empty());

        vm.load();

        assertThat(vm.measureProperty().get()).isEqualTo(Measure.SESSIONS);
        assertThat(tile(vm, "progress-this-week").value()).isEqualTo("28 min");
        assertThat(tile(vm, "progress-this-week").detail()).endsWith("min planned · 1 of 3 sessions").doesNotContain("km");
    }

    /** Saves the 8-week 5K plan by time (five minutes non-stop now) from LogFixtures.START, race on its last Saturday. */
    private void savePlanByTime() {
        final java.time.Clock made = LogFixtures.clockOn(LogFixtures.START);
        new app.stride.store.SqlitePlanRepository(services.database(), made).saveAsCurrent(new app.stride.plan.PlanGenerator(made)
                .generate(new app.stride.plan.PlanRequest(Goal.FINISH, Optional.of(app.stride.plan.RaceDistance.FIVE_K),
                        Optional.empty(), Optional.of(LogFixtures.START), Optional.empty(), Optional.of(8),
                        java.util.EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.SATURDAY),
                        Optional.empty(), new app.stride.plan.FitnessInput(Optional.empty(), Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.of(5), Optional.empty(), 0, false))));
    }

    /**
     * New-user review (issue 11): a plan by time drawn as "Distance" still spoke km in its tooltips ("0 km of 9.2 km
     * planned") and axis. Its amount is time everywhere: the choice's name, the title, the axis, the bars, the tips.
     * Failed before.
     */
    @Test
    void aPlanByTimeChartsItsAmountInMinutesEverywhere() {
        final ProgressViewModel vm = open(Optional.empty());
        savePlanByTime();
        services.runLog().add(TODAY, RunStatus.DONE, new RunReport(Optional.empty(),
                Optional.of(Duration.ofMinutes(28)), Optional.empty(), Optional.empty(), ""), Optional.empty());
        vm.load();
        vm.measureProperty().set(Measure.DISTANCE);

        assertThat(vm.amountNameProperty().get()).isEqualTo("Time");
        assertThat(vm.chartTitleProperty().get()).startsWith("Time per week");
        final Chart c = vm.chartProperty().get().orElseThrow();
        assertThat(c.axisLabel()).isEqualTo("min");
        // TODAY is in week 2.
        assertThat(c.bars().get(1).done()).contains(28.0);
        assertThat(c.bars().get(1).planned().orElseThrow()).isGreaterThan(28.0);
        assertThat(c.bars()).allSatisfy(b -> assertThat(b.tip()).doesNotContain("km").doesNotContain(" mi "));
        assertThat(c.bars().get(1).tip()).contains("28 min of ").contains("min planned");
        // Weeks not begun say nothing done yet, not "0 min".
        assertThat(c.bars().get(2).tip()).contains(": – of ");
    }

    /** Issue 11: the race week's planned figure is the training with the race named beside it, as the plan says it. */
    @Test
    void theRaceWeekNamesTheRaceBesideItsTrainingNeverAddsItIn() {
        final ProgressViewModel vm = open(Optional.empty());
        savePlanByTime();
        vm.load();
        vm.measureProperty().set(Measure.DISTANCE);

        final List<Bar> bars = vm.chartProperty().get().orElseThrow().bars();
        assertThat(bars.get(bars.size() - 1).tip()).containsPattern("of [\\d h]+ min \\+ the race planned");
        assertThat(bars.subList(0, bars.size() - 1)).allSatisfy(b -> assertThat(b.tip()).doesNotContain("the race"));
    }

    @Test
    void aConsistencyGoalLeadsWithTheHabitAndCountsSessions() {
        final ProgressViewModel vm = open(Optional.of(Goal.CONSISTENCY));
        ran(7, 3, 20);
        ran(1, 4, 25);

        vm.load();

        assertThat(vm.tiles()).extracting(Tile::id).startsWith("progress-streak", "progress-times-out");
        assertThat(tile(vm, "progress-streak").value()).isEqualTo("1 week");
        assertThat(vm.measureProperty().get()).isEqualTo(Measure.SESSIONS);
        assertThat(vm.chartTitleProperty().get()).startsWith("Sessions per week");
        assertThat(vm.chartProperty().get().orElseThrow().bars().get(0).done()).contains(1.0);
        assertThat(vm.summary()).first().asString().contains("in a row");
    }

    @Test
    void milesAfterTheUnitChanges() {
        final ProgressViewModel vm = open(Optional.of(Goal.TIME));
        ran(7, 16.09344, 90);
        vm.load();

        settings = new Settings(DistanceUnit.MI, settings.temperatureUnit(), settings.firstDayOfWeek(), settings.theme());
        vm.redraw();

        assertThat(tile(vm, "progress-longest").value()).isEqualTo("10 mi");
        assertThat(vm.chartProperty().get().orElseThrow().axisLabel()).isEqualTo("mi");
    }

    @Test
    void withoutAPlanOrARunTheScreenIsEmpty() {
        final ProgressViewModel vm = open(Optional.empty());
        vm.load();
        assertThat(vm.emptyProperty().get()).isTrue();

        ran(2, 5, 30);
        vm.load();

        assertThat(vm.emptyProperty().get()).isFalse();
        final Chart c = vm.chartProperty().get().orElseThrow();
        assertThat(c.planned()).isFalse();
        assertThat(c.bars()).hasSize(ProgressViewModel.WEEKS_WITHOUT_PLAN);
        assertThat(c.bars().stream().filter(b -> b.done().isPresent())).as("only weeks with runs have a bar").hasSize(1);
        assertThat(tile(vm, "progress-adherence").detail()).isEqualTo("no plan at the moment");
    }

    @Test
    void theAxisGoesUpInWholeStepsAboveTheTallestBar() {
        final Chart small = ProgressViewModel.withAxis(List.of(new Bar("a", Optional.of(3.0), Optional.of(2.4))), "km", true);
        assertThat(small.tick()).isEqualTo(1.0);
        assertThat(small.upper()).isEqualTo(4.0);
        final Chart big = ProgressViewModel.withAxis(List.of(new Bar("a", Optional.empty(), Optional.of(52.3))), "km", false);
        assertThat(big.tick()).isEqualTo(10.0);
        assertThat(big.upper()).isEqualTo(60.0);
    }
}
