package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.Session;
import app.stride.plan.Step;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Only N minutes" on Couch to 5K days (coach's review, finding 6): run/walk really gets shorter, and says so honestly. */
class ShortenRunWalkTest {

    static Plan c25k() {
        final LocalDate start = LocalDate.of(2026, 12, 7);
        return new PlanGenerator(Clock.fixed(start.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))
                .generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.FIVE_K), Optional.empty(), Optional.of(start),
                        Optional.empty(), Optional.of(12), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
                        Optional.empty(), new FitnessInput(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                                Optional.of(0), Optional.empty(), 0, false)));
    }

    private static Session on(final Plan plan, final LocalDate day) {
        return plan.sessions().stream().filter(s -> s.date().equals(day)).findFirst().orElseThrow();
    }

    private static Duration running(final List<Step> steps) {
        Duration d = Duration.ZERO;
        for (Step st : steps) {
            if (st.kind() == Step.Kind.REPEAT) {
                d = d.plus(running(st.steps()).multipliedBy(st.times()));
            } else if (st.kind() == Step.Kind.RUN) {
                d = d.plus(st.duration().orElseThrow());
            }
        }
        return d;
    }

    @Test
    void aRunWalkSessionLosesCyclesAndItsTimeIsItsSteps() {
        final Session thursday = on(c25k(), LocalDate.of(2027, 1, 7)); // 5 walk, 8 run, 5 walk, 8 run, 5 walk: 31 min

        final Session to = ShortenSession.shortened(thursday, Duration.ofMinutes(20));

        assertThat(to.duration().orElseThrow()).isLessThanOrEqualTo(Duration.ofMinutes(20)).isGreaterThan(Duration.ofMinutes(15));
        assertThat(StepSizes.length(to.steps(), StepSizes.FALLBACK_SEC_PER_KM)).isEqualTo(to.duration().orElseThrow());
        assertThat(running(to.steps())).isLessThan(running(thursday.steps()));
        assertThat(to.description().args().get(0)).isEqualTo((int) Math.round(to.duration().orElseThrow().toSeconds() / 60.0));
    }

    @Test
    void theKeyContinuousRunKeepsItsTwentyMinutesAndDropsTheWalks() {
        final Session saturday = on(c25k(), LocalDate.of(2027, 1, 9)); // 5 walk, 20 run, 5 walk

        final Session to = ShortenSession.shortened(saturday, Duration.ofMinutes(20));

        assertThat(to.steps()).hasSize(1);
        assertThat(to.steps().get(0).kind()).isEqualTo(Step.Kind.RUN);
        assertThat(to.steps().get(0).duration()).contains(Duration.ofMinutes(20));
        assertThat(to.duration()).contains(Duration.ofMinutes(20));
        assertThat(to.description().code()).isEqualTo("life.shortened.continuousKept");
    }

    /** Every Couch to 5K session, every minute from 10 up: shorter, the time said is the steps'; with walks, never over. */
    @Test
    void everyCouchToFiveKSessionShortensHonestly() {
        final List<String> broken = new ArrayList<>();
        for (Session s : c25k().sessions()) {
            final long planned = StepSizes.length(s).toMinutes();
            if (s.type() == app.stride.plan.SessionType.RACE) {
                continue;
            }
            for (int m = ShortenSession.MIN_MINUTES; m < planned; m++) {
                final Session to = ShortenSession.shortened(s, Duration.ofMinutes(m));
                final Duration steps = StepSizes.length(to.steps(), StepSizes.secPerKm(s));
                final Duration d = to.duration().orElseThrow();
                final Object said = to.description().args().isEmpty() ? null : to.description().args().get(0);
                // Sessions with walking in them fit the minutes asked; every session says its own minutes.
                final boolean over = RunWalkCut.applies(s)
                        && (d.compareTo(Duration.ofMinutes(m)) > 0 || !d.minus(StepSizes.length(s)).isNegative());
                if (!steps.equals(d) || over
                        || !Integer.valueOf((int) Math.round(d.toSeconds() / 60.0)).equals(said)) {
                    broken.add(s.date() + " in " + m + " min: " + d + " steps " + steps + " said " + said);
                }
            }
        }
        assertThat(broken).isEmpty();
    }
}
