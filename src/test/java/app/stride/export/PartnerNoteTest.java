package app.stride.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.cli.CliRun;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerNoteTest {

    @TempDir
    Path dir;

    private StrideServices firstWeekTwoDoneOneSkipped() {
        final StrideServices s = ExportFixtures.withPlan(dir.resolve("d"));
        final List<SavedSession> week1 = s.plans().current().orElseThrow().sessions().stream()
                .filter(x -> x.date().isBefore(LocalDate.of(2026, 7, 20))).toList();
        assertThat(week1).hasSize(3);
        s.tickOff().done(week1.get(0).id(), new RunReport(Optional.of(4000.0), Optional.of(Duration.ofMinutes(28)), Optional.of(4),
                Optional.of(app.stride.tracking.Feel.GOOD), ""));
        s.tickOff().done(week1.get(1).id(), new RunReport(Optional.of(5500.0), Optional.of(Duration.ofMinutes(38)), Optional.of(5),
                Optional.of(app.stride.tracking.Feel.GREAT), ""));
        s.tickOff().skip(week1.get(2).id());
        return s;
    }

    @Test
    void theWeekInPlainWords() {
        final String note = firstWeekTwoDoneOneSkipped().exports().partnerNote(Optional.of(1), Optional.of(DistanceUnit.KM));

        assertThat(note).isEqualTo("""
                Week 1 of 8 (13 Jul – 19 Jul)
                I did 2 of 3 planned sessions, 9.5 km in all.
                I skipped one session.
                Longest run this week: 5.5 km on Wednesday.
                How it felt: great.
                Next: Monday 20 Jul, %s.
                Why I'm doing this: To run the Parkrun with my daughter; and to sleep better
                """.formatted(nextTitle()));
    }

    @Test
    void aWeekStillToComeSaysWhatIsPlannedNotZeroDone() {
        final String note = firstWeekTwoDoneOneSkipped().exports().partnerNote(Optional.of(3), Optional.of(DistanceUnit.KM));

        assertThat(note).startsWith("Week 3 of 8 (27 Jul – 2 Aug)\nThis week is still to come: 3 sessions planned.\n")
                .doesNotContain("0 m").doesNotContain("Longest");
    }

    @Test
    void aWeekStillToComeSaysWhatComesAfterItsOwnSessionsNotTheNextSessionFromToday() {
        final StrideServices s = firstWeekTwoDoneOneSkipped();
        final LocalDate firstAfterWeek3 = s.plans().current().orElseThrow().sessions().stream()
                .map(SavedSession::date).filter(d -> d.isAfter(LocalDate.of(2026, 8, 2))).min(LocalDate::compareTo).orElseThrow();

        final String note = s.exports().partnerNote(Optional.of(3), Optional.of(DistanceUnit.KM));

        assertThat(note).contains("Next: " + app.stride.format.Dates.weekday(firstAfterWeek3.getDayOfWeek()) + " "
                + app.stride.format.Dates.dayMonth(firstAfterWeek3) + ",");
    }

    @Test
    void todaysOpenSessionIsNextAndOnlyWhatWasDueCounts() {
        final StrideServices s = ExportFixtures.withPlan(dir.resolve("d"));
        final var plan = s.plans().current().orElseThrow();
        final List<SavedSession> week1 = plan.sessions().stream().filter(x -> x.date().isBefore(LocalDate.of(2026, 7, 20))).toList();
        final LocalDate second = week1.get(1).date();
        // the runner ticked off the first session; today is the second session's day and it is still open
        s.tickOff().done(week1.get(0).id(), new RunReport(Optional.of(4000.0), Optional.empty(), Optional.empty(), Optional.empty(), ""));
        final var w = app.stride.tracking.WeekSummary.of(s.plans().current().orElseThrow(), List.of(), 1, second);

        assertThat(w.next().orElseThrow().date()).as("today's open session is next").isEqualTo(second);
        final String note = PartnerNote.text(w, DistanceUnit.KM, Optional.empty());
        assertThat(note).contains("I did 1 of 1 planned session")
                .contains("Next: " + app.stride.format.Dates.weekday(second.getDayOfWeek()) + " " + app.stride.format.Dates.dayMonth(second) + ",");
    }

    @Test
    void onDayOneOfAFreshPlanNothingIsDueYetSoTheNoteEncourages() {
        final StrideServices s = ExportFixtures.withPlan(dir.resolve("d"));
        final var plan = s.plans().current().orElseThrow();
        final var w = app.stride.tracking.WeekSummary.of(plan, List.of(), 1, plan.startDate());

        final String note = PartnerNote.text(w, DistanceUnit.KM, Optional.empty());

        // Day one has a session that day: due today, not "none due yet" (new-user review 4).
        assertThat(note).doesNotContain("0 of").contains("A fresh week: 3 sessions planned, the first one today. Off to a good start!");
    }

    /**
     * New-user review nu6 6: after 24 days without a run the note opened "A fresh week ... Off to a good start!".
     * Failed before: the cheer was there. A fresh week after weeks with nothing done says it is a return.
     */
    @Test
    void aFreshWeekAfterTimeAwayDoesNotCheerAGoodStart() {
        final StrideServices s = ExportFixtures.withPlan(dir.resolve("d"));
        final var plan = s.plans().current().orElseThrow();
        final LocalDate week4 = plan.startDate().plusWeeks(3);
        final String away = PartnerNote.text(app.stride.tracking.WeekSummary.of(plan, List.of(), 4, week4), DistanceUnit.KM,
                Optional.empty());
        assertThat(away).doesNotContain("Off to a good start").contains("after time away");

        // The same week with last week's sessions run is an ordinary fresh week.
        final List<SavedSession> ran = plan.sessions().stream().map(x -> x.date().isBefore(week4) && !x.date().isBefore(week4.minusDays(7))
                ? new SavedSession(x.id(), x.date(), x.originalDate(), x.type(), x.distanceM(), x.durationS(), x.pace(), x.effort(),
                        x.runWalk(), x.steps(), x.description(), app.stride.plan.SessionStatus.DONE) : x).toList();
        final var after = new app.stride.plan.PlanRepository.SavedPlan(plan.id(), plan.goal(), plan.distance(), plan.raceDate(),
                plan.startDate(), plan.weeks(), plan.warnings(), ran);
        final String running = PartnerNote.text(app.stride.tracking.WeekSummary.of(after, List.of(), 4, week4), DistanceUnit.KM,
                Optional.empty());
        assertThat(running).contains("Off to a good start").doesNotContain("after time away");
    }

    private String nextTitle() {
        final StrideServices s = ExportFixtures.withPlan(dir.resolve("other"));
        final SavedSession next = s.plans().current().orElseThrow().sessions().stream()
                // today (Monday 20 Jul) has an open session: it is next, not Wednesday's
                .filter(x -> x.date().equals(LocalDate.of(2026, 7, 20))).findFirst().orElseThrow();
        return SessionText.title(next, DistanceUnit.KM).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theCommandPrintsAndSavesItAndRefusesAWeekOutsideThePlan() throws Exception {
        firstWeekTwoDoneOneSkipped();
        final String data = dir.resolve("d").toString();

        final CliRun ok = CliRun.of("export", "summary", "--week", "1", "--out", dir.resolve("note.txt").toString(), "--data-dir", data);
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("Week 1 of 8").contains("I did 2 of 3 planned sessions");
        assertThat(Files.readString(dir.resolve("note.txt"))).isEqualTo(ok.out());

        for (String bad : new String[] {"9", "0", "two"}) {
            final CliRun run = CliRun.of("export", "summary", "--week", bad, "--out", dir.resolve("x.txt").toString(), "--data-dir", data);
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.errLines()).singleElement().asString().contains("--week").contains("1 to");
            assertThat(run.out()).isEmpty();
        }
        assertThat(dir.resolve("x.txt")).doesNotExist();
    }
}
