package app.stride.plan;

/**
 * Minimum dose: a workout trains something or it is not set (coach review 4, item 7). Daniels' limits (threshold 10%,
 * intervals 8%, repetitions 5% of the week) are written for high mileage; in a 20–30 km week they give 2 × 400 m at race
 * pace or 2 × 1 km of tempo, which trains nothing. So each kind has a least amount of running at its pace — 5K race
 * pace {@value #FIVE_K_RACE_PACE_M} m (5 × 400 m, 3 × 800 m, 2 × 1 km), 10K or half race pace {@value #TEN_K_RACE_PACE_M}
 * m (4 × 1 km, 3 × 1600 m), tempo {@value #TEMPO_MINUTES} minutes (3–4 × 5 minutes, or one block), intervals
 * {@value #INTERVALS_M} m (4 × 800 m), repetitions {@value #REPETITIONS_M} m (8 × 200 m) — and a workout Daniels'
 * share would make smaller is raised to it, the easy runs around it giving way. The week still bounds it: the fast
 * running of a workout at its minimum stays within {@value #MAX_SHARE_PERCENT}% of the week (about 80% of running easy);
 * a week too small for that gets no token session: hills instead (short, hard, no minimum), and where even those do not
 * fit, the week's quick running is strides after an easy run. Race week is not
 * raised (it sharpens, it does not train): what Daniels' share leaves there under the minimum is strides too. The raise
 * is kept only in a week it costs nothing ({@link #keepsTheWeek}); elsewhere Daniels' smaller session stays, so some
 * workouts remain under their minimum (docs/plan-engine.md, "Minimum dose").
 */
public final class MinimumDose {

    /** 5K race pace: 2 km at pace. */
    static final double FIVE_K_RACE_PACE_M = 2000;
    /** 10K and half race pace: 4 km at pace. */
    static final double TEN_K_RACE_PACE_M = 4000;
    /** Tempo: 15 minutes at threshold pace. */
    static final int TEMPO_MINUTES = 15;
    /** Intervals: 3.2 km at interval pace. */
    static final double INTERVALS_M = 3200;
    /** Repetitions: 1.6 km at repetition pace. */
    static final double REPETITIONS_M = 1600;
    /** The most of a week a workout raised to its minimum may run fast, in percent. */
    static final int MAX_SHARE_PERCENT = 20;
    /** The most threshold running a workout at its minimum holds: three miles (10K race pace or tempo in miles). */
    static final double MOST_THRESHOLD_M = 3 * 1609.344 + 1;
    /** The most interval running at its minimum: three 1200 m repeats (a mile runner's 3.2 km). */
    static final double MOST_INTERVAL_M = 3600;

    private MinimumDose() {
    }

    /**
     * The least running at pace, in metres, a workout of {@code type} needs to train anything, for a race of
     * {@code d} and a work pace of {@code secPerKm}; 0 for kinds without one (hills, time trial, easy runs).
     */
    public static double metres(final SessionType type, final RaceDistance d, final double secPerKm) {
        return switch (type) {
            case RACE_PACE -> d == RaceDistance.FIVE_K || d == RaceDistance.MILE ? FIVE_K_RACE_PACE_M : TEN_K_RACE_PACE_M;
            case TEMPO -> TEMPO_MINUTES * 60 / secPerKm * 1000;
            case INTERVALS -> INTERVALS_M;
            case REPETITIONS -> REPETITIONS_M;
            default -> 0;
        };
    }

    /**
     * How a generation uses the minimum dose: an input of the generator ({@link PlanGenerator}), never global state, so
     * a test can plan the same runner without it while other plans are made with it.
     */
    enum Use {
        /** Daniels' shares alone (MinimumDoseSafetyTest's plans without the raise). */
        OFF,
        /** The raise where it costs the week nothing; the raised week composed only when the raise can change it. */
        ON,
        /** As {@link #ON}, but every week composed both ways: the reference the skip is tested against. */
        ON_COMPOSING_TWICE;

        /** Whether workouts may be raised to their minimum. */
        boolean on() {
            return this != OFF;
        }
    }

    /**
     * Whether a workout of {@code type} on {@code date} is raised to its minimum dose when the dose is on (and falls
     * back to hills when the week cannot hold it): tempo, intervals, repetitions and race pace outside race week. Race
     * pace that the week cannot hold is shortened to what fits (the point of a short plan), never hills, and race week
     * keeps its short race-pace touch (sharpening, not training).
     */
    static boolean raises(final PlanContext c, final java.time.LocalDate date, final SessionType type) {
        return hasMinimum(type) && !raceWeek(c, date);
    }

    /** Whether {@code type} has a minimum dose: tempo, intervals, repetitions and race pace. */
    static boolean hasMinimum(final SessionType type) {
        return type == SessionType.TEMPO || type == SessionType.INTERVALS || type == SessionType.REPETITIONS
                || type == SessionType.RACE_PACE;
    }

    /** Repeats of {@code repM} that reach the minimum of {@code minM}. */
    static int repeats(final double minM, final double repM) {
        return (int) Math.ceil(minM / repM - 1e-9);
    }

    /**
     * Whether {@code date} falls in race week (the 7 days before the race): a workout there is not raised to its
     * minimum, since race week trains nothing new; one Daniels' share leaves under the minimum gives way to strides.
     */
    static boolean raceWeek(final PlanContext c, final java.time.LocalDate date) {
        return c.dates().race().filter(r -> date.isAfter(r.minusDays(7))).isPresent();
    }

    /**
     * Whether a workout's load is no bigger than a minimum dose can be: the one workout beyond Daniels' shares a week
     * accepts, so a big week's workouts stay within Daniels (a 48 km week keeps its 4 km tempo, not 5).
     */
    static boolean atMost(final Session.Load l) {
        return l.thresholdM() <= MOST_THRESHOLD_M && l.intervalM() <= MOST_INTERVAL_M && l.repetitionM() <= REPETITIONS_M + 1;
    }

    /** Whether a week of {@code weekM} metres holds {@code fastM} metres of fast running at a workout's minimum. */
    public static boolean weekHolds(final double fastM, final double weekM) {
        return fastM <= MAX_SHARE_PERCENT / 100.0 * weekM + 1e-6;
    }

    /**
     * Whether a week composed with its workouts raised ({@code raised}) may replace the same week composed without
     * ({@code plain}): its long run at least as long (the longest run so far never falls behind the plan without the
     * raise) and still the longest run of the week, as many runs, race-specific work kept where it was, a volume no
     * bigger than the week asked for ({@code weekM}, what the growth rule allowed) or the plain week came to, and no
     * smaller. The volume may so grow up to {@code weekM} where the plain week fell short of it, and the next weeks grow
     * from it: feasibility is never later than without the raise and may come earlier (AfterShorterTest: the
     * couch-to-half after a 5K finds its safe date a week sooner). Otherwise the raise would take what the week needs and the
     * plain week is kept.
     */
    static boolean keepsTheWeek(final java.util.List<Session> raised, final java.util.List<Session> plain,
                                final double weekM) {
        return keeps(raised, plain, weekM, 1);
    }

    /**
     * Whether {@code other}, a week built another way, keeps what {@code week} holds: a long run as long and still the
     * longest, race-specific work, as many runs, a total no more than the larger of {@code week}'s and {@code weekM}
     * and no less than {@code week}'s by more than {@code lessByM} (keepsTheWeek, WorkoutVariety).
     */
    static boolean keeps(final java.util.List<Session> other, final java.util.List<Session> week, final double weekM,
                         final double lessByM) {
        final double longOther = PlanWeek.longRunM(other);
        final double total = WeekComposer.total(other);
        final double totalWeek = WeekComposer.total(week);
        final boolean longest = longOther <= 0 || other.stream()
                .filter(s -> s.type().isRun() && s.type() != SessionType.LONG && s.type() != SessionType.RACE)
                .allMatch(s -> s.load().totalM() <= longOther + 1);
        // The week before the taper sharpens (WorkoutProgression.sharpens): race-specific work never turns to hills.
        final boolean specific = other.stream().anyMatch(s -> WorkoutProgression.raceSpecific(s.type()))
                || week.stream().noneMatch(s -> WorkoutProgression.raceSpecific(s.type()));
        return longOther >= PlanWeek.longRunM(week) - 1 && longest && specific && runs(other) >= runs(week)
                && total <= Math.max(totalWeek, weekM) + 1 && total >= totalWeek - lessByM;
    }

    private static long runs(final java.util.List<Session> week) {
        return week.stream().filter(s -> s.type().isRun()).count();
    }

    /**
     * The long run stays the longest run of its week: a workout raised beyond Daniels' shares that came out longer is
     * sized to a smaller week until it fits under the long run (a race-pace session shortened, another kind its
     * fallback), else it is an easy run as long as the long run.
     */
    static void underTheLong(final Sessions sessions, final java.util.List<Session> out, final WeekComposer.Week w) {
        final double longM = PlanWeek.longRunM(out);
        if (longM <= 0) {
            return;
        }
        final double actual = WeekComposer.total(out);
        for (int i = 0; i < out.size(); i++) {
            final Session s = out.get(i);
            if (!s.type().isQuality() || s.load().totalM() <= longM + 1 || DanielsLimits.withinShares(s.load(), actual)) {
                continue;
            }
            java.util.Optional<Session> fitted = java.util.Optional.empty();
            for (double by = 0.95; by >= 0.499 && fitted.isEmpty(); by -= 0.05) {
                fitted = sessions.workout(s.date(), s.type(), actual * by, w.step(), w.peakForm(), Sessions.WARM)
                        .filter(x -> x.load().totalM() <= longM + 1);
            }
            out.set(i, fitted.orElseGet(() -> sessions.run(s.date(), SessionType.EASY, longM, 0, s.runWalk())));
        }
    }
}
