package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.Goal;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Create your plan" form over a real database; no toolkit needed. */
class PlanFormViewModelTest {

    /** Wednesday 6 January 2027; plans start by default on Monday 11 January. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-06T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StrideServices services;
    private ObjectProperty<Settings> settings;
    private PlanFormViewModel form;
    private int saved;

    @BeforeEach
    void setUp() {
        services = StrideServices.open(new DataFolder(dir), CLOCK);
        settings = new SimpleObjectProperty<>(Settings.DEFAULTS);
        form = new PlanFormViewModel(services::planGenerator, services.plans(), new ImmediateTaskRunner(), settings, CLOCK);
        form.setOnSaved(() -> saved++);
    }

    private void expectError(final FormField field, final String message) {
        assertThat(form.request()).isEmpty();
        assertThat(form.invalidFieldProperty().get()).contains(field);
        assertThat(form.errorProperty().get()).isEqualTo(message);
    }

    @Test
    void defaultsFollowTheEngine() {
        assertThat(form.startDateProperty().get()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(form.raceDateProperty().get()).isEqualTo(LocalDate.of(2027, 3, 7));
        assertThat(form.lengthHintProperty().get()).isEqualTo("From Mon 11 Jan to race day: 8 weeks of training.");
        assertThat(form.weekdays()).first().isEqualTo(DayOfWeek.MONDAY);
        settings.set(Settings.DEFAULTS.withFirstDayOfWeek(DayOfWeek.SUNDAY));
        assertThat(form.weekdays()).first().isEqualTo(DayOfWeek.SUNDAY);
        assertThat(form.weekdays()).hasSize(7).doesNotHaveDuplicates();
    }

    private java.util.Set<DayOfWeek> ticked() {
        final java.util.Set<DayOfWeek> out = java.util.EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (form.dayProperty(d).get()) {
                out.add(d);
            }
        }
        return out;
    }

    @Test
    void theDaysFollowRunsAWeekUntilTheRunnerPicksDays() {
        // Coach review 4, item 4: 5 runs a week kept the 4 default days (a run cut) before; the CLI's defaults now.
        assertThat(ticked()).isEqualTo(app.stride.plan.TrainingDays.defaultDays(Optional.empty()));
        form.runsPerWeekProperty().set("5");
        assertThat(ticked()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        form.runsPerWeekProperty().set("3");
        assertThat(ticked()).containsExactly(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY);
        form.dayProperty(DayOfWeek.FRIDAY).set(true);
        form.runsPerWeekProperty().set("6");
        assertThat(ticked()).containsExactly(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void eachMistakeNamesItsFieldInTheFormsWords() {
        form.minutesProperty().set("ten");
        expectError(FormField.MINUTES, "Minutes you can run without stopping: give a whole number of 0 or more");
        form.minutesProperty().set("10");

        form.goalProperty().set(GoalChoice.RACE);
        form.targetTimeProperty().set("25");
        expectError(FormField.TARGET_TIME, "Target time: use minutes and seconds like 27:30, or hours like 1:55:00");
        form.targetTimeProperty().set("");

        form.fitnessProperty().set(FitnessChoice.TRAINING);
        form.weeklyProperty().set("-3");
        expectError(FormField.WEEKLY, "Distance a week: give a number of 0 or more, like 20 or 12.5");
        form.weeklyProperty().set("20");
        form.runsPerWeekProperty().set("3.5");
        expectError(FormField.RUNS_PER_WEEK, "Runs a week: give a whole number of 0 or more");
        form.runsPerWeekProperty().set("3");

        form.fitnessProperty().set(FitnessChoice.RUN_WALK);
        form.walkSecondsProperty().set("0");
        expectError(FormField.RUN_WALK, "Run / walk: give both the run and the walk in seconds, like 60 and 30");
        form.walkSecondsProperty().set("30");

        form.fitnessProperty().set(FitnessChoice.RACE);
        expectError(FormField.RECENT_TIME, "Your time: fill this in");
        form.recentTimeProperty().set("27:30");

        form.weeksOffProperty().set("");
        expectError(FormField.WEEKS_OFF, "Weeks since you last ran regularly: fill this in");
        form.weeksOffProperty().set("2");

        form.dayProperty(DayOfWeek.TUESDAY).set(false);
        form.dayProperty(DayOfWeek.THURSDAY).set(false);
        form.dayProperty(DayOfWeek.SATURDAY).set(false);
        expectError(FormField.DAYS, "Days you can run: pick at least two days");
        form.dayProperty(DayOfWeek.SATURDAY).set(true);

        assertThat(form.request()).isPresent();
        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(form.invalidFieldProperty().get()).isEmpty();
    }

    /** Coach review 5 (n10): a race 14 weeks away is planned as 12 weeks starting later, and the form says so. */
    @Test
    void aRaceFourteenWeeksAwayStartsTwelveWeeksOut() {
        form.minutesProperty().set("20");
        form.raceDateProperty().set(LocalDate.of(2027, 4, 18));

        form.preview();

        assertThat(form.invalidFieldProperty().get()).isEmpty();
        assertThat(form.previewProperty().get()).isNotEmpty();
        assertThat(form.lengthHintProperty().get()).startsWith("The race is 14 weeks away: the plan starts on ")
                .endsWith("12 weeks out. Until then, keep running as you do now.");
    }

    @Test
    void theEnginesOptionNamesBecomeTheFormsLabels() {
        form.minutesProperty().set("20");
        // Race day 17 weeks after the start: too long for one plan (13-16 weeks away starts a 12-week plan later).
        form.raceDateProperty().set(LocalDate.of(2027, 5, 9));

        form.preview();

        assertThat(form.invalidFieldProperty().get()).contains(FormField.RACE_DATE);
        assertThat(form.errorProperty().get()).startsWith("Race day: a plan runs 6–12 weeks").doesNotContain("--");
        assertThat(form.previewProperty().get()).isEmpty();
        assertThat(form.lengthHintProperty().get()).isEqualTo("A plan runs 6–12 weeks; move the race day or the start.");
    }

    @Test
    void distancesAreTypedInTheRunnersUnitAndKeptInMetres() {
        settings.set(Settings.DEFAULTS.withDistanceUnit(DistanceUnit.MI));
        form.fitnessProperty().set(FitnessChoice.TRAINING);
        form.weeklyProperty().set("10");
        form.longestRunProperty().set("4,5");

        final PlanRequest r = form.request().orElseThrow();

        assertThat(r.fitness().weeklyM()).hasValueSatisfying(m -> assertThat(m).isCloseTo(16_093.44, org.assertj.core.data.Offset.offset(0.01)));
        assertThat(r.fitness().longestRunM()).hasValueSatisfying(m -> assertThat(m).isCloseTo(7_242.048, org.assertj.core.data.Offset.offset(0.01)));
        assertThat(r.fitness().runsPerWeek()).isEmpty();
        assertThat(form.unitSymbol()).isEqualTo("mi");
    }

    @Test
    void switchingUnitsKeepsTypedDistancesMeaningTheSame() {
        form.weeklyProperty().set("16.1");
        form.longestRunProperty().set("oops");

        settings.set(Settings.DEFAULTS.withDistanceUnit(DistanceUnit.MI));

        assertThat(form.weeklyProperty().get()).isEqualTo("10");
        assertThat(form.longestRunProperty().get()).isEqualTo("oops");
        assertThat(form.unitSymbolProperty().get()).isEqualTo("mi");
    }

    @Test
    void theAnswersBecomeARequest() {
        form.goalProperty().set(GoalChoice.RACE);
        form.distanceProperty().set(RaceDistance.TEN_K);
        form.targetTimeProperty().set("55:00");
        form.fitnessProperty().set(FitnessChoice.RACE);
        form.recentDistanceProperty().set(RaceDistance.FIVE_K);
        form.recentTimeProperty().set("26:40");
        form.weeksOffProperty().set("3");
        form.crossTrainedProperty().set(true);
        form.longRunDayProperty().set(Optional.of(DayOfWeek.SATURDAY));

        final PlanRequest r = form.request().orElseThrow();

        assertThat(r.goal()).isEqualTo(Goal.TIME);
        assertThat(r.distance()).contains(RaceDistance.TEN_K);
        assertThat(r.targetTime()).contains(Duration.ofMinutes(55));
        assertThat(r.raceDate()).contains(LocalDate.of(2027, 3, 7));
        assertThat(r.weeks()).isEmpty();
        assertThat(r.fitness().recentRace().orElseThrow().time()).isEqualTo(Duration.parse("PT26M40S"));
        assertThat(r.fitness().daysOff()).isEqualTo(21);
        assertThat(r.fitness().crossTrained()).isTrue();
        assertThat(r.longRunDay()).contains(DayOfWeek.SATURDAY);
        assertThat(r.days()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

        // Unticking the long-run day lets Stride choose again.
        form.dayProperty(DayOfWeek.SATURDAY).set(false);
        assertThat(form.longRunDayProperty().get()).isEmpty();
    }

    @Test
    void blankMinutesMeansZeroAsTheHintSays() {
        // The hint reads "0 is fine: the plan starts with walking", yet a blank field said "fill this in".
        form.minutesProperty().set("");

        final PlanRequest r = form.request().orElseThrow();

        assertThat(r.fitness().continuousMin()).contains(0);
        assertThat(form.invalidFieldProperty().get()).isEmpty();
    }

    @Test
    void fiveMinutesWithoutStoppingStartsWithTheFiveMinuteRunsItSaid() {
        // "I can run 5 minutes" read only "Couch to 5K week 4": the label now starts from the runs themselves.
        form.minutesProperty().set("5");

        form.preview();

        final PlanDisplay.SessionDisplay first = form.previewDisplayProperty().get().orElseThrow().weeks().get(0).sessions().stream()
                .filter(s -> s.typeCode().equals("run-walk")).findFirst().orElseThrow();
        // Steps are spelled out (no ranges): the longest run is the five minutes the runner said, no more.
        assertThat(first.description()).startsWith("Run/walk (as in week 4 of Couch to 5K)").contains("run 5 min");
        final java.util.regex.Matcher runs = java.util.regex.Pattern.compile("run (\\d+) min").matcher(first.description());
        int longest = 0;
        while (runs.find()) {
            longest = Math.max(longest, Integer.parseInt(runs.group(1)));
        }
        assertThat(longest).isEqualTo(5);
    }

    @Test
    void aRegularRunningGoalHasNoRaceAndAPlanLength() {
        form.goalProperty().set(GoalChoice.REGULAR);
        form.weeksProperty().set(10);
        form.minutesProperty().set("30");

        final PlanRequest r = form.request().orElseThrow();

        assertThat(r.goal()).isEqualTo(Goal.CONSISTENCY);
        assertThat(r.distance()).isEmpty();
        assertThat(r.raceDate()).isEmpty();
        assertThat(r.weeks()).contains(10);
        assertThat(form.lengthHintProperty().get()).isEqualTo("From Mon 11 Jan to Sun 21 Mar.");
    }

    @Test
    void previewThenStartSavesThePlanAsCurrent() {
        form.minutesProperty().set("0");

        form.preview();

        final PlanDisplay preview = form.previewDisplayProperty().get().orElseThrow();
        assertThat(preview.title()).isEqualTo("Finish the 5K on Sunday 7 March · 8\u00a0weeks");
        assertThat(preview.weeks()).hasSize(8);
        assertThat(preview.byEffort()).isTrue();
        assertThat(preview.warnings()).isNotEmpty().noneMatch(w -> w.contains("--"));
        // A beginner starts with run/walk (the fourth day is optional cross-training).
        assertThat(preview.weeks().get(0).sessions()).extracting(PlanDisplay.SessionDisplay::typeCode)
                .containsOnly("run-walk", "cross-training").contains("run-walk");
        assertThat(services.plans().current()).isEmpty();

        form.start();

        assertThat(saved).isEqualTo(1);
        assertThat(services.plans().current()).hasValueSatisfying(p -> {
            assertThat(p.goal()).isEqualTo(Goal.FINISH);
            assertThat(p.weeks()).isEqualTo(8);
            assertThat(p.startDate()).isEqualTo(LocalDate.of(2027, 1, 11));
        });
        assertThat(form.previewProperty().get()).isEmpty();
        assertThat(form.minutesProperty().get()).isEqualTo("0");
    }

    @Test
    void startingANewPlanKeepsTheOldOneInHistory() {
        form.minutesProperty().set("0");
        form.preview();
        form.start();
        form.minutesProperty().set("20");
        form.preview();
        form.start();

        assertThat(services.plans().historyCount()).isEqualTo(1);
        assertThat(saved).isEqualTo(2);
    }

    @Test
    void engineTextsNameTheAppsAnswersNotCommandLineOptions() {
        form.goalProperty().set(GoalChoice.RACE);
        form.targetTimeProperty().set("30:00");
        form.fitnessProperty().set(FitnessChoice.TRAINING);
        form.weeklyProperty().set("20");

        form.preview();

        final PlanDisplay p = form.previewDisplayProperty().get().orElseThrow();
        assertThat(p.warnings()).anySatisfy(w -> assertThat(w).contains("a new plan with \"A recent race: mile\""));
        assertThat(p.warnings()).noneMatch(w -> w.contains("--"));
        assertThat(p.weeks().stream().flatMap(w -> w.sessions().stream())).noneMatch(s -> s.description().contains("--"));
    }

    @Test
    void startWithoutAPreviewSaysSo() {
        form.start();

        assertThat(form.errorProperty().get()).isEqualTo("Preview the plan first.");
        assertThat(services.plans().current()).isEmpty();
    }

    /** Issue 7: an impossible goal is refused with alternatives; choosing one fills the form and makes the plan. */
    @Test
    void aRefusedGoalOffersAlternativesThatFillTheForm() {
        form.distanceProperty().set(app.stride.plan.RaceDistance.HALF);
        form.raceDateProperty().set(LocalDate.of(2027, 2, 21)); // six weeks
        form.minutesProperty().set("0");

        form.preview();

        assertThat(form.previewProperty().get()).isEmpty();
        assertThat(form.invalidFieldProperty().get()).contains(FormField.RACE_DATE);
        assertThat(form.errorProperty().get()).startsWith("Race day: ").doesNotContain("--").doesNotContain("notFeasible");
        // Quality review: the earliest safe date for the half too — after the 5K's plan, as one alternative (a button).
        assertThat(form.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.distance()).contains(app.stride.plan.RaceDistance.FIVE_K);
            assertThat(a.raceDate().orElseThrow()).isAfter(LocalDate.of(2027, 4, 1));
            assertThat(app.stride.text.PlanText.alternative(a)).startsWith("the 5K first, then this race on ").endsWith(" or later");
        });

        form.choose(form.alternatives().get(0));

        assertThat(form.distanceProperty().get()).isEqualTo(app.stride.plan.RaceDistance.FIVE_K);
        // The 5K now, on the dates the runner gave; the half's date is for afterwards.
        assertThat(form.raceDateProperty().get()).isEqualTo(LocalDate.of(2027, 2, 21));
        assertThat(form.previewProperty().get()).isPresent();
        assertThat(form.alternatives()).isEmpty();
        assertThat(form.errorProperty().get()).isEmpty();
    }

    /**
     * Quality review: an alternative the runner picks from a refusal makes a plan without the warning that says it is
     * too short ("... is short for the 10K ... so you run/walk the race"); before, "20 minutes" → 10K in six weeks
     * offered a later race whose plan said exactly that.
     */
    @Test
    void aChosenAlternativeDoesNotComeBackSayingItIsTooShort() {
        form.distanceProperty().set(app.stride.plan.RaceDistance.TEN_K);
        form.raceDateProperty().set(LocalDate.of(2027, 2, 21)); // six weeks
        form.minutesProperty().set("20");
        form.preview();
        assertThat(form.alternatives()).isNotEmpty();
        final List<app.stride.plan.PlanAlternative> offered = List.copyOf(form.alternatives());

        for (app.stride.plan.PlanAlternative a : offered) {
            form.distanceProperty().set(app.stride.plan.RaceDistance.TEN_K);
            form.raceDateProperty().set(LocalDate.of(2027, 2, 21));
            form.preview();
            form.choose(a);

            assertThat(form.previewProperty().get()).as("plan for %s", a).isPresent();
            assertThat(form.previewProperty().get().orElseThrow().warnings()).as("alternative %s", a)
                    .noneMatch(w -> w.code().equals("notReady"));
            assertThat(form.previewDisplayProperty().get().orElseThrow().warnings()).noneMatch(w -> w.contains("is short for"));
        }
    }

    /** The screen is kept once built: a unit chosen in Settings later must still reach the plans it makes. */
    @Test
    void aPlanMadeAfterTheRunnerSwitchedToMilesIsAMilePlan() {
        form.goalProperty().set(GoalChoice.RACE);
        form.distanceProperty().set(RaceDistance.TEN_K);
        form.targetTimeProperty().set("50:00");
        form.fitnessProperty().set(FitnessChoice.RACE);
        form.recentDistanceProperty().set(RaceDistance.FIVE_K);
        form.recentTimeProperty().set("24:00");
        final PlanRequest request = form.request().orElseThrow();
        final app.stride.plan.Plan inMiles = new app.stride.plan.PlanGenerator(CLOCK, DistanceUnit.MI).generate(request);
        assertThat(new app.stride.plan.PlanGenerator(CLOCK, DistanceUnit.KM).generate(request)).as("a mile plan differs").isNotEqualTo(inMiles);

        services.settings().save(services.settings().load().withDistanceUnit(DistanceUnit.MI));
        settings.set(Settings.DEFAULTS.withDistanceUnit(DistanceUnit.MI));
        form.preview();

        assertThat(form.previewProperty().get()).contains(inMiles);
    }
}
