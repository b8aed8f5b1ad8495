package app.stride.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
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
 * Returners' race day counts the fitness regained over the plan (coach review 4, defect 5). Before, p06 (a 1:55 half
 * runner, 30 days off, 12 weeks) was predicted 2:02:51 and rehearsed 5:49/km; n02 1:58:09; p27 (target 1:55, 60 days
 * off) 2:09:03; p08 (1:40, 150 days off) 2:01. All four of these tests failed before the fix.
 */
class RegainedFitnessTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate START = LocalDate.of(2026, 12, 7);

    private static Plan half(final double weeklyKm, final double longestKm, final int runs, final int daysOff,
                             final Duration race, final Duration target) {
        final FitnessInput f = new FitnessInput(Optional.of(new RaceResult(RaceDistance.HALF, race)),
                Optional.of(weeklyKm * 1000), Optional.of(runs), Optional.of(longestKm * 1000), Optional.empty(),
                Optional.empty(), daysOff, false);
        return new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.HALF),
                Optional.ofNullable(target), Optional.of(START), Optional.empty(), Optional.of(12),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Optional.empty(), f));
    }

    private static Duration hm(final int h, final int m) {
        return Duration.ofHours(h).plusMinutes(m);
    }

    private static Duration raceTime(final Plan p) {
        return p.raceTime().orElseThrow().slowest();
    }

    /** Race-pace sessions and their paces (s/km, the slow end). */
    private static List<Double> racePaceSessions(final Plan p) {
        return p.weeks().stream().flatMap(w -> w.sessions().stream()).filter(s -> s.type() == SessionType.RACE_PACE)
                .map(s -> (double) s.pace().orElseThrow().maxSecPerKm()).toList();
    }

    @Test
    void p06ThirtyDaysOffRacesCloseToTheOldHalf() {
        final Plan p = half(40, 18, 4, 30, hm(1, 55), null);
        // 90% of the time-off loss back after 8+ weeks: about 1:56, within 1% of the old 1:55 (was 2:02:51).
        assertTrue(raceTime(p).compareTo(hm(1, 57)) <= 0, raceTime(p)::toString);
        assertTrue(raceTime(p).compareTo(hm(1, 55)) >= 0, "never faster than before the break: " + raceTime(p));
        final double old = 115 * 60 / 21.0975;
        assertTrue(!racePaceSessions(p).isEmpty());
        // Race-pace work is the race's own pace, led by the week's threshold (coach review 5, defect 1: the work paces
        // follow the regain curve, WeekPaces).
        final List<TrainingPaces> weekly = WeekPaces.of(p).orElseThrow();
        for (PlanWeek w : p.weeks()) {
            for (Session s : w.sessions()) {
                if (s.type() == SessionType.RACE_PACE) {
                    final double pace = s.pace().orElseThrow().midSecPerKm();
                    final PaceRange threshold = weekly.get(w.number() - 1).threshold();
                    assertTrue(pace >= threshold.midSecPerKm() + ThresholdLead.LEAD_SEC_PER_KM,
                            "race-pace work at " + pace + " s/km against threshold " + threshold);
                    assertTrue(pace <= old * 1.02, "race-pace work at " + pace + " s/km");
                }
            }
        }
        // The training paces stay at today's fitness: week 1 is not run at the old paces.
        // (Easy and marathon paces: the work paces may lead the half's race pace, ThresholdLead.)
        assertEquals(p.fitness().vdot().orElseThrow().paces().easy(), p.paces().orElseThrow().easy());
        assertEquals(p.fitness().vdot().orElseThrow().paces().marathon(), p.paces().orElseThrow().marathon());
        assertTrue(p.fitness().vdot().orElseThrow().value() < Vdot.fromRace(21097.5, hm(1, 55)).value() * 0.95);
    }

    @Test
    void n02FortyFiveDaysOffWithTheOldTimeAsTarget() {
        final Plan p = half(40, 16, 4, 45, hm(1, 50), hm(1, 50));
        assertTrue(raceTime(p).compareTo(hm(1, 52)) <= 0, raceTime(p)::toString);
        // The note says why the target is still a stretch: the break, not the ordinary 3% in 8 weeks.
        assertTrue(p.warnings().stream().anyMatch(w -> w.code().equals("stretchReturner")), p.warnings()::toString);
    }

    @Test
    void p27SixtyDaysOffTarget155() {
        final Plan p = half(45, 18, 4, 60, hm(1, 55), hm(1, 55));
        // Was 2:09:03 (the detrained VDOT + 4.5%).
        assertTrue(raceTime(p).compareTo(hm(1, 58)) <= 0, raceTime(p)::toString);
    }

    @Test
    void p08HundredFiftyDaysOffRegainsLessAndSlower() {
        final Plan p = half(50, 20, 5, 150, hm(1, 40), null);
        // 60% of the loss back over 12 weeks: about 1:47 (was 2:01), still slower than a 60-day break would give.
        assertTrue(raceTime(p).compareTo(hm(1, 50)) <= 0, raceTime(p)::toString);
        assertTrue(raceTime(p).compareTo(hm(1, 44)) >= 0, raceTime(p)::toString);
    }

    @Test
    void theRegainedShareIsMostForShortBreaksAndNeverPastTheOldFitness() {
        assertEquals(0.9, RegainedFitness.share(30, 8), 1e-9);
        assertEquals(0.9, RegainedFitness.share(60, 12), 1e-9);
        assertEquals(0.45, RegainedFitness.share(45, 4), 1e-9);
        assertEquals(0.6, RegainedFitness.share(150, 12), 1e-9);
        assertEquals(0.3, RegainedFitness.share(200, 6), 1e-9);
        assertTrue(RegainedFitness.share(100, 12) < 0.9 && RegainedFitness.share(100, 12) > 0.6);
        final Vdot before = new Vdot(45);
        for (int days = 0; days <= 400; days += 7) {
            for (int weeks = 1; weeks <= 12; weeks++) {
                final Vdot now = before.afterTimeOff(days, false);
                final double v = RegainedFitness.after(before, now, days, weeks).value();
                assertTrue(v <= before.value() + 1e-9 && v >= now.value() - 1e-9, days + " days, " + weeks + " weeks: " + v);
            }
        }
    }

    @Test
    void aReplanAfterABreakCountsTheRegainTheSameWay() {
        // adapt rebuilds the future through the same generator with the break as days off: the same rule applies.
        final FitnessInput f = new FitnessInput(Optional.of(new RaceResult(RaceDistance.HALF, hm(1, 55))),
                Optional.of(40_000.0), Optional.of(4), Optional.of(18_000.0), Optional.empty(), Optional.empty(), 30, false);
        final Plan p = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.HALF),
                Optional.empty(), Optional.of(START), Optional.empty(), Optional.of(12),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Optional.empty(), f, true));
        assertTrue(raceTime(p).compareTo(hm(1, 57)) <= 0, raceTime(p)::toString);
    }

    /**
     * Over generated returners (14–60 days off, 10–12 weeks, 5K/10K/half, no target or the old time as target): every
     * race-pace session after week 6 is within 3% of the pre-break race pace.
     */
    @Test
    void racePaceWorkLateInALongPlanIsCloseToThePreBreakPace() {
        final Random r = new Random(20261130);
        final List<String> bad = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            final RaceDistance d = RaceDistance.values()[r.nextInt(3)];
            final double vdot = 35 + r.nextInt(21);
            final Duration old = new Vdot(vdot).raceTime(d.metres()).withNanos(0);
            final int runs = 3 + r.nextInt(3);
            final double weekly = (25 + r.nextInt(36)) * 1000.0;
            final int daysOff = 14 + r.nextInt(47);
            final FitnessInput f = new FitnessInput(Optional.of(new RaceResult(d, old)), Optional.of(weekly),
                    Optional.of(runs), Optional.of(Math.min(20_000, weekly * 0.35)), Optional.empty(), Optional.empty(),
                    daysOff, r.nextInt(4) == 0);
            final int weeks = 10 + r.nextInt(3);
            final List<DayOfWeek> order = List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY,
                    DayOfWeek.SATURDAY, DayOfWeek.WEDNESDAY);
            final PlanRequest req = new PlanRequest(Goal.TIME, Optional.of(d), r.nextBoolean() ? Optional.of(old) : Optional.empty(),
                    Optional.of(START), Optional.empty(), Optional.of(weeks), EnumSet.copyOf(order.subList(0, runs)),
                    Optional.empty(), f);
            final Optional<Plan> made = Runners.made(CLOCK, req);
            if (made.isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            final double oldPace = old.toSeconds() / (d.metres() / 1000);
            for (int w = 6; w < p.weeks().size(); w++) {
                for (Session s : p.weeks().get(w).sessions()) {
                    if (s.type() != SessionType.RACE_PACE) {
                        continue;
                    }
                    checked++;
                    final double pace = s.pace().orElseThrow().midSecPerKm();
                    // Close to the old race pace, and led by the week's own work paces (coach review 5, defect 1: the
                    // work paces follow the regain curve, WeekPaces).
                    final TrainingPaces work = WeekPaces.of(p).orElseThrow().get(w);
                    final double cap = (d == RaceDistance.HALF ? work.threshold() : work.interval()).midSecPerKm();
                    if (pace > oldPace * 1.03 || pace < cap) {
                        bad.add(d + " " + old + " " + daysOff + " days off, " + weeks + " weeks: week " + (w + 1)
                                + " race pace " + Math.round(pace) + " s/km vs " + Math.round(oldPace));
                    }
                }
            }
        }
        assertTrue(checked >= 100, "race-pace sessions checked: " + checked);
        assertEquals(List.of(), bad);
    }
}
