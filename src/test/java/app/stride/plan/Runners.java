package app.stride.plan;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Generated runners and requests for the property tests: every kind of goal, calendar and fitness.
 *
 * <p>The {@value #CASES} requests are generated deterministically: a grid of {@value #GRID} (every fitness profile in
 * {@link #fitnessProfiles()} × every goal, with distance, weeks 6–12, day sets, start dates, race-day offsets, targets,
 * long-run day and how the dates are given cycled through, range ends included), then a fixed-seed random sample over
 * the same ranges:
 * <ul>
 *   <li>goal: any; distance: 5K, 10K or half; start: 2027-01-01 plus 0..365 days; weeks 6..12; 2 to 7 distinct
 *       training days; the race 0..6 days into the last week, sometimes on a day the runner doesn't train;</li>
 *   <li>a time target (time goal only) half the time: 0.85..1.15 × the predicted time (at 0.01);</li>
 *   <li>a long-run day (one of the training days) half the time; race given by start + race date or race date +
 *       weeks half the time each;</li>
 *   <li>fitness: a recent race (any distance, VDOT 30..62 at 0.01) 60%, weekly 0..90 000 m (0.01 m) 60%, runs a
 *       week 1..7 50%, longest run 0..25 000 m 40%, continuous minutes 0..120 40%, run/walk 15..360 s / 15..120 s
 *       15%; days off 0 half the time, else 0..150; cross-trained or not.</li>
 * </ul>
 * Each case is named after its request, so a failure says which runner broke the rule.
 */
public final class Runners {

    static final int CASES = 300;
    static final int GRID = 63;
    static final long SEED = 20_270_106L;

    static final LocalDate FIRST_START = LocalDate.of(2027, 1, 1);
    static final int MAX_START_OFFSET = 365;
    static final RaceDistance[] PLAN_DISTANCES = {RaceDistance.FIVE_K, RaceDistance.TEN_K, RaceDistance.HALF};
    static final double MIN_VDOT = 30;
    static final double MAX_VDOT = 62;
    static final double MAX_WEEKLY_M = 90_000;
    static final double MAX_LONGEST_M = 25_000;
    static final int MAX_CONTINUOUS_MIN = 120;
    static final int MAX_DAYS_OFF = 150;

    private Runners() {
    }

    // ---- the sample -----------------------------------------------------------------------------------------

    /** The requests every property is checked on: {@value #GRID} grid cases, then a fixed-seed random sample. */
    static List<PlanRequest> sample() {
        final List<PlanRequest> out = new ArrayList<>(CASES);
        out.addAll(grid());
        final Random rnd = new Random(SEED);
        while (out.size() < CASES) {
            out.add(randomRequest(rnd));
        }
        return out;
    }

    /** The sample, each request named after itself (for {@code @MethodSource}). */
    static Stream<Named<PlanRequest>> named() {
        return sample().stream().map(r -> Named.of(describe(r), r));
    }

    /** Every fitness profile × every goal; the other choices cycled with strides that meet each other value. */
    static List<PlanRequest> grid() {
        final List<FitnessInput> profiles = fitnessProfiles();
        final List<Set<DayOfWeek>> daySets = daySets();
        final int[] startOffsets = {0, 59, 181, 334, MAX_START_OFFSET};
        final double[] targetFactors = {0, 0.85, 1.0, 1.15};
        final Goal[] goals = Goal.values();
        final List<PlanRequest> out = new ArrayList<>(GRID);
        int i = 0;
        for (int p = 0; p < profiles.size(); p++) {
            for (int g = 0; g < goals.length; g++) {
                out.add(request(goals[g], PLAN_DISTANCES[(p + g) % PLAN_DISTANCES.length],
                        FIRST_START.plusDays(startOffsets[i % startOffsets.length]), 6 + i % 7, daySets.get(i % daySets.size()),
                        profiles.get(p), targetFactors[p % targetFactors.length], (i / 5) % 2 == 0, (i / 7) % 7, (i / 2) % 2 == 0));
                i++;
            }
        }
        return out;
    }

    /** Every kind of fitness input, alone and combined, with the range ends. */
    static List<FitnessInput> fitnessProfiles() {
        final Optional<RaceResult> none = Optional.empty();
        return List.of(
                fitness(none, null, null, null, null, null, 0, false),                                        // nothing known
                fitness(race(RaceDistance.FIVE_K, MIN_VDOT), null, null, null, null, null, 0, false),          // slowest race
                fitness(race(RaceDistance.HALF, MAX_VDOT), null, null, null, null, null, 0, false),            // fastest race
                fitness(none, 0.0, null, null, null, null, 0, false),                                          // no running now
                fitness(none, MAX_WEEKLY_M, 7, null, null, null, 0, false),                                    // most volume
                fitness(none, null, 1, null, null, null, 0, false),                                            // one run a week
                fitness(none, null, null, 0.0, 0, null, 0, false),                                             // can't run yet
                fitness(none, null, null, MAX_LONGEST_M, MAX_CONTINUOUS_MIN, null, 0, false),                  // long runner
                fitness(none, null, null, null, 10, new RunWalk(15, 120), 0, false),                           // walker
                fitness(none, 20_000.0, 3, null, null, new RunWalk(360, 15), 0, false),                        // run/walk, little walking
                fitness(race(RaceDistance.TEN_K, 45), 40_000.0, null, null, null, null, MAX_DAYS_OFF, false),  // long break
                fitness(race(RaceDistance.TEN_K, 45), 40_000.0, null, null, null, null, MAX_DAYS_OFF, true),   // long break, cross-trained
                fitness(race(RaceDistance.MARATHON, 50), 60_000.0, 5, 20_000.0, null, null, 14, true),         // marathoner, two weeks off
                fitness(race(RaceDistance.MILE, 38), 25_000.0, 4, 8_000.0, 45, new RunWalk(60, 30), 42, true), // everything told
                fitness(none, 5_000.0, 2, null, 20, null, 0, false),                                           // low volume
                fitness(race(RaceDistance.FIVE_K, 33), null, null, 3_000.0, null, null, 0, false),             // race but short long run
                fitness(race(RaceDistance.MARATHON, MAX_VDOT), MAX_WEEKLY_M, 7, MAX_LONGEST_M, MAX_CONTINUOUS_MIN, null, 0,
                        false),                                                                                // every maximum
                fitness(race(RaceDistance.MILE, MIN_VDOT), 0.0, 1, 0.0, 0, new RunWalk(15, 15), 0, false),     // every minimum
                fitness(none, null, null, null, 30, null, 0, false),                                           // continuous only
                fitness(none, null, null, null, null, null, 60, false),                                        // only days off
                fitness(race(RaceDistance.TEN_K, 52), null, 4, null, null, null, 7, true));                    // a week off
    }

    /** Day sets of every size 2..7: spread, clustered, consecutive, weekends. */
    static List<Set<DayOfWeek>> daySets() {
        final DayOfWeek mon = DayOfWeek.MONDAY;
        final DayOfWeek tue = DayOfWeek.TUESDAY;
        final DayOfWeek wed = DayOfWeek.WEDNESDAY;
        final DayOfWeek thu = DayOfWeek.THURSDAY;
        final DayOfWeek fri = DayOfWeek.FRIDAY;
        final DayOfWeek sat = DayOfWeek.SATURDAY;
        final DayOfWeek sun = DayOfWeek.SUNDAY;
        return List.of(EnumSet.of(tue, sat), EnumSet.of(sat, sun), EnumSet.of(mon, wed, fri), EnumSet.of(tue, thu, sat),
                EnumSet.of(mon, tue, wed), EnumSet.of(tue, thu, sat, sun), EnumSet.of(mon, wed, fri, sun),
                EnumSet.of(mon, tue, thu, fri, sat), EnumSet.range(mon, sat), EnumSet.allOf(DayOfWeek.class),
                EnumSet.of(fri, sun));
    }

    /** One runner drawn uniformly over the ranges in the class comment. */
    public static PlanRequest randomRequest(final Random rnd) {
        final Goal goal = pick(rnd, Goal.values());
        final RaceDistance distance = pick(rnd, PLAN_DISTANCES);
        final LocalDate start = FIRST_START.plusDays(rnd.nextInt(MAX_START_OFFSET + 1));
        final int weeks = 6 + rnd.nextInt(7);
        final Set<DayOfWeek> days = randomDays(rnd);
        final FitnessInput fitness = randomFitness(rnd);
        final double targetFactor = rnd.nextBoolean() ? round(0.85 + 0.30 * rnd.nextDouble(), 2) : 0;
        final boolean useLongDay = rnd.nextBoolean();
        final int extraDays = rnd.nextInt(7);
        final boolean byRaceDate = rnd.nextBoolean();
        return request(goal, distance, start, weeks, days, fitness, targetFactor, useLongDay, extraDays, byRaceDate);
    }

    /** 2 to 7 distinct days. */
    static Set<DayOfWeek> randomDays(final Random rnd) {
        final List<DayOfWeek> all = new ArrayList<>(Arrays.asList(DayOfWeek.values()));
        Collections.shuffle(all, rnd);
        return EnumSet.copyOf(all.subList(0, 2 + rnd.nextInt(6)));
    }

    static FitnessInput randomFitness(final Random rnd) {
        final Optional<RaceResult> race = rnd.nextDouble() < 0.6
                ? race(pick(rnd, RaceDistance.values()), round(MIN_VDOT + (MAX_VDOT - MIN_VDOT) * rnd.nextDouble(), 2))
                : Optional.empty();
        final Double weekly = rnd.nextDouble() < 0.6 ? round(MAX_WEEKLY_M * rnd.nextDouble(), 2) : null;
        final Integer runs = rnd.nextDouble() < 0.5 ? 1 + rnd.nextInt(7) : null;
        final Double longest = rnd.nextDouble() < 0.4 ? round(MAX_LONGEST_M * rnd.nextDouble(), 2) : null;
        final Integer continuous = rnd.nextDouble() < 0.4 ? rnd.nextInt(MAX_CONTINUOUS_MIN + 1) : null;
        final RunWalk runWalk = rnd.nextDouble() < 0.15 ? new RunWalk(15 + rnd.nextInt(346), 15 + rnd.nextInt(106)) : null;
        final int daysOff = rnd.nextBoolean() ? 0 : rnd.nextInt(MAX_DAYS_OFF + 1);
        return fitness(race, weekly, runs, longest, continuous, runWalk, daysOff, rnd.nextBoolean());
    }

    /**
     * The request for one runner. A time target exists only for the time goal with a factor above 0: that share of
     * the time their recent race (or VDOT 40 without one) predicts. The race falls {@code extraDays} into the last
     * week, sometimes on a day the runner doesn't train; it is given with the start date or with the weeks.
     */
    static PlanRequest request(final Goal g, final RaceDistance d, final LocalDate s, final int w, final Set<DayOfWeek> ds,
                               final FitnessInput f, final double tf, final boolean ld, final int extra, final boolean br) {
        final boolean race = g != Goal.CONSISTENCY;
        Optional<Duration> target = Optional.empty();
        if (g == Goal.TIME && tf > 0) {
            final double v = f.recentRace().map(r -> Vdot.fromRace(r.distance().metres(), r.time()).value()).orElse(40.0);
            target = Optional.of(new Vdot(v).raceTime(d.metres()).multipliedBy((long) Math.round(tf * 1000)).dividedBy(1000).withNanos(0));
        }
        final List<DayOfWeek> list = List.copyOf(ds);
        final Optional<DayOfWeek> longDay = ld ? Optional.of(list.get(extra % list.size())) : Optional.empty();
        final LocalDate raceDate = s.plusDays(7L * (w - 1) + extra);
        if (!race) {
            return new PlanRequest(g, Optional.empty(), Optional.empty(), Optional.of(s), Optional.empty(),
                    Optional.of(w), ds, longDay, f);
        }
        return br
                ? new PlanRequest(g, Optional.of(d), target, Optional.of(s), Optional.of(raceDate), Optional.empty(), ds, longDay, f)
                : new PlanRequest(g, Optional.of(d), target, Optional.empty(), Optional.of(raceDate), Optional.of(w), ds, longDay, f);
    }

    static Optional<RaceResult> race(final RaceDistance d, final double vdot) {
        return Optional.of(new RaceResult(d, new Vdot(vdot).raceTime(d.metres()).withNanos(0)));
    }

    static FitnessInput fitness(final Optional<RaceResult> race, final Double weeklyM, final Integer runs, final Double longestM,
                                final Integer continuousMin, final RunWalk runWalk, final int daysOff, final boolean crossTrained) {
        return new FitnessInput(race, Optional.ofNullable(weeklyM), Optional.ofNullable(runs), Optional.ofNullable(longestM),
                Optional.ofNullable(continuousMin), Optional.ofNullable(runWalk), daysOff, crossTrained);
    }

    /** The plan's weeks as the request fixes them: given, or from start to race. */
    static int weeksOf(final PlanRequest r) {
        return r.weeks().orElseGet(() -> (int) (ChronoUnit.DAYS.between(r.startDate().orElseThrow(), r.raceDate().orElseThrow()) / 7) + 1);
    }

    // ---- names ----------------------------------------------------------------------------------------------

    /**
     * E.g. "time 10k, start 2027-03-01, race Sun 2027-04-25, target 49:30, days mon,wed,sat, long sat; fitness: 5k in
     * 27:30, 30.5 km/week, 4 runs/week, longest 12 km, 45 min continuous, run/walk 60/30, 14 days off, cross-trained".
     */
    public static String describe(final PlanRequest r) {
        final StringBuilder b = new StringBuilder(r.goal().code());
        r.distance().ifPresent(d -> b.append(' ').append(d.code()));
        r.startDate().ifPresent(s -> b.append(", start ").append(s));
        r.raceDate().ifPresent(d -> b.append(", race ").append(day(d.getDayOfWeek())).append(' ').append(d));
        r.weeks().ifPresent(w -> b.append(", ").append(w).append(" weeks"));
        r.targetTime().ifPresent(t -> b.append(", target ").append(time(t)));
        b.append(", days ").append(r.days().stream().map(Runners::day).collect(Collectors.joining(",")));
        r.longRunDay().ifPresent(d -> b.append(", long ").append(day(d)));
        return b.append("; fitness: ").append(describe(r.fitness())).toString();
    }

    static String describe(final FitnessInput f) {
        final List<String> parts = new ArrayList<>();
        f.recentRace().ifPresent(r -> parts.add(r.distance().code() + " in " + time(r.time())));
        f.weeklyM().ifPresent(m -> parts.add(km(m) + " km/week"));
        f.runsPerWeek().ifPresent(n -> parts.add(n + " runs/week"));
        f.longestRunM().ifPresent(m -> parts.add("longest " + km(m) + " km"));
        f.continuousMin().ifPresent(m -> parts.add(m + " min continuous"));
        f.runWalk().ifPresent(rw -> parts.add("run/walk " + rw.code()));
        if (f.daysOff() > 0) {
            parts.add(f.daysOff() + " days off");
        }
        if (f.crossTrained()) {
            parts.add("cross-trained");
        }
        return parts.isEmpty() ? "nothing told" : String.join(", ", parts);
    }

    static String day(final DayOfWeek d) {
        return d.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** h:mm:ss, or m:ss under an hour. */
    static String time(final Duration t) {
        final long s = t.getSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Metres as kilometres, exactly (no rounding). */
    static String km(final double metres) {
        return new java.math.BigDecimal(Double.toString(metres)).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    /**
     * Runs one case's checks; a failure (or an exception from the engine) starts with the case's request, so the case
     * is named also where a report shows only the invocation index (Maven's console does).
     */
    static void named(final String request, final Runnable checks) {
        try {
            checks.run();
        } catch (AssertionError e) {
            throw new AssertionError(request + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new AssertionError(request + ": " + e, e);
        }
    }

    /** What a property found over generated runners: how many plans were made (refusals left out), and each finding. */
    record Findings(int checked, List<String> found) { }

    /** {@code r}'s plan made on {@code clock}, or empty when the engine refuses it (a generated runner may be infeasible). */
    public static Optional<Plan> made(final java.time.Clock clock, final PlanRequest r) {
        try {
            return Optional.of(new PlanGenerator(clock).generate(r));
        } catch (PlanInputException e) {
            return Optional.empty();
        }
    }

    /** As {@link #made(java.time.Clock, PlanRequest)}, for a runner who counts in {@code unit}. */
    public static Optional<Plan> made(final java.time.Clock clock, final app.stride.settings.DistanceUnit unit,
                                      final PlanRequest r) {
        try {
            return Optional.of(new PlanGenerator(clock, unit).generate(r));
        } catch (PlanInputException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes a plan for each of {@code runners} random requests from {@code rnd} on {@code clock}, leaves refused ones
     * out, and gathers {@code check}'s findings on each plan, each led by the runner's description.
     */
    static Findings findings(final Random rnd, final int runners, final java.time.Clock clock,
                             final java.util.function.Function<Plan, List<String>> check) {
        return findings(rnd, runners, clock, check, Runners::randomRequest);
    }

    /** As above, over the runners {@code runner} draws from {@code rnd} (a property about one kind of runner). */
    static Findings findings(final Random rnd, final int runners, final java.time.Clock clock,
                             final java.util.function.Function<Plan, List<String>> check,
                             final java.util.function.Function<Random, PlanRequest> runner) {
        final List<String> found = new java.util.ArrayList<>();
        int checked = 0;
        for (int i = 0; i < runners; i++) {
            final PlanRequest r = runner.apply(rnd);
            final Optional<Plan> made = made(clock, r);
            if (made.isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            checked++;
            for (String s : check.apply(p)) {
                found.add(describe(r) + ": " + s);
            }
        }
        return new Findings(checked, found);
    }

    static <T> T pick(final Random rnd, final T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    static double round(final double x, final int scale) {
        final double f = Math.pow(10, scale);
        return Math.round(x * f) / f;
    }
}
