package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.PlanMessage;
import app.stride.text.PlanText;
import app.stride.settings.DistanceUnit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanDisplayWordsTest {

    @Test
    void aPlanHistoryTitleNamesTheYearOfARaceOutsideThisOne() {
        // Review D: the history listed "10K on Sunday 28 December" across two years with no year to tell them apart.
        final String last = PlanHeading.title(app.stride.plan.Goal.TIME, java.util.Optional.of(app.stride.plan.RaceDistance.TEN_K),
                java.util.Optional.of(LocalDate.of(2025, 12, 28)), LocalDate.of(2025, 10, 6), 12, java.util.OptionalInt.of(2026));
        final String now = PlanHeading.title(app.stride.plan.Goal.TIME, java.util.Optional.of(app.stride.plan.RaceDistance.TEN_K),
                java.util.Optional.of(LocalDate.of(2026, 12, 27)), LocalDate.of(2026, 10, 5), 12, java.util.OptionalInt.of(2026));
        assertThat(last).contains("28 December 2025");
        assertThat(now).contains("27 December").doesNotContain("2026");
    }

    @Test
    void thePastStartWarningSpeaksTheFormsWordsInTheAppAndTheOptionsOnTheCommandLine() {
        final PlanMessage m = PlanMessage.of("pastStart", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 25));

        assertThat(PlanText.note(m, DistanceUnit.KM, PlanText.Surface.CLI)).contains("--start-date");
        assertThat(PlanText.note(m, DistanceUnit.KM, PlanText.Surface.APP)).doesNotContain("--")
                .contains("choose a later Start on date").contains("Mon 23 Nov 2026");
    }
    /**
     * New-user review (t2.png): Hills showed only "32:30" beside chips in km, and the same session was "Strides" in the
     * Plan but "Easy run + strides" in the Log (failed before). One figure per chip, distance when the session has
     * one; one name from the text the Log uses.
     */
    @Test
    void everyChipOfAPlanByPaceShowsItsDistanceAndSessionsKeepTheLogsNames() {
        final java.time.Clock made = java.time.Clock.fixed(LocalDate.of(2026, 7, 13).atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                java.time.ZoneOffset.UTC);
        final app.stride.plan.Plan plan = new app.stride.plan.PlanGenerator(made).generate(new app.stride.plan.PlanRequest(
                app.stride.plan.Goal.TIME, java.util.Optional.of(app.stride.plan.RaceDistance.TEN_K), java.util.Optional.empty(),
                java.util.Optional.of(LocalDate.of(2026, 7, 13)), java.util.Optional.empty(), java.util.Optional.of(10),
                java.util.EnumSet.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.SATURDAY,
                        java.time.DayOfWeek.SUNDAY), java.util.Optional.empty(),
                new app.stride.plan.FitnessInput(java.util.Optional.of(new app.stride.plan.RaceResult(app.stride.plan.RaceDistance.FIVE_K,
                        java.time.Duration.ofMinutes(25))), java.util.Optional.of(30_000.0), java.util.Optional.of(4),
                        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), 0, false)));
        final java.util.List<PlanDisplay.SessionDisplay> sessions = PlanDisplay.of(plan, DistanceUnit.KM, LocalDate.of(2026, 7, 13))
                .weeks().stream().flatMap(w -> w.sessions().stream()).toList();

        assertThat(sessions).filteredOn(s -> !s.typeCode().equals("cross-training"))
                .allSatisfy(s -> assertThat(s.size()).as(s.typeCode()).endsWith("km"));
        assertThat(sessions).extracting(PlanDisplay.SessionDisplay::typeCode).contains("hills", "strides");
        assertThat(sessions).allSatisfy(s -> assertThat(s.typeLabel()).isEqualTo(
                PlanText.typeName(app.stride.plan.SessionType.parse(s.typeCode()).orElseThrow())));
    }
}
