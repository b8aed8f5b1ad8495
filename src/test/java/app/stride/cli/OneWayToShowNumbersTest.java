package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.Session;
import app.stride.settings.DistanceUnit;
import app.stride.ui.plan.PlanDisplay;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 8: the same session shows the same planned time and distance on the Plan screen and in the CLI table as on Today. */
class OneWayToShowNumbersTest {

    private static Plan plan(final Optional<RaceResult> race) {
        final Clock clock = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new PlanGenerator(clock).generate(new PlanRequest(race.isPresent() ? Goal.TIME : Goal.FINISH, Optional.of(RaceDistance.TEN_K),
                Optional.empty(), Optional.of(LocalDate.of(2026, 11, 30)), Optional.of(LocalDate.of(2027, 1, 24)), Optional.empty(),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(race, Optional.of(15_000.0), Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false)));
    }

    @Test
    void everySessionsTimeAndDistanceReadTheSameOnThePlanScreenAndInTheCliTableAsOnToday() {
        for (Plan p : List.of(plan(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofSeconds(27 * 60 + 13)))), plan(Optional.empty()))) {
            final List<Session> sessions = p.weeks().stream().flatMap(w -> w.sessions().stream()).toList();
            final List<PlanDisplay.SessionDisplay> shown = PlanDisplay.of(p, DistanceUnit.KM, LocalDate.of(2026, 11, 25)).weeks().stream()
                    .flatMap(w -> w.sessions().stream()).toList();
            final String table = PlanTable.render(p, DistanceUnit.KM);
            assertThat(shown).hasSameSizeAs(sessions);
            for (int i = 0; i < sessions.size(); i++) {
                final Session s = sessions.get(i);
                final String row = table.lines().filter(l -> l.startsWith("  ") && l.contains(" " + s.date() + " ")).findFirst().orElseThrow();
                s.duration().ifPresent(d -> {
                    assertThat(shown.get(s == null ? 0 : sessions.indexOf(s)).amount()).contains(Durations.format(d));
                    assertThat(row).contains(Durations.format(d));
                });
                s.distanceM().filter(m -> m >= 1000).ifPresent(m -> {
                    assertThat(shown.get(sessions.indexOf(s)).amount()).contains(Distances.format(m, DistanceUnit.KM));
                    assertThat(row).contains(Distances.format(m, DistanceUnit.KM));
                });
            }
        }
    }

    /** Review: the table's " (cutback)" was English in code; it comes from the bundle like the rest (failed before). */
    @Test
    void aCutbackWeekIsNamedThroughTheBundle() {
        final Plan p = plan(Optional.empty());
        final app.stride.plan.PlanWeek cutback = p.weeks().stream().filter(app.stride.plan.PlanWeek::cutback).findFirst()
                .orElseThrow();
        assertThat(app.stride.common.Messages.get("cli.plan.cutback", "build")).isEqualTo("build (cutback)");
        assertThat(PlanTable.render(p, DistanceUnit.KM)).contains("Week " + cutback.number() + "  "
                + app.stride.common.Messages.get("cli.plan.cutback", cutback.phase().code()) + "  from " + cutback.start());
    }
}
