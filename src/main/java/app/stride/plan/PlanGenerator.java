package app.stride.plan;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.plan.Fitness.Level;
import app.stride.plan.Step.Kind;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a plan from a request: pure and deterministic (today's date comes from the injected clock and is only used
 * for a default start date and to warn about a start date in the past). Volumes are metres; each week is built from the actual volume of the weeks before,
 * so the growth rules in {@link PlanRules} hold by construction.
 */
public final class PlanGenerator {

    /** Easy pace used to estimate distances when there is no race result (about 6:45/km). */
    static final double PLANNING_EASY_SEC_PER_KM = 405;
    /** Fitness used to count effort-based workouts in metres when there is no race result. */
    static final Vdot PLANNING_VDOT = new Vdot(33);
    static final double BEGINNER_RUN_SEC_PER_KM = 460;
    static final double WALK_SEC_PER_KM = 600;
    static final double STEP_PER_RUN_M = 1600;
    /** Slower than this (25 min/km) is not a race time, even walking. */
    static final double SLOWEST_SEC_PER_KM = 25 * 60;
    private static final double MIN_EASY_M = 2000;
    private static final Duration WARM = Duration.ofMinutes(10);
    private static final double EPS_M = 2;
    /** Stands for "past Couch to 5K" when building a runner's race day. */
    private static final int RUNNER_STAGE = 10;

    private final Clock clock;

    public PlanGenerator(final Clock clock) {
        this.clock = clock;
    }

    /** The plan for {@code request}; throws {@link InvalidInputException} naming the option for bad input. */
    public Plan generate(final PlanRequest request) {
        validate(request);
        final LocalDate today = LocalDate.now(clock);
        final PlanDates dates = PlanDates.resolve(request, today);
        final Plan plan = new Build(request, dates, Fitness.assess(request.fitness()), true).run();
        if (!dates.start().isBefore(today)) {
            return plan;
        }
        // Allowed (a runner may enter a plan they already began), but said.
        final java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
        final List<String> warnings = new ArrayList<>(plan.warnings());
        warnings.add(0, Messages.get("plan.warn.pastStart", f.format(dates.start()), f.format(today)));
        return new Plan(plan.request(), plan.startDate(), plan.endDate(), plan.raceDate(), plan.fitness(), plan.paces(),
                plan.racePace(), plan.predicted(), warnings, plan.weeks());
    }

    static void validate(final PlanRequest r) {
        if (r.hasRace() && r.distance().isEmpty()) {
            throw new InvalidInputException("--distance", Messages.get("plan.error.distanceMissing"));
        }
        if (!r.hasRace() && r.distance().isPresent()) {
            throw new InvalidInputException("--distance", Messages.get("plan.error.distanceConsistency"));
        }
        r.distance().ifPresent(d -> {
            if (!d.isPlanGoal()) {
                throw new InvalidInputException("--distance", Messages.get("plan.error.distance", d.code()));
            }
        });
        if (r.targetTime().isPresent() && r.goal() != Goal.TIME) {
            throw new InvalidInputException("--target-time", Messages.get("plan.error.targetGoal", r.goal().code()));
        }
        if (r.days().size() < 2) {
            throw new InvalidInputException("--days", Messages.get("plan.error.days"));
        }
        r.longRunDay().ifPresent(d -> {
            if (!r.days().contains(d)) {
                throw new InvalidInputException("--long-run-day", Messages.get("plan.error.longRunDay", dayCode(d)));
            }
        });
        r.targetTime().ifPresent(t -> checkTime("--target-time", r.distance().orElseThrow(), t));
        final FitnessInput f = r.fitness();
        f.recentRace().ifPresent(rr -> checkTime("--recent-race", rr.distance(), rr.time()));
        f.weeklyM().ifPresent(w -> checkRange("--weekly-km", w / 1000, 0, 250));
        f.runsPerWeek().ifPresent(n -> checkRange("--runs-per-week", n, 0, 14));
        f.longestRunM().ifPresent(m -> checkRange("--longest-run-km", m / 1000, 0, 60));
        f.continuousMin().ifPresent(m -> checkRange("--continuous-min", m, 0, 600));
        checkRange("--days-off", f.daysOff(), 0, 3650);
    }

    private static void checkRange(final String option, final double value, final double min, final double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidInputException(option, Messages.get("plan.error.range", option,
                    fmtNumber(min), fmtNumber(max), fmtNumber(value)));
        }
    }

    /**
     * A time is possible from about the world record (VDOT {@value Vdot#MAX}) to a slow walk ({@link #SLOWEST_SEC_PER_KM});
     * anything in between is planned, very slow times by effort (see {@link Fitness#assess}).
     */
    private static void checkTime(final String option, final RaceDistance d, final Duration t) {
        final Duration slowest = slowestTime(d);
        final boolean tooSlow = t.isZero() || t.isNegative() || t.compareTo(slowest) > 0;
        if (tooSlow || Vdot.fromRace(d.metres(), t).value() > Vdot.MAX) {
            throw new InvalidInputException(option, Messages.get("plan.error.timeRange", option, d.code(),
                    formatTime(new Vdot(Vdot.MAX).raceTime(d.metres())), formatTime(slowest),
                    fmtNumber(SLOWEST_SEC_PER_KM / 60)));
        }
    }

    /** The slowest time Stride plans for over {@code d}: a slow walk all the way. */
    static Duration slowestTime(final RaceDistance d) {
        return Duration.ofSeconds(Math.round(d.metres() / 1000 * SLOWEST_SEC_PER_KM));
    }

    static String fmtNumber(final double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** {@code H:MM:SS} or {@code MM:SS}. */
    public static String formatTime(final Duration d) {
        final long s = Math.round(d.toMillis() / 1000.0);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** The race's name in the runner's words, e.g. "half marathon". */
    static String name(final RaceDistance d) {
        return Messages.get("plan.distance." + d.code());
    }

    static String dayCode(final DayOfWeek d) {
        return d.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    /** Long-run share of the week allowed for a number of runs (reference: 30% at 5+, 40% at 4, 50% at 3). */
    public static double longShare(final int runs) {
        if (runs >= 5) {
            return 0.30;
        } else if (runs == 4) {
            return 0.40;
        } else if (runs == 3) {
            return 0.50;
        }
        return 0.60;
    }

    /** The state of one generation. */
    private static final class Build {
        private final PlanRequest req;
        private final PlanDates dates;
        private final Fitness fit;
        private final boolean topLevel;
        private final boolean effortMode;
        private final TrainingPaces pv;
        private final int runs;
        private final List<DayOfWeek> pattern;
        private final DayOfWeek longDay;
        private final List<DayOfWeek> qualityDays;
        private final List<String> warnings = new ArrayList<>();
        private final List<Double> history = new ArrayList<>();
        private Optional<PaceRange> racePace = Optional.empty();
        private Optional<Duration> racePrediction = Optional.empty();
        private boolean easyTarget;
        private boolean timeTrialDone;
        private boolean foundationDone;
        private int currentWeek;
        private int firstRunnerWeek = 1;
        private double longPrev;
        private double longest;
        private int c25kReached;
        private double baseline;

        Build(final PlanRequest req, final PlanDates dates, final Fitness fit, final boolean topLevel) {
            this.req = req;
            this.dates = dates;
            this.fit = fit;
            this.topLevel = topLevel;
            this.effortMode = fit.vdot().isEmpty();
            this.pv = fit.vdot().orElse(PLANNING_VDOT).paces();
            final int avail = req.days().size();
            final DayOfWeek longRunDay = req.longRunDay().orElseGet(() -> defaultLongDay(req.days()));
            if (fit.level() == Level.WALK_RUN) {
                // Beginners need a rest day between sessions (48 hours): as many as the days allow, up to 3.
                final int spaced = maxSpaced(req.days(), longRunDay);
                runs = spaced >= 2 ? spaced : Math.min(3, avail);
                if (topLevel && runs < 3 && spaced >= 2) {
                    warnings.add(Messages.get("plan.warn.c25kSpacing", runs, suggestSpacedDays(req.days())));
                } else if (topLevel && spaced < 2) {
                    warnings.add(Messages.get("plan.warn.c25kBackToBack", suggestSpacedDays(req.days())));
                }
            } else {
                final int wanted = req.goal() == Goal.CONSISTENCY ? avail : Math.max(3, fit.currentRuns());
                final int r = Math.max(2, Math.min(Math.min(avail, 6), Math.min(wanted, Math.max(3, fit.currentRuns() + 1))));
                // Every run has a floor (1.5 km, or 10 min by effort): never more runs than the volume can fill.
                final double floor = fit.vdot().isEmpty() ? 10 * 60 / PLANNING_EASY_SEC_PER_KM * 1000 : 1500;
                runs = Math.max(2, Math.min(r, (int) Math.floor(fit.currentWeeklyM() / floor)));
                if (req.goal() == Goal.CONSISTENCY && runs < avail && topLevel) {
                    warnings.add(Messages.get("plan.warn.daysCapped", runs, avail));
                }
            }
            this.longDay = longRunDay;
            this.pattern = chooseDays(req.days(), runs, longDay);
            this.qualityDays = chooseQualityDays(pattern, longDay);
            this.baseline = fit.currentWeeklyM();
            this.longPrev = Math.max(fit.longestRunM(), 0);
        }

        Plan run() {
            if (topLevel && fit.assumed()) {
                warnings.add(Messages.get("plan.warn.noFitness"));
            }
            if (topLevel && fit.vdot().isEmpty() && req.fitness().recentRace().isPresent()) {
                warnings.add(Messages.get("plan.warn.slowRace", name(req.fitness().recentRace().get().distance()),
                        formatTime(req.fitness().recentRace().get().time())));
            }
            if (topLevel && req.hasRace() && req.days().size() < 3) {
                warnings.add(Messages.get("plan.warn.fewDays", req.days().size(), name(req.distance().orElseThrow())));
            }
            setRacePace();
            final List<PlanWeek> weeks = new ArrayList<>();
            int stage = fit.c25kStage();
            boolean walkRun = fit.level() == Level.WALK_RUN;
            for (int k = 1; k <= dates.weeks(); k++) {
                final LocalDate ws = dates.start().plusDays(7L * (k - 1));
                final boolean raceWeek = req.hasRace() && k == dates.weeks();
                PlanWeek w;
                if (walkRun && stage <= 9) {
                    w = c25kWeek(k, ws, stage, raceWeek);
                    if (!raceWeek) {
                        c25kReached = stage;
                    }
                    stage++;
                    if (stage > 9) {
                        walkRun = false;
                        firstRunnerWeek = k + 1;
                        baseline = w.plannedM();
                        longPrev = 30 * 60 / BEGINNER_RUN_SEC_PER_KM * 1000;
                    }
                } else {
                    w = runnerWeek(k, ws, raceWeek, fit.level() == Level.WALK_RUN);
                }
                history.add(w.trainingM());
                weeks.add(w);
            }
            List<PlanWeek> fixed = foundationFirst(separateHardDays(weeks));
            fixed = readiness(fixed);
            final Map<RaceDistance, Duration> predicted = new TreeMap<>();
            fit.vdot().ifPresent(v -> {
                for (RaceDistance d : new RaceDistance[] {RaceDistance.FIVE_K, RaceDistance.TEN_K, RaceDistance.HALF,
                        RaceDistance.MARATHON}) {
                    predicted.put(d, v.raceTime(d.metres()));
                }
            });
            return new Plan(req, dates.start(), dates.end(), dates.race(), fit, fit.vdot().map(Vdot::paces), racePace,
                    predicted, warnings, fixed);
        }

        // ---- race pace and stretch targets ----

        private void setRacePace() {
            if (!req.hasRace() || fit.vdot().isEmpty()) {
                if (topLevel && req.targetTime().isPresent()) {
                    warnings.add(Messages.get("plan.warn.targetNoRace", formatTime(req.targetTime().get())));
                }
                return;
            }
            final RaceDistance d = req.distance().orElseThrow();
            final Vdot now = fit.vdot().get();
            final Vdot end = new Vdot(now.value() * (1 + 0.03 * dates.weeks() / 8.0));
            final Duration predictedEnd = end.raceTime(d.metres());
            Duration race = now.raceTime(d.metres());
            if (req.targetTime().isPresent()) {
                final Duration target = req.targetTime().get();
                final double targetVdot = Vdot.fromRace(d.metres(), target).value();
                if (targetVdot > end.value()) {
                    if (topLevel) {
                        warnings.add(Messages.get("plan.warn.stretch", formatTime(target), fmt1(targetVdot),
                                fmt1(now.value()), dates.weeks(), formatTime(predictedEnd)));
                    }
                    race = predictedEnd;
                } else {
                    race = target;
                }
            }
            racePrediction = Optional.of(race);
            if (req.goal() == Goal.TIME) {
                racePace = Optional.of(PaceRange.around(race.toMillis() / d.metres(), 2));
                // A target at easy pace or slower is a comfortable race: no "race pace" workouts at a jog or a walk.
                easyTarget = race.toMillis() / d.metres() >= pv.easy().minSecPerKm();
                if (easyTarget && topLevel) {
                    warnings.add(Messages.get("plan.warn.easyTarget", formatTime(race), name(d),
                            formatTime(now.raceTime(d.metres()))));
                }
            }
        }

        // ---- Couch to 5K ----

        private PlanWeek c25kWeek(final int k, final LocalDate ws, final int stage, final boolean raceWeek) {
            final List<Session> out = new ArrayList<>();
            final List<LocalDate> days = datesInWeek(ws, raceWeek);
            if (raceWeek) {
                out.addAll(c25kRaceWeekRuns(days, Math.min(stage, 9)));
            } else {
                int day = 0;
                for (LocalDate date : days) {
                    out.add(c25kSession(date, stage, day + 1));
                    day++;
                }
            }
            addCrossTraining(out, ws, raceWeek);
            if (raceWeek) {
                out.add(raceSession(c25kReached));
            }
            out.sort((a, b) -> a.date().compareTo(b.date()));
            return new PlanWeek(k, ws, raceWeek ? Phase.TAPER : Phase.RUN_WALK, false, out);
        }

        /**
         * Race week for a Couch-to-5K runner: the same number of runs (none the day before the race), the first one the
         * programme's next week, the others shorter (taper: keep frequency, cut volume), the week at most 60% of the peak.
         */
        private List<Session> c25kRaceWeekRuns(final List<LocalDate> days, final int stage) {
            final LocalDate race = dates.race().orElseThrow();
            final double budget = 0.6 * max(history, history.size()) - EPS_M;
            final List<Session> out = new ArrayList<>();
            double used = 0;
            boolean full = false;
            for (LocalDate date : days) {
                if (!date.isBefore(race.minusDays(1))) {
                    break;
                }
                Session s = out.isEmpty() ? c25kSession(date, stage, 1) : c25kTaperSession(date, stage);
                if (out.isEmpty() && used + s.load().totalM() > budget) {
                    s = c25kTaperSession(date, stage);
                } else if (out.isEmpty()) {
                    full = true;
                }
                if (used + s.load().totalM() > budget) {
                    break;
                }
                used += s.load().totalM();
                out.add(s);
            }
            c25kReached = full ? stage : Math.max(c25kReached, stage - 1);
            return out;
        }

        /** A shorter, easier run for race week: 15 minutes of running once the programme is continuous, else the week before. */
        private Session c25kTaperSession(final LocalDate date, final int stage) {
            if (stage < 7) {
                return c25kSession(date, Math.max(1, stage - 1), 1);
            }
            final int runS = 15 * 60;
            final Optional<String> walk = Optional.of(Messages.get("plan.effort.walk"));
            final Optional<String> jog = Optional.of(Messages.get("plan.effort.easy"));
            final List<Step> steps = List.of(Step.timed(Kind.WARM_UP, Duration.ofMinutes(5), Optional.empty(), walk),
                    Step.timed(Kind.RUN, Duration.ofSeconds(runS), Optional.empty(), jog),
                    Step.timed(Kind.COOL_DOWN, Duration.ofMinutes(5), Optional.empty(), walk));
            final double metres = runS / BEGINNER_RUN_SEC_PER_KM * 1000 + 600 / WALK_SEC_PER_KM * 1000;
            return new Session(date, SessionType.EASY, Optional.empty(), Optional.of(Duration.ofSeconds(runS + 600)),
                    Optional.empty(), jog, Optional.empty(), steps, Messages.get("plan.desc.c25kTaper", runS / 60),
                    Session.Load.easy(metres));
        }

        private Session c25kSession(final LocalDate date, final int stage, final int day) {
            final int[][] segments = c25kSegments(stage, day);
            final List<Step> steps = new ArrayList<>();
            final Optional<String> walk = Optional.of(Messages.get("plan.effort.walk"));
            final Optional<String> jog = Optional.of(Messages.get("plan.effort.easy"));
            steps.add(Step.timed(Kind.WARM_UP, Duration.ofMinutes(5), Optional.empty(), walk));
            int runS = 0;
            int walkS = 600;
            if (segments.length == 1 && segments[0].length == 1) {
                steps.add(Step.timed(Kind.RUN, Duration.ofSeconds(segments[0][0]), Optional.empty(), jog));
                runS = segments[0][0];
            } else {
                for (int[] seg : segments) {
                    // seg = {times, run, walk, run, walk, ...}
                    final List<Step> inner = new ArrayList<>();
                    for (int i = 1; i < seg.length; i++) {
                        inner.add(Step.timed(i % 2 == 1 ? Kind.RUN : Kind.WALK, Duration.ofSeconds(seg[i]), Optional.empty(),
                                i % 2 == 1 ? jog : walk));
                        if (i % 2 == 1) {
                            runS += seg[0] * seg[i];
                        } else {
                            walkS += seg[0] * seg[i];
                        }
                    }
                    steps.add(seg[0] == 1 && inner.size() == 1 ? inner.get(0) : Step.repeat(seg[0], inner));
                }
            }
            steps.add(Step.timed(Kind.COOL_DOWN, Duration.ofMinutes(5), Optional.empty(), walk));
            final double metres = runS / BEGINNER_RUN_SEC_PER_KM * 1000 + walkS / WALK_SEC_PER_KM * 1000;
            final Duration total = Duration.ofSeconds(runS + walkS);
            final boolean continuous = segments.length == 1 && segments[0].length == 1;
            if (continuous) {
                return new Session(date, SessionType.EASY, Optional.empty(), Optional.of(total), Optional.empty(), jog,
                        Optional.empty(), steps, Messages.get("plan.desc.c25kContinuous", stage, runS / 60), Session.Load.easy(metres));
            }
            final RunWalk ratio = new RunWalk(segments[0][1], segments[0][2]);
            return new Session(date, SessionType.RUN_WALK, Optional.empty(), Optional.of(total), Optional.empty(), jog,
                    Optional.of(ratio), steps, Messages.get("plan.desc.c25k", stage, runS / 60, walkS / 60),
                    Session.Load.easy(metres));
        }

        /** NHS Couch to 5K, each row {times, run s, walk s, ...}; a single {s} row is continuous running. */
        private static int[][] c25kSegments(final int stage, final int day) {
            switch (stage) {
                case 1: return new int[][] {{8, 60, 90}};
                case 2: return new int[][] {{6, 90, 120}};
                case 3: return new int[][] {{2, 90, 90, 180, 180}};
                case 4: return new int[][] {{1, 180, 90, 300, 150, 180, 90, 300}};
                case 5:
                    if (day == 1) {
                        return new int[][] {{3, 300, 180}};
                    }
                    return day == 2 ? new int[][] {{1, 480, 300, 480}} : new int[][] {{1200}};
                case 6:
                    if (day == 1) {
                        return new int[][] {{1, 300, 180, 480, 180, 300}};
                    }
                    return day == 2 ? new int[][] {{1, 600, 180, 600}} : new int[][] {{1500}};
                case 7: return new int[][] {{1500}};
                case 8: return new int[][] {{1680}};
                default: return new int[][] {{1800}};
            }
        }

        // ---- runner weeks ----

        private Phase phaseFor(final int k) {
            final int n = dates.weeks();
            if (req.hasRace()) {
                if (k == n || k == n - 1 && raceEarlyInLastWeek()) {
                    return Phase.TAPER;
                }
                if (req.distance().orElseThrow() == RaceDistance.HALF && k == n - 1 && n - firstRunnerWeek >= 4) {
                    return Phase.TAPER;
                }
            }
            final int taper = req.hasRace() ? (req.distance().orElseThrow() == RaceDistance.HALF ? 2 : 1) : 0;
            final int b = Math.max(1, n - taper - firstRunnerWeek + 1);
            final int i = k - firstRunnerWeek;
            if (!req.hasRace()) {
                return i < (b + 1) / 2 ? Phase.BASE : Phase.BUILD;
            }
            final int base = Math.max(1, (int) Math.round(b * 0.35));
            final int peak = Math.max(1, (int) Math.round(b * 0.3));
            if (i < base) {
                return Phase.BASE;
            }
            return i < b - peak ? Phase.BUILD : Phase.PEAK;
        }

        /** Weeks since the last week that grew by more than 10% over the best before it (large if none). */
        private int bigStepWeeksAgo() {
            for (int i = history.size() - 1; i >= 0; i--) {
                double before = fit.level() == Level.WALK_RUN ? 0 : baseline;
                for (int j = 0; j < i; j++) {
                    before = Math.max(before, history.get(j));
                }
                if (before > 0 && history.get(i) > 1.1 * before + 1) {
                    return history.size() - i;
                }
            }
            return Integer.MAX_VALUE;
        }

        /** A race in the first three days of the last week: the week before it is the real race week. */
        private boolean raceEarlyInLastWeek() {
            return dates.race().map(r -> java.time.temporal.ChronoUnit.DAYS.between(
                    dates.start().plusDays(7L * (dates.weeks() - 1)), r) < 3).orElse(false);
        }

        private double peakTarget() {
            final double w0 = baseline;
            final double goal;
            if (!req.hasRace()) {
                goal = Math.max(w0 * 1.2, runs * 30 * 60 / pv.easy().midSecPerKm() * 1000);
                return goal;
            }
            final boolean time = req.goal() == Goal.TIME;
            goal = switch (req.distance().orElseThrow()) {
                case FIVE_K -> time ? 28000 : 16000;
                case TEN_K -> time ? 35000 : 24000;
                default -> time ? 42000 : 32000;
            };
            // A returner rebuilds towards what they ran before the break, at the same safe rate.
            final double beforeBreak = req.fitness().daysOff() > 5 && fit.level() == Level.RUNNER
                    ? req.fitness().weeklyM().orElse(0.0) : 0;
            return Math.max(Math.max(goal, w0 * 1.05), beforeBreak);
        }

        private double longGoal() {
            if (!req.hasRace()) {
                return Math.min(12000, Math.max(fit.longestRunM() * 1.3, 8000));
            }
            final boolean time = req.goal() == Goal.TIME;
            return switch (req.distance().orElseThrow()) {
                case FIVE_K -> time ? 10000 : 6000;
                case TEN_K -> time ? 14000 : 11000;
                default -> time ? 19000 : 16000;
            };
        }

        private PlanWeek runnerWeek(final int k, final LocalDate ws, final boolean raceWeek, final boolean novice) {
            currentWeek = k;
            final Phase phase = phaseFor(k);
            final int rel = k - firstRunnerWeek + 1;
            final boolean cutback = phase != Phase.TAPER && rel % 4 == 0 && !raceWeek;
            final double p1 = Math.max(baseline, max(history, history.size()));
            final double p2 = Math.max(baseline, max(history, history.size() - 1));
            final double peakSoFar = max(history, history.size());
            // About 10% a week; at low volume one step of up to 1.6 km per run, then hold for two weeks; never more
            // than 30% over two weeks. A returner starts at the volume they can do now (lowered for the break) and
            // rebuilds by the same rules towards what they ran before.
            final double step = Math.max(0.1 * p1, STEP_PER_RUN_M * runs);
            final boolean returnerFirstWeek = req.fitness().daysOff() > 14 && k == firstRunnerWeek && history.isEmpty();
            double cap = bigStepWeeksAgo() <= 2 || returnerFirstWeek ? p1 : p1 + step;
            cap = Math.min(cap, 1.3 * p2);
            final double v;
            double longTarget;
            final boolean preRaceWeek = req.hasRace() && k == dates.weeks() - 1 && raceEarlyInLastWeek();
            if (raceWeek || preRaceWeek) {
                v = 0.5 * Math.max(peakSoFar, baseline);
                longTarget = preRaceWeek ? 0.5 * longest : 0;
            } else if (phase == Phase.TAPER) {
                v = Math.min(cap, 0.75 * peakSoFar);
                longTarget = 0.75 * longest;
            } else if (cutback) {
                v = 0.75 * maxLast(history, 3);
                longTarget = 0.8 * longPrev;
            } else {
                v = Math.min(cap, peakTarget());
                longTarget = Math.min(longGoal(), Math.max(longPrev + STEP_PER_RUN_M, 3000));
            }
            final boolean reentryWeek = fit.reentry() && k == 1;
            final List<SessionType> kinds = reentryWeek ? List.of() : qualityKinds(phase, cutback, raceWeek || preRaceWeek, novice, rel);
            final boolean strides = !reentryWeek && fit.level() != Level.RUN_WALK_BY_CHOICE && !(novice && rel <= 1);
            final List<Session> sessions = composeWeek(ws, raceWeek, v, longTarget, kinds, strides, reentryWeek);
            // Runs have a floor (1.5 km, 10 min), so at tiny volumes a lighter week needs fewer runs, not shorter ones.
            if (raceWeek || preRaceWeek) {
                trimTo(sessions, Math.min(0.6 * peakSoFar, 0.85 * maxLast(history, 3)));
            } else if (cutback) {
                trimTo(sessions, 0.85 * maxLast(history, 3));
            } else if (phase == Phase.TAPER) {
                trimTo(sessions, 0.85 * Math.min(peakSoFar, maxLast(history, 3)));
            }
            fitWorkouts(sessions, raceWeek || preRaceWeek);
            final int left = (int) sessions.stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE).count();
            for (int i = 0; i < sessions.size(); i++) {
                final Session s = sessions.get(i);
                if (s.type() == SessionType.LONG && s.load().totalM() > longShare(left) * total(sessions) + 1e-6) {
                    sessions.set(i, run(s.date(), SessionType.EASY, s.load().totalM(), false, false));
                }
            }
            addCrossTraining(sessions, ws, raceWeek);
            sessions.sort((a, b) -> a.date().compareTo(b.date()));
            for (Session s : sessions) {
                if (s.type() == SessionType.LONG) {
                    longPrev = Math.max(s.load().totalM(), cutback ? longPrev : 0);
                    longest = Math.max(longest, s.load().totalM());
                    if (!cutback) {
                        longPrev = s.load().totalM();
                    }
                }
            }
            foundationDone |= sessions.stream().anyMatch(x -> x.type() == SessionType.TEMPO || x.type() == SessionType.HILLS
                    || x.type() == SessionType.TIME_TRIAL);
            return new PlanWeek(k, ws, phase, cutback, sessions);
        }

        private List<SessionType> qualityKinds(final Phase phase, final boolean cutback, final boolean raceWeek,
                                               final boolean novice, final int rel) {
            final List<SessionType> k = new ArrayList<>(kindsFor(phase, cutback, raceWeek, novice, rel));
            if (easyTarget && k.remove(SessionType.RACE_PACE) && !raceWeek && !k.contains(SessionType.TEMPO)) {
                k.add(SessionType.TEMPO);
            }
            return k;
        }

        private List<SessionType> kindsFor(final Phase phase, final boolean cutback, final boolean raceWeek,
                                           final boolean novice, final int rel) {
            if (fit.level() == Level.RUN_WALK_BY_CHOICE) {
                return List.of();
            }
            final List<SessionType> k = new ArrayList<>();
            final boolean time = req.goal() == Goal.TIME;
            if (effortMode && !timeTrialDone && rel >= 2 && phase != Phase.TAPER && !cutback && !novice) {
                k.add(SessionType.TIME_TRIAL);
                timeTrialDone = true;
                return k;
            }
            if (!req.hasRace()) {
                if (phase == Phase.BUILD && !novice && rel % 2 == 0) {
                    k.add(SessionType.TEMPO);
                }
                return k;
            }
            final RaceDistance d = req.distance().orElseThrow();
            if (raceWeek) {
                if (time && !novice) {
                    k.add(SessionType.RACE_PACE);
                }
                return k;
            }
            if (novice) {
                if (rel >= 3 && time && (phase == Phase.BUILD || phase == Phase.PEAK)) {
                    k.add(SessionType.TEMPO);
                }
                return k;
            }
            switch (phase) {
                case BASE -> {
                    if (time && rel >= 3) {
                        k.add(SessionType.HILLS);
                    }
                }
                case BUILD -> {
                    k.add(SessionType.TEMPO);
                    if (time) {
                        k.add(d == RaceDistance.FIVE_K ? SessionType.REPETITIONS : SessionType.HILLS);
                    }
                }
                case PEAK -> {
                    if (!time) {
                        k.add(SessionType.TEMPO);
                    } else if (d == RaceDistance.HALF) {
                        k.add(SessionType.TEMPO);
                        k.add(SessionType.RACE_PACE);
                    } else {
                        k.add(SessionType.INTERVALS);
                        k.add(d == RaceDistance.TEN_K ? SessionType.TEMPO : SessionType.RACE_PACE);
                    }
                }
                case TAPER -> k.add(time ? SessionType.TEMPO : SessionType.STRIDES);
                default -> { }
            }
            k.remove(SessionType.STRIDES);
            if (currentWeek <= dates.weeks() - 4 && k.remove(SessionType.RACE_PACE)) {
                // Goal pace belongs to the last weeks only; earlier, threshold work does the job.
                if (!k.contains(SessionType.TEMPO)) {
                    k.add(SessionType.TEMPO);
                }
            }
            if (cutback && k.size() > 1) {
                return k.subList(0, 1);
            }
            return k;
        }

        private List<Session> composeWeek(final LocalDate ws, final boolean raceWeek, final double v,
                                          final double longTarget, final List<SessionType> kinds, final boolean strides,
                                          final boolean reentryWeek) {
            final List<LocalDate> days = datesInWeek(ws, raceWeek);
            final LocalDate race = dates.race().orElse(LocalDate.MAX);
            // Which day gets what.
            final Map<LocalDate, SessionType> role = new TreeMap<>();
            int q = 0;
            // Besides the long run, at least one easy run a week: three runs allow one workout, four allow two.
            final int maxQuality = Math.max(0, days.size() - (raceWeek ? 1 : 2));
            for (LocalDate d : days) {
                if (d.equals(race.minusDays(1))) {
                    role.put(d, SessionType.RECOVERY);
                } else if (!raceWeek && d.getDayOfWeek() == longDay) {
                    role.put(d, SessionType.LONG);
                } else if (qualityDays.contains(d.getDayOfWeek()) && q < Math.min(kinds.size(), maxQuality)
                        && d.isBefore(race.minusDays(2))) {
                    role.put(d, kinds.get(q++));
                } else {
                    role.put(d, SessionType.EASY);
                }
            }
            final Map<LocalDate, Session> quality = new TreeMap<>();
            boolean foundation = foundationDone;
            for (Map.Entry<LocalDate, SessionType> e : role.entrySet()) {
                if ((e.getValue() == SessionType.INTERVALS || e.getValue() == SessionType.REPETITIONS) && !foundation) {
                    // Threshold or hills come before fast intervals: if none fitted yet, hills it is.
                    e.setValue(SessionType.HILLS);
                }
                if (e.getValue().isQuality()) {
                    // Rounding the other runs down can lose up to 0.5 km each: size workouts for the smaller week.
                    final Optional<Session> w = workout(e.getKey(), e.getValue(), v - 500.0 * role.size(), raceWeek);
                    w.ifPresent(s -> quality.put(e.getKey(), s));
                    if (w.isPresent() && (e.getValue() == SessionType.TEMPO || e.getValue() == SessionType.HILLS
                            || e.getValue() == SessionType.TIME_TRIAL)) {
                        foundation = true;
                    }
                }
            }
            final double shake = role.containsValue(SessionType.RECOVERY) ? Math.min(3000, 20 * 60 / pv.easy().midSecPerKm() * 1000) : 0;
            final int runsThisWeek = role.size();
            final boolean hasLong = role.containsValue(SessionType.LONG);
            int nEasy = (int) role.entrySet().stream().filter(e -> e.getValue() == SessionType.EASY
                    || (e.getValue().isQuality() && !quality.containsKey(e.getKey()))).count();
            double qSum = quality.values().stream().mapToDouble(s -> s.load().totalM()).sum();
            double lng = hasLong ? Math.min(longTarget, longShare(runsThisWeek) * v) : 0;
            double easy = nEasy == 0 ? 0 : (v - qSum - shake - lng) / nEasy;
            while (nEasy > 0 && easy < MIN_EASY_M && !quality.isEmpty()) {
                final LocalDate last = ((TreeMap<LocalDate, Session>) quality).lastKey();
                qSum -= quality.remove(last).load().totalM();
                nEasy++;
                easy = (v - qSum - shake - lng) / nEasy;
            }
            if (hasLong && easy < MIN_EASY_M) {
                final double even = (v - qSum - shake) / (nEasy + 1);
                lng = Math.min(even, longShare(runsThisWeek) * v);
                easy = nEasy == 0 ? 0 : (v - qSum - shake - lng) / nEasy;
            }
            if (raceWeek) {
                // Taper: keep the runs, shorten them; the volume falls rather than piling into one run.
                easy = Math.min(easy, Math.max(MIN_EASY_M, Math.min(0.5 * longest, 45 * 60 / pv.easy().midSecPerKm() * 1000)));
            }
            if (hasLong && easy > 0.8 * lng) {
                // Easy runs stay clearly shorter than the long run: the week stays smaller instead.
                easy = Math.max(Math.min(easy, MIN_EASY_M), 0.8 * lng);
            }
            final List<Session> out = new ArrayList<>();
            boolean stridesPlaced = !strides;
            LocalDate longDate = null;
            for (Map.Entry<LocalDate, SessionType> e : role.entrySet()) {
                final LocalDate d = e.getKey();
                final SessionType t = e.getValue();
                if (quality.containsKey(d)) {
                    out.add(quality.get(d));
                } else if (t == SessionType.LONG) {
                    longDate = d;
                    out.add(run(d, reentryWeek ? SessionType.RUN_WALK : SessionType.LONG, floorHalfKm(lng), false, reentryWeek));
                } else if (t == SessionType.RECOVERY) {
                    out.add(run(d, SessionType.RECOVERY, floorHalfKm(shake), false, false));
                } else {
                    final boolean afterLong = longDate != null && d.equals(longDate.plusDays(1))
                            || d.getDayOfWeek() == longDay.plus(1);
                    if (afterLong && runs >= 4 && !reentryWeek) {
                        out.add(run(d, SessionType.RECOVERY, floorHalfKm(easy * 0.8), false, false));
                    } else if (!stridesPlaced && !reentryWeek && !afterLong) {
                        out.add(run(d, SessionType.STRIDES, floorHalfKm(easy), true, false));
                        stridesPlaced = true;
                    } else {
                        out.add(run(d, reentryWeek ? SessionType.RUN_WALK : SessionType.EASY, floorHalfKm(easy), false, reentryWeek));
                    }
                }
            }
            if (!history.isEmpty()) {
                topUp(out, v, easy);
            }
            for (int i = 0; i < 4; i++) {
                fitWorkouts(out, raceWeek);
                if (!capLongRun(out, runsThisWeek)) {
                    break;
                }
            }
            if (raceWeek) {
                out.add(raceSession(RUNNER_STAGE));
            }
            return out;
        }

        /**
         * Rounding each run down to 0.5 km can eat a small week's whole growth step (and keep the plan flat for
         * ever): from week 2 on (week 1 stays at its rounded-down size), give back 0.5 km (5 minutes for runs by
         * effort) to easy runs that came out under the planned easy distance, as long as the week stays within its
         * planned volume {@code v}.
         */
        private void topUp(final List<Session> out, final double v, final double easy) {
            // Runs by effort are whole five minutes: then the step is five minutes of easy running.
            final double chunk = effortMode ? 300 / pv.easy().midSecPerKm() * 1000 : 500;
            for (int i = 0; i < out.size(); i++) {
                final Session s = out.get(i);
                final SessionType t = s.type();
                if (t != SessionType.EASY && t != SessionType.STRIDES && t != SessionType.RUN_WALK) {
                    continue;
                }
                final double m = s.load().totalM();
                if (m >= easy - 1e-6) {
                    continue;
                }
                final Session bigger = run(s.date(), t, m + chunk + (effortMode ? 1 : 0), t == SessionType.STRIDES,
                        s.runWalk().isPresent() && fit.runWalk().isEmpty());
                final double grown = bigger.load().totalM();
                if (grown > m && total(out) - m + grown <= v + 1e-6 && grown < easy + chunk - 1e-6) {
                    out.set(i, bigger);
                }
            }
        }

        /**
         * The week came out smaller than planned (runs rounded down, easy runs kept shorter than the long run):
         * resize any workout that is now over Daniels' limits for the actual week, or make it an easy run.
         */
        private void fitWorkouts(final List<Session> out, final boolean raceWeek) {
            for (int round = 0; round < 4; round++) {
                final double actual = total(out);
                boolean changed = false;
                for (int i = 0; i < out.size(); i++) {
                    final Session s = out.get(i);
                    if (!s.type().isQuality() || withinLimits(s.load(), actual)) {
                        continue;
                    }
                    final Optional<Session> smaller = workout(s.date(), s.type(), actual * 0.85, raceWeek);
                    out.set(i, smaller.filter(x -> withinLimits(x.load(), actual - s.load().totalM() + x.load().totalM()))
                            .orElseGet(() -> run(s.date(), SessionType.EASY, floorHalfKm(s.load().totalM()), false, false)));
                    changed = true;
                }
                if (!changed) {
                    return;
                }
            }
        }

        private static boolean withinLimits(final Session.Load l, final double week) {
            return l.thresholdM() <= 0.10 * week && l.intervalM() <= 0.08 * week && l.repetitionM() <= 0.05 * week;
        }

        /** Drops easy runs, last first, until the week's running is at most {@code limit} metres. */
        private void trimTo(final List<Session> sessions, final double limit) {
            for (int i = sessions.size() - 1; i >= 0 && total(sessions) > limit - EPS_M; i--) {
                final SessionType t = sessions.get(i).type();
                if (t == SessionType.EASY || t == SessionType.RECOVERY || t == SessionType.STRIDES || t == SessionType.RUN_WALK) {
                    sessions.remove(i);
                }
            }
            for (int i = sessions.size() - 1; i >= 0 && total(sessions) > limit - EPS_M; i--) {
                if (sessions.get(i).type() != SessionType.RACE && sessions.get(i).type().isRun()) {
                    sessions.remove(i);
                }
            }
        }

        private static double total(final List<Session> sessions) {
            return sessions.stream().filter(s -> s.type() != SessionType.RACE).mapToDouble(s -> s.load().totalM()).sum();
        }

        /** Rounding the other runs down can leave the long run over its share: trim it to the share of what is left. */
        private boolean capLongRun(final List<Session> out, final int runsThisWeek) {
            boolean changed = false;
            for (int i = 0; i < out.size(); i++) {
                final Session s = out.get(i);
                if (s.type() != SessionType.LONG) {
                    continue;
                }
                final double total = out.stream().mapToDouble(x -> x.load().totalM()).sum();
                final double share = longShare(runsThisWeek);
                final double max = share * (total - s.load().totalM()) / (1 - share);
                if (s.load().totalM() > max) {
                    Session trimmed = run(s.date(), SessionType.LONG, floorHalfKm(max), false, false);
                    if (trimmed.load().totalM() > max) {
                        trimmed = run(s.date(), SessionType.LONG, floorHalfKm(max) - 500, false, false);
                    }
                    if (trimmed.load().totalM() > max) {
                        // Too short a week for a long run at all: an easy run it is.
                        trimmed = run(s.date(), SessionType.EASY, s.load().totalM(), false, false);
                    }
                    out.set(i, trimmed);
                    changed = true;
                }
            }
            return changed;
        }

        private List<LocalDate> datesInWeek(final LocalDate ws, final boolean raceWeek) {
            final List<LocalDate> out = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                final LocalDate d = ws.plusDays(i);
                if (raceWeek && !d.isBefore(dates.race().orElseThrow())) {
                    break;
                }
                if (pattern.contains(d.getDayOfWeek())) {
                    out.add(d);
                }
            }
            return out;
        }

        private void addCrossTraining(final List<Session> sessions, final LocalDate ws, final boolean raceWeek) {
            final boolean wanted = fit.level() == Level.WALK_RUN || fit.reentry() || req.fitness().crossTrained();
            if (!wanted || raceWeek || req.days().size() <= runs) {
                return;
            }
            for (int i = 0; i < 7; i++) {
                final LocalDate d = ws.plusDays(i);
                final boolean used = sessions.stream().anyMatch(s -> s.date().equals(d));
                if (!used && req.days().contains(d.getDayOfWeek())) {
                    sessions.add(new Session(d, SessionType.CROSS_TRAINING, Optional.empty(), Optional.of(Duration.ofMinutes(30)),
                            Optional.empty(), Optional.of(Messages.get("plan.effort.easy")), Optional.empty(),
                            List.of(Step.timed(Kind.RUN, Duration.ofMinutes(30), Optional.empty(),
                                    Optional.of(Messages.get("plan.effort.easy")))),
                            Messages.get("plan.desc.crossTraining"), Session.Load.easy(0)));
                    return;
                }
            }
        }

        // ---- session builders ----

        private Optional<PaceRange> shown(final PaceRange p) {
            return effortMode ? Optional.empty() : Optional.of(p);
        }

        private double metresIn(final Duration d, final PaceRange p) {
            return d.toSeconds() / p.midSecPerKm() * 1000;
        }

        private Duration timeFor(final double metres, final double secPerKm) {
            return Duration.ofSeconds(Math.round(metres / 1000 * secPerKm));
        }

        /** An easy-type run of {@code metres}: pace or effort, walk breaks when the runner keeps them. */
        private Session run(final LocalDate date, final SessionType type, final double metresIn, final boolean strides,
                            final boolean reentryRunWalk) {
            double metres = Math.max(1500, metresIn);
            final PaceRange pace = pv.easy();
            Optional<RunWalk> rw = fit.runWalk();
            if (reentryRunWalk) {
                rw = Optional.of(new RunWalk(240, 60));
            }
            double secPerKm = pace.midSecPerKm();
            if (rw.isPresent()) {
                final double runV = 1000 / pace.midSecPerKm();
                final double walkV = 1000 / WALK_SEC_PER_KM;
                final double share = rw.get().runShare();
                secPerKm = 1000 / (share * runV + (1 - share) * walkV);
            }
            Duration time = timeFor(metres, secPerKm);
            if (effortMode) {
                // Without paces the runner goes by time: whole five minutes, the distance is an estimate.
                final long min = Math.max(10, (time.toMinutes() / 5) * 5);
                time = Duration.ofMinutes(min);
                metres = min * 60 / secPerKm * 1000;
            }
            final String effortKey = type == SessionType.RECOVERY ? "plan.effort.recovery" : "plan.effort.easy";
            final Optional<String> effort = Optional.of(Messages.get(effortKey));
            final List<Step> steps = new ArrayList<>();
            if (rw.isPresent()) {
                final int cycle = rw.get().runSec() + rw.get().walkSec();
                final int times = (int) Math.max(1, time.toSeconds() / cycle);
                steps.add(Step.repeat(times, List.of(
                        Step.timed(Kind.RUN, Duration.ofSeconds(rw.get().runSec()), shown(pace), effort),
                        Step.timed(Kind.WALK, Duration.ofSeconds(rw.get().walkSec()), Optional.empty(),
                                Optional.of(Messages.get("plan.effort.walk"))))));
            } else if (strides) {
                steps.add(effortMode ? Step.timed(Kind.RUN, time, Optional.empty(), effort)
                        : Step.distance(Kind.RUN, metres, shown(pace), effort));
                steps.add(Step.repeat(stridesCount(), List.of(
                        Step.timed(Kind.WORK, Duration.ofSeconds(20), Optional.empty(), Optional.of(Messages.get("plan.effort.strides"))),
                        Step.timed(Kind.RECOVERY, Duration.ofSeconds(60), Optional.empty(), Optional.of(Messages.get("plan.effort.walk"))))));
            } else {
                steps.add(effortMode ? Step.timed(Kind.RUN, time, Optional.empty(), effort)
                        : Step.distance(Kind.RUN, metres, shown(pace), effort));
            }
            final String desc;
            if (rw.isPresent()) {
                desc = Messages.get(type == SessionType.LONG ? "plan.desc.longRunWalk" : "plan.desc.easyRunWalk",
                        rw.get().runSec(), rw.get().walkSec());
            } else {
                desc = switch (type) {
                    case LONG -> Messages.get("plan.desc.long");
                    case RECOVERY -> Messages.get("plan.desc.recovery");
                    case STRIDES -> Messages.get("plan.desc.strides", stridesCount());
                    default -> Messages.get("plan.desc.easy");
                };
            }
            return new Session(date, type, Optional.of(metres), Optional.of(time),
                    rw.isPresent() && effortMode ? Optional.empty() : shown(pace), effort, rw, steps, desc,
                    Session.Load.easy(metres));
        }

        private int stridesCount() {
            return history.size() < 3 ? 4 : 6;
        }

        /** A quality session sized to Daniels' limits for a week of {@code v} metres, if the week is big enough. */
        private Optional<Session> workout(final LocalDate date, final SessionType type, final double v,
                                          final boolean raceWeek) {
            final PaceRange e = pv.easy();
            final double wu = metresIn(WARM, e);
            final Optional<String> easyEffort = Optional.of(Messages.get("plan.effort.easy"));
            final Step warm = Step.timed(Kind.WARM_UP, WARM, shown(e), easyEffort);
            final Step cool = Step.timed(Kind.COOL_DOWN, WARM, shown(e), easyEffort);
            final List<Step> steps = new ArrayList<>();
            steps.add(warm);
            double work;
            double rec;
            double thr = 0;
            double intv = 0;
            double rep = 0;
            PaceRange pace;
            String effortKey;
            String desc;
            switch (type) {
                case TEMPO -> {
                    pace = pv.threshold();
                    effortKey = "plan.effort.tempo";
                    final int n = (int) Math.min(raceWeek ? 2 : 6, Math.floor(0.10 * v / 1000));
                    if (n < 2) {
                        return Optional.empty();
                    }
                    work = n * 1000.0;
                    thr = work;
                    final Optional<String> eff = Optional.of(Messages.get(effortKey));
                    if (n >= 3 && phaseFor(weekOf(date)) == Phase.PEAK) {
                        steps.add(workStep(work, pace, eff));
                        rec = 0;
                        desc = effortMode ? Messages.get("plan.desc.tempo.effort", n, repMinutes(work, pace))
                                : Messages.get("plan.desc.tempo", n, minutes(work, pace));
                    } else {
                        steps.add(Step.repeat(n, List.of(workStep(1000, pace, eff),
                                Step.timed(Kind.RECOVERY, Duration.ofMinutes(1), shown(e), easyEffort))));
                        rec = (n - 1) * metresIn(Duration.ofMinutes(1), e);
                        desc = effortMode ? Messages.get("plan.desc.cruise.effort", n, repMinutes(1000, pace))
                                : Messages.get("plan.desc.cruise", n, minutes(1000, pace));
                    }
                }
                case INTERVALS, HILLS, REPETITIONS, RACE_PACE -> {
                    final boolean hills = type == SessionType.HILLS;
                    final boolean reps = type == SessionType.REPETITIONS;
                    final boolean rp = type == SessionType.RACE_PACE;
                    final RaceDistance d = req.distance().orElse(RaceDistance.FIVE_K);
                    pace = reps ? pv.repetition() : rp ? racePace.orElse(pv.threshold()) : pv.interval();
                    final double capShare = reps ? 0.05 : rp && d != RaceDistance.FIVE_K ? 0.10 : 0.08;
                    final double cap = capShare * v;
                    final double repM;
                    final int maxN;
                    if (hills) {
                        repM = 60 / pace.midSecPerKm() * 1000;
                        maxN = 10;
                    } else if (reps) {
                        repM = cap >= 3200 ? 400 : 200;
                        maxN = repM == 400 ? 8 : 10;
                    } else if (rp) {
                        repM = d == RaceDistance.HALF && cap >= 4000 ? 2000 : cap >= 2000 ? 1000 : 400;
                        maxN = repM == 400 ? 4 : raceWeek ? 2 : d == RaceDistance.HALF ? 3 : 4;
                    } else {
                        repM = cap >= 5000 ? 1000 : cap >= 3200 ? 800 : 400;
                        maxN = repM == 1000 ? 5 : repM == 800 ? 6 : 8;
                    }
                    final int n = (int) Math.min(maxN, Math.floor(cap / repM + 1e-9));
                    final int minN = hills || reps ? 4 : rp ? 2 : 3;
                    if (n < minN) {
                        return Optional.empty();
                    }
                    work = n * repM;
                    if (reps) {
                        rep = work;
                    } else if (rp && d != RaceDistance.FIVE_K) {
                        thr = work;
                    } else {
                        intv = work;
                    }
                    effortKey = hills ? "plan.effort.hill" : reps ? "plan.effort.repetition" : rp ? "plan.effort.racePace"
                            : "plan.effort.interval";
                    final Optional<String> eff = Optional.of(Messages.get(effortKey));
                    final Duration recT;
                    if (hills) {
                        recT = Duration.ofSeconds(90);
                        steps.add(Step.repeat(n, List.of(Step.timed(Kind.WORK, Duration.ofSeconds(60), Optional.empty(), eff),
                                Step.timed(Kind.RECOVERY, recT, Optional.empty(), Optional.of(Messages.get("plan.effort.jogDown"))))));
                        desc = Messages.get("plan.desc.hills", n);
                        pace = pv.interval();
                    } else {
                        recT = reps ? Duration.ofSeconds(Math.round(repM / 1000 * e.midSecPerKm()))
                                : rp ? Duration.ofMinutes(2)
                                : Duration.ofSeconds(Math.round(repM / 1000 * pace.midSecPerKm()));
                        steps.add(Step.repeat(n, List.of(workStep(repM, pace, eff),
                                Step.timed(Kind.RECOVERY, recT, shown(e), Optional.of(Messages.get("plan.effort.jog"))))));
                        final String key = reps ? "plan.desc.repetitions" : rp ? "plan.desc.racePace" : "plan.desc.intervals";
                        desc = effortMode ? Messages.get(key + ".effort", n, repMinutes(repM, pace))
                                : Messages.get(key, n, (int) repM, minutes(repM, pace));
                    }
                    rec = n * metresIn(recT, e);
                }
                case TIME_TRIAL -> {
                    pace = pv.interval();
                    effortKey = "plan.effort.timeTrial";
                    work = RaceDistance.MILE.metres();
                    rec = 0;
                    steps.add(Step.distance(Kind.WORK, work, Optional.empty(), Optional.of(Messages.get(effortKey))));
                    desc = Messages.get("plan.desc.timeTrial");
                }
                default -> {
                    return Optional.empty();
                }
            }
            steps.add(cool);
            final double total = 2 * wu + work + rec;
            final Duration time = Duration.ofSeconds(Math.round(2 * WARM.toSeconds() + work / 1000 * pace.midSecPerKm()
                    + rec / 1000 * e.midSecPerKm()));
            final Duration shownTime = effortMode ? Duration.ofMinutes(Math.round(time.toSeconds() / 60.0)) : time;
            return Optional.of(new Session(date, type, Optional.of(total), Optional.of(shownTime),
                    type == SessionType.TIME_TRIAL || type == SessionType.HILLS ? Optional.empty() : shown(pace),
                    Optional.of(Messages.get(effortKey)), Optional.empty(), steps, desc,
                    new Session.Load(total, thr, intv, rep)));
        }

        /** A repeat: a distance at a pace, or without a race result the same effort for a time. */
        private Step workStep(final double metres, final PaceRange pace, final Optional<String> effort) {
            if (!effortMode) {
                return Step.distance(Kind.WORK, metres, Optional.of(pace), effort);
            }
            final long s = Math.max(30, Math.round(metres / 1000 * pace.midSecPerKm() / 30.0) * 30);
            return Step.timed(Kind.WORK, Duration.ofSeconds(s), Optional.empty(), effort);
        }

        private static String repMinutes(final double metres, final PaceRange pace) {
            final long s = Math.max(30, Math.round(metres / 1000 * pace.midSecPerKm() / 30.0) * 30);
            return s % 60 == 0 ? Long.toString(s / 60) : String.format(Locale.ROOT, "%.1f", s / 60.0);
        }

        private int weekOf(final LocalDate date) {
            return (int) (java.time.temporal.ChronoUnit.DAYS.between(dates.start(), date) / 7) + 1;
        }

        private static String minutes(final double metres, final PaceRange p) {
            final long s = Math.round(metres / 1000 * p.midSecPerKm());
            return s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60);
        }

        /** The race on race day; {@code c25kStageDone} below 7 means the runner still needs walk breaks. */
        private Session raceSession(final int c25kStageDone) {
            final RaceDistance d = req.distance().orElseThrow();
            final LocalDate date = dates.race().orElseThrow();
            Optional<RunWalk> rw = fit.runWalk();
            // Couch to 5K reaches 30 minutes without stopping; a beginner's 5K takes longer, so race day keeps walk breaks.
            if (rw.isEmpty() && fit.level() == Level.WALK_RUN && c25kStageDone <= 9) {
                rw = Optional.of(c25kStageDone <= 5 || d != RaceDistance.FIVE_K ? new RunWalk(60, 60)
                        : c25kStageDone <= 6 ? new RunWalk(240, 60) : new RunWalk(600, 60));
            }
            final Optional<PaceRange> pace = rw.isPresent() ? Optional.empty() : racePace;
            final String effortKey = racePace.isPresent() && rw.isEmpty() ? "plan.effort.race" : "plan.effort.finish";
            final Duration time = racePrediction.orElseGet(() -> Duration.ofSeconds(Math.round(d.metres() / 1000
                    * (fit.level() == Level.WALK_RUN ? (BEGINNER_RUN_SEC_PER_KM + WALK_SEC_PER_KM) / 2 : pv.marathon().midSecPerKm() * 1.1))));
            final List<Step> steps = List.of(Step.distance(Kind.WORK, d.metres(), pace, Optional.of(Messages.get(effortKey))));
            final String desc = rw.map(r -> Messages.get("plan.desc.raceRunWalk", name(d), r.runSec(), r.walkSec()))
                    .orElseGet(() -> pace.isPresent() ? Messages.get("plan.desc.racePaced", name(d), formatTime(time))
                            : Messages.get("plan.desc.race", name(d)));
            return new Session(date, SessionType.RACE, Optional.of(d.metres()), Optional.of(time), pace,
                    Optional.of(Messages.get(effortKey)), rw, steps, desc, Session.Load.easy(d.metres()));
        }

        // ---- after the weeks are built ----

        /** Turns the later of two hard days in a row into an easy run (the week's plan already leaves room for it). */
        private List<PlanWeek> separateHardDays(final List<PlanWeek> weeks) {
            final List<PlanWeek> out = new ArrayList<>();
            Session prev = null;
            for (PlanWeek w : weeks) {
                final List<Session> ss = new ArrayList<>();
                for (Session s : w.sessions()) {
                    Session cur = s;
                    if (prev != null && prev.type().isHard() && cur.type().isHard()
                            && cur.date().equals(prev.date().plusDays(1))) {
                        if (cur.type().isQuality() || cur.type() == SessionType.LONG) {
                            cur = run(cur.date(), SessionType.EASY, cur.load().totalM(), false, false);
                        } else if (!ss.isEmpty() && ss.get(ss.size() - 1) == prev) {
                            ss.set(ss.size() - 1, run(prev.date(), SessionType.EASY, prev.load().totalM(), false, false));
                        } else if (!out.isEmpty()) {
                            final PlanWeek last = out.remove(out.size() - 1);
                            final List<Session> ls = new ArrayList<>(last.sessions());
                            ls.set(ls.size() - 1, run(prev.date(), SessionType.EASY, prev.load().totalM(), false, false));
                            out.add(new PlanWeek(last.number(), last.start(), last.phase(), last.cutback(), ls));
                        }
                    }
                    if (cur.type().isRun()) {
                        prev = cur;
                    }
                    ss.add(cur);
                }
                out.add(new PlanWeek(w.number(), w.start(), w.phase(), w.cutback(), ss));
            }
            return out;
        }

        /** Fast intervals only after threshold or hill work has been done at least once; otherwise an easy run. */
        private List<PlanWeek> foundationFirst(final List<PlanWeek> weeks) {
            boolean foundation = false;
            final List<PlanWeek> out = new ArrayList<>();
            for (PlanWeek w : weeks) {
                final List<Session> ss = new ArrayList<>();
                for (Session s : w.sessions()) {
                    final SessionType t = s.type();
                    foundation |= t == SessionType.TEMPO || t == SessionType.HILLS || t == SessionType.TIME_TRIAL;
                    ss.add((t == SessionType.INTERVALS || t == SessionType.REPETITIONS) && !foundation
                            ? run(s.date(), SessionType.EASY, s.load().totalM(), false, false) : s);
                }
                out.add(new PlanWeek(w.number(), w.start(), w.phase(), w.cutback(), ss));
            }
            return out;
        }

        /** Warns, with alternatives, when the plan cannot safely get the runner ready for the race it ends with. */
        private List<PlanWeek> readiness(final List<PlanWeek> weeks) {
            if (!req.hasRace() || !topLevel) {
                return weeks;
            }
            final RaceDistance d = req.distance().orElseThrow();
            final double longestRun = longestRun(weeks);
            final double needed = neededLong(d);
            final boolean c25kShort = fit.level() == Level.WALK_RUN && c25kReached < 8;
            if (!c25kShort && longestRun >= needed) {
                final Session race = weeks.get(weeks.size() - 1).sessions().get(weeks.get(weeks.size() - 1).sessions().size() - 1);
                if (fit.level() == Level.WALK_RUN && fit.runWalk().isEmpty() && race.runWalk().isPresent()) {
                    warnings.add(Messages.get("plan.warn.c25kWalkBreaks", (int) Fitness.C25K_LONGEST_MIN[Math.max(0, Math.min(9, c25kReached) - 1)],
                            name(d), race.runWalk().get().runSec() / 60, race.runWalk().get().walkSec() / 60));
                }
                return weeks;
            }
            final List<String> alts = new ArrayList<>();
            if (dates.weeks() < PlanDates.MAX_WEEKS) {
                // Same start, the longest plan: the race it would need is the alternative to name.
                final PlanDates longer = new PlanDates(dates.start(), PlanDates.MAX_WEEKS,
                        Optional.of(dates.start().plusDays(7L * PlanDates.MAX_WEEKS - 1)));
                final Build b = new Build(req, longer, fit, false);
                final Plan p = b.run();
                final boolean ready = longestRun(p.weeks()) >= needed
                        && !(fit.level() == Level.WALK_RUN && b.c25kReached < 8);
                alts.add(Messages.get(ready ? "plan.alt.later" : "plan.alt.laterNotEnough", PlanDates.MAX_WEEKS,
                        longer.end(), fmtKm(longestRun(p.weeks()))));
            } else {
                alts.add(Messages.get("plan.alt.moreBase"));
            }
            if (d != RaceDistance.FIVE_K) {
                alts.add(Messages.get("plan.alt.shorter", name(d == RaceDistance.HALF ? RaceDistance.TEN_K : RaceDistance.FIVE_K)));
            }
            alts.add(Messages.get("plan.alt.runWalk"));
            final String why = c25kShort
                    ? Messages.get("plan.warn.c25kShort", dates.weeks(), Math.max(1, c25kReached), name(d))
                    : Messages.get("plan.warn.notReady", dates.weeks(), name(d), fmtKm(longestRun), fmtKm(needed));
            warnings.add(why + " " + Messages.get("plan.warn.alternatives", String.join("; ", alts)));
            // The race itself becomes a run/walk finish.
            final List<PlanWeek> out = new ArrayList<>(weeks);
            final PlanWeek last = out.remove(out.size() - 1);
            final List<Session> ss = new ArrayList<>(last.sessions());
            final Session race = ss.get(ss.size() - 1);
            if (race.runWalk().isEmpty()) {
                final RunWalk rw = fit.level() == Level.WALK_RUN ? new RunWalk(60, 60) : RunWalk.galloway(pv.easy().midSecPerKm());
                final Duration time = Duration.ofSeconds(Math.round(d.metres() / 1000 * (pv.easy().maxSecPerKm() + 30)));
                ss.set(ss.size() - 1, new Session(race.date(), SessionType.RACE, race.distanceM(), Optional.of(time),
                        Optional.empty(), Optional.of(Messages.get("plan.effort.finish")), Optional.of(rw),
                        List.of(Step.distance(Kind.WORK, d.metres(), Optional.empty(), Optional.of(Messages.get("plan.effort.finish")))),
                        Messages.get("plan.desc.raceRunWalk", name(d), rw.runSec(), rw.walkSec()), race.load()));
            }
            out.add(new PlanWeek(last.number(), last.start(), last.phase(), last.cutback(), ss));
            return out;
        }

        private static double longestRun(final List<PlanWeek> weeks) {
            return weeks.stream().flatMap(w -> w.sessions().stream())
                    .filter(s -> s.type() != SessionType.RACE && s.type().isRun() && s.type() != SessionType.RUN_WALK)
                    .mapToDouble(s -> s.load().totalM()).max().orElse(0);
        }

        private double neededLong(final RaceDistance d) {
            return switch (d) {
                case FIVE_K -> 4000;
                case TEN_K -> 8000;
                default -> req.goal() == Goal.TIME ? 16000 : 14000;
            };
        }
    }

    // ---- helpers ----

    static String fmtKm(final double m) {
        return String.format(Locale.ROOT, "%.1f", m / 1000);
    }

    static String fmt1(final double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static double floorHalfKm(final double m) {
        return Math.floor(m / 500 + 1e-9) * 500;
    }

    private static double max(final List<Double> xs, final int upTo) {
        double m = 0;
        for (int i = 0; i < Math.min(upTo, xs.size()); i++) {
            m = Math.max(m, xs.get(i));
        }
        return m;
    }

    private static double maxLast(final List<Double> xs, final int n) {
        double m = 0;
        for (int i = Math.max(0, xs.size() - n); i < xs.size(); i++) {
            m = Math.max(m, xs.get(i));
        }
        return m;
    }

    static DayOfWeek defaultLongDay(final Set<DayOfWeek> days) {
        if (days.contains(DayOfWeek.SUNDAY)) {
            return DayOfWeek.SUNDAY;
        }
        if (days.contains(DayOfWeek.SATURDAY)) {
            return DayOfWeek.SATURDAY;
        }
        DayOfWeek last = DayOfWeek.MONDAY;
        for (DayOfWeek d : DayOfWeek.values()) {
            if (days.contains(d)) {
                last = d;
            }
        }
        return last;
    }

    /** The {@code n} days that spread runs most evenly around the week, always including the long-run day. */
    static List<DayOfWeek> chooseDays(final Set<DayOfWeek> avail, final int n, final DayOfWeek must) {
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int mask = 1; mask < 128; mask++) {
            if (Integer.bitCount(mask) != n || (mask & (1 << (must.getValue() - 1))) == 0) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < 7; i++) {
                if ((mask & (1 << i)) != 0 && !avail.contains(DayOfWeek.of(i + 1))) {
                    ok = false;
                }
            }
            if (!ok) {
                continue;
            }
            int minGap = 7;
            int adjacent = 0;
            for (int i = 0; i < 7; i++) {
                if ((mask & (1 << i)) == 0) {
                    continue;
                }
                for (int g = 1; g <= 7; g++) {
                    if ((mask & (1 << ((i + g) % 7))) != 0) {
                        minGap = Math.min(minGap, g);
                        if (g == 1) {
                            adjacent++;
                        }
                        break;
                    }
                }
            }
            final int score = minGap * 100 - adjacent * 10;
            if (score > bestScore) {
                bestScore = score;
                best = mask;
            }
        }
        final List<DayOfWeek> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            if ((best & (1 << i)) != 0) {
                out.add(DayOfWeek.of(i + 1));
            }
        }
        return out;
    }

    /** How many of {@code avail} (up to 3, {@code must} among them) can be run with a rest day between each, Sunday to Monday too. */
    static int maxSpaced(final Set<DayOfWeek> avail, final DayOfWeek must) {
        int best = 0;
        for (int mask = 1; mask < 128; mask++) {
            if (spaced(mask) && (mask & (1 << (must.getValue() - 1))) != 0 && inside(mask, avail)) {
                best = Math.max(best, Math.min(3, Integer.bitCount(mask)));
            }
        }
        return best;
    }

    /** Three days with a rest day between each, as close to {@code avail} as possible, e.g. "mon,wed,fri". */
    static String suggestSpacedDays(final Set<DayOfWeek> avail) {
        int best = 0;
        int bestOverlap = -1;
        for (int mask = 1; mask < 128; mask++) {
            if (Integer.bitCount(mask) != 3 || !spaced(mask)) {
                continue;
            }
            int overlap = 0;
            for (DayOfWeek d : avail) {
                overlap += (mask >> (d.getValue() - 1)) & 1;
            }
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = mask;
            }
        }
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            if ((best & (1 << i)) != 0) {
                out.add(dayCode(DayOfWeek.of(i + 1)));
            }
        }
        return String.join(",", out);
    }

    private static boolean spaced(final int mask) {
        final int rotated = ((mask << 1) | (mask >> 6)) & 127;
        return (mask & rotated) == 0;
    }

    private static boolean inside(final int mask, final Set<DayOfWeek> avail) {
        for (int i = 0; i < 7; i++) {
            if ((mask & (1 << i)) != 0 && !avail.contains(DayOfWeek.of(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** Up to two days for workouts, never next to the long run or to each other (Sunday next to Monday too). */
    static List<DayOfWeek> chooseQualityDays(final List<DayOfWeek> pattern, final DayOfWeek longDay) {
        final List<DayOfWeek> out = new ArrayList<>();
        for (int g = 2; g <= 5; g++) {
            final DayOfWeek d = longDay.plus(g);
            if (pattern.contains(d) && !adjacent(d, longDay) && out.stream().noneMatch(o -> adjacent(o, d))) {
                out.add(d);
                if (out.size() == 2) {
                    break;
                }
            }
        }
        final EnumMap<DayOfWeek, Boolean> sorted = new EnumMap<>(DayOfWeek.class);
        out.forEach(d -> sorted.put(d, true));
        return new ArrayList<>(sorted.keySet());
    }

    static boolean adjacent(final DayOfWeek a, final DayOfWeek b) {
        return a.plus(1) == b || b.plus(1) == a;
    }
}
