package app.stride.plan;

import java.util.List;
import java.util.Optional;

/**
 * The plan never runs fewer times a week than the runner asked for without saying why (coach review 4, item 4: 5 runs
 * asked, 4 given, silently). One note, by the reason: a rest day kept out of seven, fewer days given than runs, or
 * runs the week's distance makes worth going out for; and weeks that drop a run to the 15-minute floor (RunsKept)
 * ({@link RunCount}) are counted. Couch to 5K has its own spacing notes.
 */
final class AskedRuns {

    /** 6 runs and a rest day, not the 7 asked: one rest day a week helps absorb training. */
    static final String REST_DAY = "restDay";
    /** Fewer days given than the runs a week asked for. */
    static final String FEWER_DAYS = "fewerDaysThanRuns";
    /** Fewer runs than asked: at this weekly distance more runs would be too short to be worth it. */
    static final String USEFUL_RUNS = "usefulRuns";
    /** {@link #USEFUL_RUNS} for a week too small for runs of half an hour: runs of 20 minutes or more. */
    static final String USEFUL_RUNS_SHORT = "usefulRunsShort";
    /** The same when the weekly distance is Stride's estimate from the runs a week, not one the runner gave. */
    static final String USEFUL_RUNS_ESTIMATED = "usefulRunsEstimated";
    /** {@link #USEFUL_RUNS_SHORT} with the weekly distance Stride's estimate. */
    static final String USEFUL_RUNS_SHORT_ESTIMATED = "usefulRunsShortEstimated";
    /** Some weeks run fewer than the plan's runs: another run would be under 15 minutes. */
    static final String WEEKS_FEWER = "weeksFewerRuns";

    private AskedRuns() {
    }

    /**
     * Whether a plan of {@code runs} a week gets the {@value #USEFUL_RUNS} note (fewer, longer runs: "half an hour or
     * more"), so its runs keep that promise ({@link RunCount#minRunM}, coach review 5, p29).
     */
    static boolean usefulRuns(final PlanRequest r, final Fitness f, final int runs) {
        if (f.level() == Fitness.Level.WALK_RUN || r.goal() == Goal.CONSISTENCY && runs < r.days().size()) {
            return false;
        }
        final Optional<Integer> asked = r.fitness().runsPerWeek().filter(a -> a > runs);
        return asked.isPresent() && !(runs == PlanGenerator.MOST_RUNS && r.days().size() > runs)
                && !(r.days().size() < asked.get() && runs == r.days().size());
    }

    /**
     * The note for a plan of {@code runs} a week (the plan's pattern) whose weeks are {@code weeks}; empty when every
     * run asked for is planned, or another note ({@code daysCapped}) already says it.
     */
    static Optional<PlanMessage> note(final PlanRequest r, final Fitness f, final int runs, final List<PlanWeek> weeks,
                                      final List<PlanMessage> warnings) {
        if (f.level() == Fitness.Level.WALK_RUN || warnings.stream().anyMatch(w -> w.code().equals("daysCapped"))) {
            return Optional.empty();
        }
        final int avail = r.days().size();
        final Optional<Integer> asked = r.fitness().runsPerWeek().filter(a -> a > runs);
        if (asked.isPresent()) {
            final int a = asked.get();
            if (runs == PlanGenerator.MOST_RUNS && avail > runs) {
                return Optional.of(PlanMessage.of(REST_DAY, a, runs));
            }
            if (avail < a && runs == avail) {
                return Optional.of(PlanMessage.of(FEWER_DAYS, a, avail));
            }
            // The note says the runs' floor the plan keeps (RunCount.minRunM): half an hour, or 20 minutes for a week
            // too small for four runs of half an hour (coach review 5, p29); a weekly distance the runner never gave
            // is Stride's estimate, and the note says so (new-user review 6, 12).
            final boolean halfHour = RunCount.usefulHolds(f.currentWeeklyM(), f.longestRunM(), RunCount.easySecPerKm(f), runs);
            final boolean given = r.fitness().weeklyM().isPresent();
            final String code = halfHour ? (given ? USEFUL_RUNS : USEFUL_RUNS_ESTIMATED)
                    : (given ? USEFUL_RUNS_SHORT : USEFUL_RUNS_SHORT_ESTIMATED);
            return Optional.of(PlanMessage.of(code, new Length(f.currentWeeklyM()), runs, a));
        }
        // Weeks that lost a run to the 15-minute floor (the race week's short touches are the taper's own).
        final int last = weeks.size() - (r.hasRace() ? 1 : 0);
        final long fewer = weeks.subList(0, Math.max(0, last)).stream().filter(w -> w.phase() != Phase.TAPER && w.runs() < runs)
                .count();
        return fewer == 0 ? Optional.empty() : Optional.of(PlanMessage.of(WEEKS_FEWER, runs, (int) fewer));
    }
}
