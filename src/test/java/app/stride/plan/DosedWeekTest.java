package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.DistanceUnit;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DosedWeek}: the raised week is composed only when the raise can change it, and the week the seam remembers is
 * the one kept (engineer review 6, findings 3 and 10).
 */
class DosedWeekTest {

    private static final int RUNNERS = 1500;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-30T10:00:00Z"), ZoneOffset.UTC);

    private static String plan(final PlanRequest r, final MinimumDose.Use use) {
        try {
            return new PlanGenerator(CLOCK, DistanceUnit.KM, use).generate(r).toString();
        } catch (PlanInputException e) {
            return "refused " + e.problem();
        }
    }

    /** Composing the raised week only where the raise matters gives the same plans as composing every week twice. */
    @Test
    void skippingTheRaisedWeekChangesNoPlan() {
        final Random rnd = new Random(7_2029L);
        int compared = 0;
        for (int i = 0; i < RUNNERS; i++) {
            final PlanRequest r = Runners.randomRequest(rnd);
            final String once = plan(r, MinimumDose.Use.ON);
            assertThat(once).as(Runners.describe(r)).isEqualTo(plan(r, MinimumDose.Use.ON_COMPOSING_TWICE));
            compared += once.startsWith("refused") ? 0 : 1;
        }
        assertThat(compared).isGreaterThan(RUNNERS / 2);
    }

    /**
     * A week whose raised composition is refused leaves the plain week in the seam, not the raised one: the next week
     * reads its hard days from the week the runner gets. Failed before (the seam was recorded inside each composition,
     * so the raised one, composed last, stayed even when refused).
     */
    @Test
    void theSeamHoldsTheWeekKept() {
        final LocalDate start = LocalDate.of(2027, 1, 4);
        final PlanRequest r = new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.TEN_K), Optional.empty(),
                Optional.of(start), Optional.of(start.plusWeeks(9).plusDays(6)), Optional.empty(),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.empty(), Optional.of(20_000.0), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), 0, false));
        final PlanDates dates = PlanDates.resolve(r, start);
        final PlanGenerator.Generation g = PlanGenerator.build(r, dates, Fitness.assess(r.fitness()), new ArrayList<>(),
                false, true);
        final Sessions sessions = g.sessions();
        final WeekSeam seam = new WeekSeam(g.context(), DayOfWeek.SUNDAY, List.of(DayOfWeek.TUESDAY));
        final DosedWeek dosed = new DosedWeek(sessions, MinimumDose.Use.ON, seam);
        final List<LocalDate> days = List.of(start.plusDays(1), start.plusDays(3), start.plusDays(6));
        final Session easyTue = sessions.run(days.get(0), SessionType.EASY, 5000, 0, Optional.empty());
        final Session easyThu = sessions.run(days.get(1), SessionType.EASY, 5000, 0, Optional.empty());
        final Session lng = sessions.run(days.get(2), SessionType.LONG, 8000, 0, Optional.empty());
        final Session tempo = sessions.workout(days.get(0), SessionType.TEMPO, 40_000, 1, false).orElseThrow();
        final WeekComposer.Week w = new WeekComposer.Week(days, 18_000, 8000, List.of(SessionType.TEMPO), 1, 0, false,
                false, m -> Optional.empty(), 0, 8000);
        final int[] calls = {0};
        final List<Session> kept = dosed.choose(w, () -> {
            if (calls[0]++ == 0) {
                // The plain composition meets a workout the dose would let through: the raise matters.
                sessions.fits(new Session.Load(3000, 1500, 0, 0), 10_000);
                return List.of(easyTue, easyThu, lng);
            }
            // The raised week drops a run: refused.
            return List.of(tempo, lng);
        });

        assertThat(calls[0]).isEqualTo(2);
        assertThat(kept).containsExactly(easyTue, easyThu, lng);
        assertThat(dosed.refusedOn(days.get(1))).isTrue();
        // Tuesday, a hard day only in the refused raised week, is an easy day to the week after.
        final List<LocalDate> next = days.stream().map(d -> d.plusWeeks(1)).toList();
        assertThat(seam.hardOutside(next).test(days.get(0))).isFalse();
        assertThat(seam.hardOutside(next).test(days.get(2))).isTrue();
    }
}
