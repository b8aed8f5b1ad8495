package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Coach review n09 and p19 (issue 7, keep what they have, build where it helps). n09: a 17:00 5K runner on 80 km a week
 * over six days with 20 km long runs had the long run cut to the 5K's 16 km, the weeks with it to 66.6 km, and was told
 * the week "needs about 7 days". p19: a 27:00 5K runner on 20 km a week over three days (a 10K time goal from the race)
 * peaked at 26.3 km, 31% above the current week, built to the 10K's 28 km. Each test failed before the change.
 */
class BigFiveKRunnerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    private static Plan plan(final RaceDistance d, final Duration target, final int weeks, final Set<DayOfWeek> days,
                             final Duration race5k, final double weeklyM, final int runs, final double longestM) {
        return new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(d),
                Optional.ofNullable(target), Optional.of(START), Optional.empty(), Optional.of(weeks), days,
                Optional.empty(), new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, race5k)),
                        Optional.of(weeklyM), Optional.of(runs), Optional.of(longestM), Optional.empty(), Optional.empty(),
                        0, false)));
    }

    private static boolean ordinary(final PlanWeek w) {
        return !w.cutback() && w.phase() != Phase.TAPER;
    }

    private static double longRun(final PlanWeek w) {
        return w.longRunM();
    }

    private static double leastOrdinary(final Plan p) {
        return p.weeks().stream().filter(BigFiveKRunnerTest::ordinary).mapToDouble(PlanWeek::trainingM).min().orElseThrow();
    }

    @Test
    void aBigWeekOnFiveDaysIsHeldDownByItsDaysNotByTheLongRun() {
        // plan --distance=5k --weekly-km=66 --runs-per-week=5 --longest-run-km=20 --recent-race=5k=17:00
        //      --days=mon,tue,thu,sat,sun --weeks=8 --start-date=2026-12-07
        // Review: it said "which 5 running days can carry; but easy runs stay within three quarters of the long run",
        // though the long run is 19 km (three quarters: 14.25) and the easy runs are 14 km. What holds the week down
        // is the days: Saturday shortened before the long run, Monday's recovery run, the workout day. Failed before.
        final Plan p = plan(RaceDistance.FIVE_K, null, 8, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Duration.ofMinutes(17), 66_000, 5, 20_000);

        assertThat(PlanRules.check(p)).isEmpty();
        assertThat(p.warnings()).as("was volumeNotHeldLongRun").noneMatch(m -> m.code().equals(VolumeTarget.LONG_RUN_HOLDS));
        final PlanMessage m = p.warnings().stream().filter(w -> w.code().equals(VolumeTarget.NOT_HELD)).findFirst()
                .orElseThrow();
        assertThat(m.args()).containsExactly(new Length(66_000), 5, 6, new Length(leastOrdinary(p)));
        assertThat(p.weeks().stream().mapToDouble(PlanWeek::longRunM).max().orElseThrow()).isEqualTo(19_000);

        // And the advice is true: running six days (wed added) the same runner keeps the week.
        final Plan six = plan(RaceDistance.FIVE_K, null, 8, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Duration.ofMinutes(17),
                66_000, 6, 20_000);
        assertThat(six.warnings()).noneMatch(VolumeTarget::notHeldWarning);
        assertThat(leastOrdinary(six)).isGreaterThanOrEqualTo(0.9 * 66_000 - 1500);
    }

    /**
     * Above the band of {@link #bigVolumeFiveKRunnersKeepTheirWeekAndLongRun} (12–16 km a running day on five days,
     * an 18–22 km long run): a plan that falls short says why, and the cause it names is true. "Add a day" (the days
     * bind) means the same runner on the days it names holds more; "the long run holds it" means not even every run
     * at three quarters of the week's long run could carry the week.
     */
    @Test
    void bigFiveKRunnersOverTheBandAreToldTheTrueCause() {
        final Random rnd = new Random(1_313);
        final List<String> found = new ArrayList<>();
        int warned = 0;
        for (int i = 0; i < 60; i++) {
            final List<DayOfWeek> all = new ArrayList<>(List.of(DayOfWeek.values()));
            Collections.shuffle(all, rnd);
            final Set<DayOfWeek> days = EnumSet.copyOf(all.subList(0, 5));
            final double weekly = Math.round((12_000 + 4_000 * rnd.nextDouble()) * 5);
            final double longest = Math.round(18_000 + 4_000 * rnd.nextDouble());
            final Duration race = Duration.ofSeconds(15 * 60 + rnd.nextInt(4 * 60));
            final Plan p = plan(RaceDistance.FIVE_K, null, 8 + rnd.nextInt(5), days, race, weekly, 5, longest);
            final String who = String.format("%.1f km on %s, longest %.1f km, 5K %s", weekly / 1000, days, longest / 1000, race);
            final double least = leastOrdinary(p);
            final Optional<PlanMessage> m = p.warnings().stream().filter(VolumeTarget::notHeldWarning).findFirst();
            if (m.isEmpty()) {
                if (least < 0.9 * weekly - 1500) {
                    found.add(who + ": short and not warned");
                }
                continue;
            }
            warned++;
            final PlanWeek leastWeek = p.weeks().stream().filter(BigFiveKRunnerTest::ordinary)
                    .filter(w -> w.trainingM() == least).findFirst().orElseThrow();
            final double weekLong = leastWeek.longRunM();
            final boolean allAtThreeQuarters = weekLong + 4 * 0.75 * weekLong >= 0.9 * weekly - 1500;
            if (m.get().code().equals(VolumeTarget.LONG_RUN_HOLDS)) {
                if (allAtThreeQuarters) {
                    found.add(who + ": blames the long run, but five runs at three quarters of it carry the week");
                }
                continue;
            }
            if (!allAtThreeQuarters) {
                found.add(who + ": blames the days, but the long run holds the week");
            }
            final int needed = (Integer) m.get().args().get(2);
            final Set<DayOfWeek> more = EnumSet.copyOf(days);
            for (DayOfWeek d : all.subList(5, 7)) {
                if (more.size() < needed) {
                    more.add(d);
                }
            }
            // (The runner then runs that many days: the plan takes as many of the offered days as they run.)
            final Plan added = plan(RaceDistance.FIVE_K, null, p.weeks().size(), more, race, weekly, needed, longest);
            if (leastOrdinary(added) < least + 1500) {
                found.add(String.format("%s: add a day, but on %s the least week is %.1f km (was %.1f)", who, more,
                        leastOrdinary(added) / 1000, least / 1000));
            }
        }
        assertThat(found).isEmpty();
        assertThat(warned).as("warned in the sample").isGreaterThan(10);
    }

    @Test
    void n09AFastFiveKRunnerKeepsTheLongRunTheWeekAndIsNotToldToAddADay() {
        // plan --distance 5k --weekly-km 80 --longest-run-km 20 --runs-per-week 6 --recent-race 5k=17:00
        //      --target-time 16:30 --days mon,tue,wed,thu,fri,sun --weeks 8 --start-date 2026-12-07
        final Plan p = plan(RaceDistance.FIVE_K, Duration.parse("PT16M30S"), 8,
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY, DayOfWeek.SUNDAY), Duration.ofMinutes(17), 80_000, 6, 20_000);

        assertThat(PlanRules.check(p)).isEmpty();
        assertThat(p.warnings()).as("was: it needs about 7 days").noneMatch(VolumeTarget::notHeldWarning);
        for (PlanWeek w : p.weeks()) {
            if (ordinary(w)) {
                assertThat(w.trainingM()).as("week %d (was 66.6 km)", w.number()).isGreaterThanOrEqualTo(0.9 * 80_000);
                assertThat(longRun(w)).as("long run of week %d (was 16 km)", w.number()).isGreaterThanOrEqualTo(0.9 * 20_000);
            }
        }
        final double peak = p.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElseThrow();
        assertThat(peak).as("a time goal's peak").isBetween(1.05 * 80_000, 1.25 * 80_000);
    }

    @Test
    void p19ATenKFromA20KmWeekPeaksAtMost25PercentAbove() {
        // plan --distance 10k --weekly-km 20 --longest-run-km 8 --runs-per-week 3 --days mon,tue,wed
        //      --recent-race 5k=27:00 --weeks 10 --start-date 2026-12-07 (a time goal: paces from the race)
        final Plan p = plan(RaceDistance.TEN_K, null, 10, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY), Duration.ofMinutes(27), 20_000, 3, 8_000);

        assertThat(PlanRules.check(p)).isEmpty();
        final double peak = p.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElseThrow();
        assertThat(peak).as("peak (was 26.3 km, +31%)").isBetween(1.05 * 20_000, 1.25 * 20_000);
        assertThat(p.sessions().stream().filter(s -> s.type() == SessionType.LONG).mapToDouble(s -> s.load().totalM())
                .max().orElseThrow()).as("the 10K's long run").isGreaterThanOrEqualTo(10_000);
        // Three days in a row: a workout never next to another workout or the long run.
        for (PlanWeek w : p.weeks()) {
            for (Session s : w.sessions()) {
                if (s.type().isQuality()) {
                    assertThat(w.sessions()).as("week %d, around the %s", w.number(), s.type())
                            .noneMatch(o -> o != s && (o.type().isQuality() || o.type() == SessionType.LONG)
                                    && Math.abs(o.date().toEpochDay() - s.date().toEpochDay()) == 1);
                }
            }
        }
    }

    /**
     * Generated big-volume 5K runners (45–80 km a week on 5–6 days, at most 13.4 km a running day on six days as n09 and 12 km on five: above that the hills week and a 40-minute recovery run hold the week under 90% and the plan says so, an 18–22 km long run, a 15:00–19:00 5K, 8–12
     * weeks): every ordinary week keeps 90% of the current week, and its long run 90% of the runner's long run (up to
     * the 10K's cap), with no {@code volumeNotHeld} warning.
     */
    @Test
    void bigVolumeFiveKRunnersKeepTheirWeekAndLongRun() {
        final Random rnd = new Random(9_009);
        final List<String> found = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            final int runs = 5 + rnd.nextInt(2);
            final List<DayOfWeek> all = new ArrayList<>(List.of(DayOfWeek.values()));
            Collections.shuffle(all, rnd);
            final Set<DayOfWeek> days = EnumSet.copyOf(all.subList(0, runs));
            final double weekly = Math.round(45_000 + (Math.min(80_000, (runs == 6 ? 13_400.0 : 12_000.0) * runs) - 45_000) * rnd.nextDouble());
            final double longest = Math.round(18_000 + 4_000 * rnd.nextDouble());
            final Duration race = Duration.ofSeconds(15 * 60 + rnd.nextInt(4 * 60));
            final Duration target = rnd.nextBoolean() ? race.minusSeconds(rnd.nextInt(30)) : null;
            final Plan p = plan(RaceDistance.FIVE_K, target, 8 + rnd.nextInt(5), days, race, weekly, runs, longest);
            final String who = String.format("%.1f km on %d days %s, longest %.1f km, 5K %s", weekly / 1000, runs, days,
                    longest / 1000, race);
            if (p.warnings().stream().anyMatch(VolumeTarget::notHeldWarning)) {
                found.add(who + ": volumeNotHeld");
            }
            // Up to the 10K's cap (19 km or 100 minutes at easy pace) and the long run's share of the week, less a
            // half-kilometre rounding step.
            final double tenKCap = LongRunRule.cap(Optional.of(RaceDistance.TEN_K), Goal.TIME,
                    p.paces().orElseThrow().easy().midSecPerKm());
            final double keptLong = Math.min(0.9 * longest, Math.min(tenKCap, LongRunRule.share(runs) * 0.9 * weekly) - 500);
            for (PlanWeek w : p.weeks()) {
                if (!ordinary(w)) {
                    continue;
                }
                if (w.trainingM() < 0.9 * weekly - 1500) {
                    found.add(String.format("%s: week %d %.1f km", who, w.number(), w.trainingM() / 1000));
                }
                if (longRun(w) < keptLong) {
                    found.add(String.format("%s: week %d long run %.1f km", who, w.number(), longRun(w) / 1000));
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
