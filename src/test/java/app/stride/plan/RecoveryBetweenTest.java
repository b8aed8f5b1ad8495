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
 * No three hard-or-long days in a row (coach review p14): between two workouts, or a workout and the long run, an
 * easy run of at most {@value RecoveryBetween#MAX_MIN} minutes, never a long "easy" one, and its strides on another
 * easy day when the week has one. p14 (a 1:30 half runner, 60 km a week on mon-thu, sat, sun) ran Tue race
 * pace 11 km, Wed easy 18 km in 1:33, Thu tempo in its build weeks before the fix (both tests failed then).
 */
class RecoveryBetweenTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);
    /** A run longer than this at easy pace (the limit and a minute's rounding) is a long day, whatever its kind. */
    private static final long LONG_MIN = (long) RecoveryBetween.MAX_MIN + 1;

    /** p14 as the command line makes it: {@code plan --distance half --weekly-km 60 --longest-run-km 20 ...}. */
    @Test
    void p14HasARecoveryRunBetweenItsWorkouts() {
        final FitnessInput f = new FitnessInput(Optional.of(new RaceResult(RaceDistance.HALF, Duration.ofMinutes(90))),
                Optional.of(60_000.0), Optional.of(6), Optional.of(20_000.0), Optional.empty(), Optional.empty(), 0, false);
        final Plan p = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.HALF),
                Optional.of(Duration.ofMinutes(87)), Optional.of(LocalDate.of(2026, 12, 7)), Optional.empty(), Optional.of(12),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY,
                        DayOfWeek.SUNDAY), Optional.empty(), f, false));
        assertThat(threeHeavyDays(p)).isEmpty();
        assertThat(PlanRules.check(p)).isEmpty();
        for (PlanWeek w : p.weeks()) {
            // The week keeps its volume: what Wednesday gave up went to the other runs (the growth rule still holds).
            final long workouts = w.sessions().stream().filter(s -> s.type().isQuality()).count();
            if (workouts == 2 && !w.cutback() && w.phase() != Phase.TAPER) {
                assertThat(w.trainingM()).as("week %d", w.number()).isGreaterThanOrEqualTo(0.9 * 60_000);
            }
        }
    }

    /** Over 400 generated runners on 5 to 7 days (5K to half, 25 to 100 km a week, any long-run day, 8 to 12 weeks). */
    @Test
    void noLongRunBetweenTwoHardDaysOnFiveToSevenDays() {
        final Random r = new Random(20_261_207L);
        final List<String> bad = new ArrayList<>();
        int planned = 0;
        for (int i = 0; i < 400; i++) {
            final PlanRequest req = runner(r);
            final Optional<Plan> made = Runners.made(CLOCK, req);
            if (made.isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            planned++;
            threeHeavyDays(p).forEach(s -> bad.add(Runners.describe(req) + ": " + s));
            stridesBetweenHardDays(p).forEach(s -> bad.add(Runners.describe(req) + ": strides " + s));
            shortenedForNothing(p).forEach(s -> bad.add(Runners.describe(req) + ": shortened " + s));
        }
        assertThat(planned).as("plans made").isGreaterThan(300);
        assertThat(bad).isEmpty();
    }

    /**
     * Review: the golden improver-40-km-10k-time-12-weeks ran "strides 12.0 km 69 min" on Wednesday between Tuesday's
     * intervals and Thursday's tempo in weeks 9 and 10, though Saturday was an easy run. Failed before.
     */
    @Test
    void stridesGoToAnotherEasyDayNotTheOneBetweenTwoWorkouts() {
        final FitnessInput f = new FitnessInput(Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofMinutes(46))),
                Optional.of(40_000.0), Optional.of(5), Optional.of(14_000.0), Optional.empty(), Optional.empty(), 0, false);
        final Plan p = new PlanGenerator(CLOCK).generate(new PlanRequest(Goal.TIME, Optional.of(RaceDistance.TEN_K),
                Optional.empty(), Optional.of(Golden.MONDAY), Optional.empty(), Optional.of(12),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                Optional.empty(), f));
        assertThat(PlanRules.check(p)).isEmpty();
        assertThat(stridesBetweenHardDays(p)).isEmpty();
        for (int week : new int[] {9, 10}) {
            final List<Session> ss = p.weeks().get(week - 1).sessions();
            assertThat(ss).as("week %d", week).anyMatch(s -> s.date().getDayOfWeek() == DayOfWeek.WEDNESDAY
                    && s.type() == SessionType.EASY);
            assertThat(ss).as("week %d", week).anyMatch(s -> s.date().getDayOfWeek() == DayOfWeek.SATURDAY
                    && s.type() == SessionType.STRIDES);
        }
    }

    /**
     * Each strides session between two hard days (across weeks too) whose week has an easy run that is not, as
     * "date km".
     */
    static List<String> stridesBetweenHardDays(final Plan p) {
        final List<Session> all = p.weeks().stream().flatMap(w -> w.sessions().stream()).filter(s -> s.type().isRun()).toList();
        final java.util.function.Predicate<Session> between = s -> all.stream().anyMatch(o -> o.type().isHard()
                && o.date().equals(s.date().minusDays(1))) && all.stream().anyMatch(o -> o.type().isHard()
                && o.date().equals(s.date().plusDays(1)));
        final List<String> out = new ArrayList<>();
        for (PlanWeek w : p.weeks()) {
            for (Session s : w.sessions()) {
                if (s.type() == SessionType.STRIDES && between.test(s)
                        && w.sessions().stream().anyMatch(o -> o.type() == SessionType.EASY && !between.test(o))) {
                    out.add(s.date() + " " + Math.round(s.load().totalM() / 100) / 10.0 + " km");
                }
            }
        }
        return out;
    }

    /**
     * Each easy run held at the limit (its last five minutes) while an easy run of the same week is a kilometre longer,
     * though in the plan as made it is not between two hard days: a day before the plan starts, after the race, or in
     * a week that has no workout there is not hard (review: the pattern's weekday was taken as hard regardless).
     */
    static List<String> shortenedForNothing(final Plan p) {
        final List<Session> all = p.weeks().stream().flatMap(w -> w.sessions().stream()).filter(s -> s.type().isRun()).toList();
        final java.util.function.Predicate<java.time.LocalDate> hard = d -> all.stream()
                .anyMatch(o -> o.date().equals(d) && o.type().isHard());
        final List<String> out = new ArrayList<>();
        for (PlanWeek w : p.weeks()) {
            for (Session s : w.sessions()) {
                final long min = runMin(p, s);
                if (RecoveryBetween.easyKind(s.type()) && s.type() != SessionType.RECOVERY && s.runWalk().isEmpty()
                        && min >= RecoveryBetween.MAX_MIN - 5 && min <= RecoveryBetween.MAX_MIN
                        && !(hard.test(s.date().minusDays(1)) && hard.test(s.date().plusDays(1)))
                        && w.sessions().stream().anyMatch(o -> (o.type() == SessionType.EASY || o.type() == SessionType.STRIDES)
                                && o.load().totalM() >= s.load().totalM() + 1000)) {
                    out.add(s.date() + " " + Math.round(s.load().totalM() / 100) / 10.0 + " km " + min + " min");
                }
            }
        }
        return out;
    }

    private static PlanRequest runner(final Random r) {
        final RaceDistance d = Runners.PLAN_DISTANCES[r.nextInt(3)];
        final int n = 5 + r.nextInt(3);
        final List<DayOfWeek> all = new ArrayList<>(List.of(DayOfWeek.values()));
        Collections.shuffle(all, r);
        final Set<DayOfWeek> days = EnumSet.copyOf(all.subList(0, n));
        final double weeklyM = 25_000 + r.nextInt(76) * 1000;
        final double longestM = Math.min(25_000, weeklyM * (0.22 + 0.12 * r.nextDouble()));
        final RaceDistance raced = RaceDistance.values()[r.nextInt(3)];
        // 19 to 30 minutes a 5K, the same fitness over the other distances (about 3 min/km to 6 min/km).
        final double secPerKm = 230 + r.nextInt(130);
        final Duration time = Duration.ofSeconds((long) (secPerKm * raced.metres() / 1000 * (raced == RaceDistance.FIVE_K ? 1
                : raced == RaceDistance.TEN_K ? 1.04 : 1.1)));
        final FitnessInput f = new FitnessInput(Optional.of(new RaceResult(raced, time)), Optional.of(weeklyM),
                Optional.of(n), Optional.of(longestM), Optional.empty(), Optional.empty(), r.nextInt(4) == 0 ? r.nextInt(30) : 0,
                false);
        final Optional<DayOfWeek> longDay = r.nextBoolean() ? Optional.of(all.get(r.nextInt(n))) : Optional.empty();
        return new PlanRequest(r.nextBoolean() ? Goal.TIME : Goal.FINISH, Optional.of(d), Optional.empty(),
                Optional.of(LocalDate.of(2026, 12, 7).plusDays(r.nextInt(7))), Optional.empty(), Optional.of(8 + r.nextInt(5)),
                days, longDay, f, false);
    }

    /**
     * Each day between two hard days (a workout, the long run, the race: hard days never touch, {@link HardEasy}) that
     * is long too: three hard-or-long days in a row. Across weeks too, as "date type km min" of the day between.
     */
    static List<String> threeHeavyDays(final Plan p) {
        final List<Session> all = p.weeks().stream().flatMap(w -> w.sessions().stream()).filter(s -> s.type().isRun()).toList();
        final List<String> out = new ArrayList<>();
        for (int i = 1; i + 1 < all.size(); i++) {
            final Session before = all.get(i - 1);
            final Session mid = all.get(i);
            final Session after = all.get(i + 1);
            final boolean inARow = before.date().plusDays(1).equals(mid.date()) && mid.date().plusDays(1).equals(after.date());
            if (inARow && before.type().isHard() && after.type().isHard() && (mid.type().isHard() || runMin(p, mid) > LONG_MIN)) {
                out.add(mid.date() + " " + mid.type().code() + " " + Math.round(mid.load().totalM() / 100) / 10.0 + " km "
                        + runMin(p, mid) + " min");
            }
        }
        return out;
    }

    /** A run's minutes at easy pace (strides and their walks left out); a workout's as shown. */
    private static long runMin(final Plan p, final Session s) {
        return p.paces().filter(x -> !s.type().isQuality())
                .map(x -> Math.round(s.load().totalM() / 1000 * x.easy().midSecPerKm() / 60))
                .orElse(s.duration().map(Duration::toMinutes).orElse(0L));
    }
}
