package app.stride.plan;

import app.stride.text.PlanText;
import app.stride.text.StepText;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every rule of the second-edition engine over {@value #RUNNERS} generated runners (fixed seed, plain JUnit, see ADR
 * 0005): each property is one method, so a failure names the rule and the runner. The safety rules (growth, long
 * run, cutbacks, taper, hard/easy, Daniels' limits, paces) are checked by {@link PlanRules}.
 */
class PlanRulePropertiesTest {

    static final int RUNNERS = 3000;
    static final long SEED = 7_2027L;
    /** Workouts under their minimum over these runners (measured; may only fall). */
    private static final int UNDER_CEILING = 916;
    /** Of them, in a week neither refused by keepsTheWeek nor too small for the minimum (measured; may only fall). */
    private static final int UNEXPLAINED_CEILING = 2;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-30T10:00:00Z"), ZoneOffset.UTC);
    private static final List<PlanRequest> REQUESTS = requests();
    private static final List<Optional<Plan>> PLANS = REQUESTS.stream().map(r -> Runners.made(CLOCK, r)).toList();

    private static List<PlanRequest> requests() {
        final Random rnd = new Random(SEED);
        final List<PlanRequest> out = new ArrayList<>(RUNNERS);
        while (out.size() < RUNNERS) {
            out.add(Runners.randomRequest(rnd));
        }
        return out;
    }

    private static void forEachPlan(final BiConsumer<PlanRequest, Plan> check) {
        int checked = 0;
        for (int i = 0; i < RUNNERS; i++) {
            final PlanRequest r = REQUESTS.get(i);
            final Optional<Plan> p = PLANS.get(i);
            if (p.isPresent()) {
                Runners.named(Runners.describe(r), () -> check.accept(r, p.get()));
                checked++;
            }
        }
        assertThat(checked).as("plans made").isGreaterThan(RUNNERS * 8 / 10);
    }

    @ParameterizedTest(name = "safety rules, part {0}")
    @ValueSource(ints = {0, 1, 2})
    void everyPlanKeepsTheSafetyRules(final int part) {
        for (int i = part; i < RUNNERS; i += 3) {
            final int k = i;
            PLANS.get(i).ifPresent(p -> Runners.named(Runners.describe(REQUESTS.get(k)),
                    () -> assertThat(PlanRules.check(p)).isEmpty()));
        }
    }

    /**
     * Minimum dose (coach review 4, item 7; engineer review 6, finding 5): a tempo, interval, repetition or race-pace
     * session outside race week runs at least its kind's minimum at pace ({@link MinimumDose}), except in a week whose
     * raised composition {@link MinimumDose#keepsTheWeek} refused (it would shorten the long run, grow the week or drop
     * a run) or a week too small to hold the minimum within {@value MinimumDose#MAX_SHARE_PERCENT}% of it: checked on each runner's own composition, where {@link DosedWeek} notes the weeks it refused. Replaces
     * the test that asked every workout to reach its minimum, which the rule no longer promises.
     */
    @org.junit.jupiter.api.Test
    void aWorkoutUnderItsMinimumOnlyWhereTheRaisedWeekWasRefused() {
        final int[] paced = {0};
        final int[] under = {0};
        final List<String> unexplained = new ArrayList<>();
        forEachPlan((r, p) -> {
            if (r.distance().isEmpty()) {
                return;
            }
            final PlanDates dates = PlanDates.resolve(r, LocalDate.now(CLOCK));
            final PlanGenerator.Generation g = PlanGenerator.build(r, dates, Fitness.assess(r.fitness()), new ArrayList<>(),
                    false, true);
            for (PlanWeek w : g.draft().weeks()) {
                for (Session s : w.sessions()) {
                    if (s.pace().isEmpty() || !MinimumDose.raises(g.context(), s.date(), s.type())) {
                        continue;
                    }
                    paced[0]++;
                    final double least = MinimumDose.metres(s.type(), r.distance().get(), s.pace().get().midSecPerKm());
                    if (s.load().workM() < least - 1) {
                        under[0]++;
                        // A week too small to hold the minimum within its 20% keeps what fits (race pace shortened).
                        final double weekM = w.sessions().stream().mapToDouble(x -> x.load().totalM()).sum();
                        if (!g.planner().dosed().refusedOn(s.date()) && MinimumDose.weekHolds(least, weekM)) {
                            unexplained.add(String.format("%s: %s on %s, %s m of %s", Runners.describe(r), s.type(),
                                    s.date(), s.load().workM(), least));
                        }
                    }
                }
            }
        });
        System.out.printf("minimum dose: %d of %d paced workouts outside race week under their minimum, %d unexplained%n",
                under[0], paced[0], unexplained.size());
        unexplained.stream().limit(8).forEach(System.out::println);
        assertThat(unexplained.size()).as("under their minimum in a week neither refused nor too small: %s", unexplained)
                .isLessThanOrEqualTo(UNEXPLAINED_CEILING);
        assertThat(under[0]).as("workouts under their minimum").isLessThanOrEqualTo(UNDER_CEILING);
    }

    /** Feasible or refused: a refusal names the race date, and every alternative it offers gives a plan. */
    @org.junit.jupiter.api.Test
    void refusalsNameTheRaceDateAndOfferAlternativesThatWork() {
        int refused = 0;
        for (PlanRequest r : REQUESTS) {
            try {
                new PlanGenerator(CLOCK).generate(r);
            } catch (PlanInputException e) {
                if (!e.problem().code().startsWith("notFeasible")) {
                    continue;
                }
                refused++;
                Runners.named(Runners.describe(r), () -> {
                    assertThat(e.field()).isEqualTo(PlanField.RACE_DATE);
                    for (PlanAlternative a : e.alternatives()) {
                        final PlanRequest changed = new PlanRequest(a.distance().isPresent() && r.goal() == Goal.TIME ? Goal.FINISH : r.goal(),
                                a.distance().or(r::distance), a.distance().isPresent() ? Optional.empty() : r.targetTime(),
                                r.startDate().or(() -> Optional.of(startOf(r))), a.shorterFirst() ? r.raceDate() : a.raceDate().or(r::raceDate),
                                a.raceDate().isPresent() && !a.shorterFirst() ? Optional.empty() : r.weeks(), r.days(), r.longRunDay(), r.fitness());
                        assertThat(Runners.made(CLOCK, changed)).as("alternative %s", a).isPresent();
                        // Quality review: what was offered as working does not come back saying it is too short.
                        assertThat(Runners.made(CLOCK, changed).orElseThrow().warnings()).as("alternative %s", a)
                                .noneMatch(w -> w.code().equals("notReady"));
                        if (a.shorterFirst()) {
                            // Then this race, on a date after the shorter one.
                            assertThat(a.raceDate().orElseThrow()).isAfter(Runners.made(CLOCK, changed).orElseThrow().endDate());
                        }
                    }
                });
            }
        }
        assertThat(refused).as("refused goals in the sample").isGreaterThan(10);
    }

    private static LocalDate startOf(final PlanRequest r) {
        return PlanDates.resolve(r, LocalDate.now(CLOCK)).start();
    }

    /**
     * Keep what they have: an established runner's ordinary weeks stay at 90% or more of the current week (in
     * proportion to the days, and as far as the long-run rule lets runs grow), in every plan that does not say
     * {@code volumeNotHeld} or {@code volumeNotHeldLongRun}. Those warnings are kept for a big week on few days, which
     * runs within the long-run rule, a short recovery run and one workout at Daniels' sizes cannot carry: there the
     * warning names its cause and the least the plan holds, and no ordinary week drops under three quarters of the floor.
     */
    @org.junit.jupiter.api.Test
    void establishedRunnersKeepTheirVolume() {
        final int[] counts = new int[3];
        forEachPlan((r, p) -> {
            // Returners follow their ramp; run/walk by choice keeps its own volume.
            if (!VolumeTarget.established(p.fitness()) || r.fitness().runWalk().isPresent() || r.fitness().daysOff() >= 28) {
                return;
            }
            final double floor = VolumeTarget.floor(p.fitness(), runDays(p));
            final Optional<PlanMessage> warned = p.warnings().stream().filter(VolumeTarget::notHeldWarning).findFirst();
            double least = Double.MAX_VALUE;
            for (PlanWeek w : p.weeks()) {
                if (!w.cutback() && w.phase() != Phase.TAPER) {
                    if (warned.isEmpty()) {
                        assertThat(w.trainingM()).as("week %d", w.number()).isGreaterThanOrEqualTo(0.75 * floor);
                    }
                    least = Math.min(least, w.trainingM());
                }
            }
            counts[0]++;
            if (warned.isEmpty()) {
                assertThat(least).as("the least ordinary week, floor %.0f", floor).isGreaterThanOrEqualTo(floor - 1500);
                counts[1]++;
            } else {
                // Warned only when the plan really falls short of keeping the current week.
                assertThat(least).as("the least ordinary week").isLessThan(VolumeTarget.keep(p.fitness(), runDays(p)) - 1500);
                if (warned.get().code().equals(VolumeTarget.LONG_RUN_HOLDS)) {
                    // The long run holds the week (coach review n09): the days could carry it (16 km a day at most),
                    // and the plan names the long run of its least-held week (the one that binds).
                    final double leastM = least;
                    final double leastLong = p.weeks().stream().filter(w -> !w.cutback() && w.phase() != Phase.TAPER
                            && w.trainingM() == leastM).findFirst().orElseThrow().longRunM();
                    assertThat(p.fitness().currentWeeklyM()).isLessThanOrEqualTo(runDays(p) * 16_000);
                    assertThat(warned.get().args()).containsExactly(new Length(p.fitness().currentWeeklyM()), runDays(p),
                            new Length(leastLong > 0 ? leastLong
                                    : p.weeks().stream().mapToDouble(PlanWeek::longRunM).max().orElse(0)),
                            new Length(least));
                } else {
                    // The days hold it: the plan names more days than it has, at most seven.
                    assertThat(warned.get().args()).hasSize(4);
                    assertThat(warned.get().args().subList(0, 2)).containsExactly(new Length(p.fitness().currentWeeklyM()), runDays(p));
                    assertThat((Integer) warned.get().args().get(2)).isBetween(runDays(p) + 1, 7);
                    assertThat(warned.get().args().get(3)).isEqualTo(new Length(least));
                }
                counts[2]++;
            }
        });
        // Measured on the 3,000 runners: 1,135 of 1,154 keep the floor; the 19 others are warned (48–90 km in 2–6 runs).
        System.out.printf("volume floor: %d of %d kept, %d warned%n", counts[1], counts[0], counts[2]);
        // Measured on the 3,000 runners since easy runs stay at three quarters of a long run capped by distance
        // (coach review 2): 815 of 1,152 keep the floor; 337 are warned (big weeks on few days, or a longest run far
        // short of the week) instead of running a second long run the day before the long run.
        assertThat(counts[2]).as("warned, of %d", counts[0]).isLessThanOrEqualTo(counts[0] / 3);
    }

    /** Quality review: a workout is a warm-up, the work and a cool-down; together no more than 30 minutes and 6 km. */
    @org.junit.jupiter.api.Test
    void workoutsAreNotPaddedWithWarmUps() {
        forEachPlan((r, p) -> QualityReviewTest.assertWorkoutsAreNotPadded(p));
    }

    private static int runDays(final Plan p) {
        return (int) p.weeks().stream().mapToLong(w -> w.sessions().stream().filter(x -> x.type().isRun() && x.type() != SessionType.RACE).count()).max().orElse(0);
    }

    /**
     * Build where it helps: a time goal never detrains an established runner (peak at least 90% of the current week)
     * and, where the weeks, days and long-run rule allow, peaks 5% or more above it in every plan that does not say
     * {@code volumeNotHeld} (a week too big for its days cannot grow either).
     */
    @org.junit.jupiter.api.Test
    void timeGoalsBuildTowardAPeak() {
        final int[] counts = new int[2];
        forEachPlan((r, p) -> {
            // A returner (4+ weeks off) follows the ramp and its two-week cap instead.
            if (r.goal() != Goal.TIME || !VolumeTarget.established(p.fitness()) || p.weeks().size() < 8
                    || r.fitness().daysOff() >= 28
                    || runDays(p) < p.fitness().currentRuns()
                    || 0.75 * runDays(p) * LongRunRule.next(p.fitness().longestRunM()) < 1.05 * p.fitness().currentWeeklyM()) {
                return;
            }
            final double peak = p.weeks().stream().mapToDouble(PlanWeek::trainingM).max().orElse(0);
            counts[0]++;
            // A long run at the distance's cap (2 h 15 at easy pace for the half) holds the week with it: easy runs
            // stay at three quarters of it and a workout is sized by its work (coach review D5, build3: 1 runner).
            final boolean capped = p.weeks().stream().flatMap(w -> w.sessions().stream())
                    .filter(s -> s.type() == SessionType.LONG && s.duration().isPresent())
                    .anyMatch(s -> s.load().totalM() >= LongRunRule.cap(r.distance(), r.goal(),
                            s.duration().get().toSeconds() / (s.load().totalM() / 1000)) - 500);
            if (p.warnings().stream().noneMatch(VolumeTarget::notHeldWarning)
                    && !(capped && peak < 1.05 * p.fitness().currentWeeklyM() - 500)) {
                assertThat(peak).isGreaterThanOrEqualTo(0.9 * p.fitness().currentWeeklyM());
                assertThat(peak).as("peak, current week %.0f", p.fitness().currentWeeklyM())
                        .isGreaterThanOrEqualTo(1.05 * p.fitness().currentWeeklyM() - 500);
                // Coach review D5: week 1 is the current week or near it, not the plan's biggest week.
                assertThat(p.weeks().get(0).trainingM()).as("week 1, current week %.0f", p.fitness().currentWeeklyM())
                        .isLessThanOrEqualTo(1.10 * p.fitness().currentWeeklyM());
                assertThat(peak).as("peak above week 1").isGreaterThan(p.weeks().get(0).trainingM());
                counts[1]++;
            }
        });
        // Measured on the 3,000 runners: 73 of 74 such plans peak 5%+ above; the other is warned (80 km in 4 runs).
        System.out.printf("peak rule: %d of %d held, the others warned%n", counts[1], counts[0]);
        // Since the long run is capped by distance (coach review 2): 60 of 72 peak 5%+ above; the 12 others are warned.
        assertThat(counts[1]).as("plans held to the peak rule, of %d", counts[0]).isGreaterThanOrEqualTo(counts[0] * 3 / 4);
    }

    /**
     * Workouts sized to the week (Daniels, training.md): threshold at most 10% of the week, intervals 8% (and 10 km),
     * repetitions 5% (and 8 km), and in an ordinary week at least half that share (less one repeat, as repeats are
     * whole): a big week's workouts grow with it instead of staying at a small runner's ladder.
     */
    @org.junit.jupiter.api.Test
    void workoutsAreSizedToTheWeek() {
        final int[] sized = new int[1];
        forEachPlan((r, p) -> {
            for (PlanWeek w : p.weeks()) {
                final double week = w.trainingM();
                for (Session s : w.sessions()) {
                    final Session.Load l = s.load();
                    assertThat(l.intervalM()).as("intervals on %s", s.date()).isLessThanOrEqualTo(10_000 + 1e-6);
                    assertThat(l.repetitionM()).as("repetitions on %s", s.date()).isLessThanOrEqualTo(8_000 + 1e-6);
                    if (w.cutback() || w.phase() == Phase.TAPER || w.phase() == Phase.BASE) {
                        continue;
                    }
                    final double rep = 1609.344;
                    switch (s.type()) {
                        case TEMPO -> assertThat(l.thresholdM()).as("tempo on %s, week %.0f", s.date(), week)
                                .isGreaterThanOrEqualTo(0.5 * 0.10 * week - rep);
                        case INTERVALS -> assertThat(l.intervalM()).as("intervals on %s, week %.0f", s.date(), week)
                                .isGreaterThanOrEqualTo(Math.min(0.5 * 0.08 * week, 5_000) - rep);
                        case REPETITIONS -> assertThat(l.repetitionM()).as("repetitions on %s, week %.0f", s.date(), week)
                                .isGreaterThanOrEqualTo(Math.min(0.5 * 0.05 * week, 4_000) - 400);
                        default -> { }
                    }
                    sized[0] += s.type() == SessionType.TEMPO || s.type() == SessionType.INTERVALS
                            || s.type() == SessionType.REPETITIONS ? 1 : 0;
                }
            }
        });
        // Plans with no race have no tempo build since coach review p22 (strides only): 2,599 workouts, was 3,000+.
        assertThat(sized[0]).as("workouts checked").isGreaterThan(2400);
    }

    /**
     * Progression: never three identical weeks in a row, in every plan. Left out by design: a plateau of two-run weeks,
     * of runs with walk breaks (no strides), or of a run/walk runner by choice repeats.
     */
    @org.junit.jupiter.api.Test
    void noThreeIdenticalWeeksInARow() {
        final int[] counts = new int[2];
        forEachPlan((r, p) -> {
            // A plan warned that its days cannot carry the runner's week plateaus at its caps by design.
            if (p.fitness().level() == Fitness.Level.RUN_WALK_BY_CHOICE || runDays(p) <= 2
                    || p.warnings().stream().anyMatch(VolumeTarget::notHeldWarning)
                    || p.sessions().stream().anyMatch(x -> x.type() == SessionType.LONG && x.runWalk().isPresent())) {
                return;
            }
            boolean varied = true;
            for (int i = 2; i < p.weeks().size(); i++) {
                final String a = signature(p.weeks().get(i - 2));
                varied &= !(a.equals(signature(p.weeks().get(i - 1))) && a.equals(signature(p.weeks().get(i))));
            }
            counts[0]++;
            counts[1] += varied ? 1 : 0;
            if (!varied) {
                System.out.println("identical weeks: " + Runners.describe(r));
            }
        });
        // 800 since half marathons short of about 14 km or two hours on the feet are refused (coach review D3).
        assertThat(counts[0]).as("plans checked").isGreaterThan(750);
        assertThat(counts[1]).as("plans without three identical weeks, of %d", counts[0])
                .isEqualTo(counts[0]);
    }

    private static String signature(final PlanWeek w) {
        final StringBuilder sb = new StringBuilder();
        for (Session s : w.sessions()) {
            sb.append(s.date().getDayOfWeek()).append(s.type()).append(Math.round(s.load().totalM() / 100)).append(s.description()).append(';');
        }
        return sb.toString();
    }

    /** Couch to 5K on any number of days keeps every NHS step in order, from where the runner starts. */
    @org.junit.jupiter.api.Test
    void couchToFiveKKeepsEveryStepInOrder() {
        forEachPlan((r, p) -> {
            if (p.fitness().level() != Fitness.Level.WALK_RUN) {
                return;
            }
            final List<SessionBrief> done = p.weeks().stream().filter(w -> w.phase() == Phase.RUN_WALK)
                    .flatMap(w -> w.sessions().stream()).filter(s -> s.type().isRun()).map(Session::description).toList();
            final int first = CouchToFiveK.firstOf(p.fitness().c25kStage());
            for (int i = 0; i < done.size(); i++) {
                assertThat(done.get(i)).as("session %d", i + 1)
                        .isEqualTo(CouchToFiveK.session(LocalDate.EPOCH, Math.min(first + i, CouchToFiveK.SESSIONS - 1)).description());
            }
        });
    }

    /** Phases are named; race plans end in the taper; run/walk weeks only for Couch to 5K. */
    @org.junit.jupiter.api.Test
    void phasesAreNamed() {
        forEachPlan((r, p) -> {
            assertThat(p.weeks()).allSatisfy(w -> assertThat(w.phase()).isNotNull());
            if (r.hasRace()) {
                assertThat(p.weeks().get(p.weeks().size() - 1).phase()).isEqualTo(Phase.TAPER);
            }
            if (p.fitness().level() != Fitness.Level.WALK_RUN) {
                assertThat(p.weeks()).noneMatch(w -> w.phase() == Phase.RUN_WALK);
            }
        });
    }

    /** Effort-only runners get a race time as a range, from their own pace. */
    @org.junit.jupiter.api.Test
    void effortOnlyRacesAreARange() {
        forEachPlan((r, p) -> {
            if (r.hasRace() && p.fitness().vdot().isEmpty()) {
                final TimeRange t = p.raceTime().orElseThrow();
                assertThat(t.slowest()).isGreaterThan(t.fastest());
            }
        });
    }

    /** Returners after 8+ weeks off start at about a third of the old volume, then half, then three quarters. */
    @org.junit.jupiter.api.Test
    void longBreaksRampFromAThird() {
        forEachPlan((r, p) -> {
            if (p.fitness().level() != Fitness.Level.RUNNER || r.fitness().daysOff() < 56 || r.fitness().weeklyM().isEmpty()
                    || r.fitness().weeklyM().get() < 20_000) {
                return;
            }
            final double old = r.fitness().weeklyM().get();
            assertThat(p.weeks().get(0).trainingM()).isLessThanOrEqualTo(old / 3 + 1000);
            assertThat(p.weeks().get(1).trainingM()).isLessThanOrEqualTo(old / 2 + 1000);
        });
    }
}
