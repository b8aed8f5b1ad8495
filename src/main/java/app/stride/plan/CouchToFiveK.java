package app.stride.plan;

import app.stride.plan.Step.Kind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NHS Couch to 5K as a sequence of 27 sessions (9 weeks × 3), followed in order whatever the number of days: fewer
 * days means more weeks, never a skipped step. Every session has a 5-minute brisk walk before and after.
 */
public final class CouchToFiveK {

    /** Sessions in the programme. */
    public static final int SESSIONS = 27;
    /** Easy running pace assumed for a beginner, to count a session in metres. */
    static final double RUN_SEC_PER_KM = 460;
    static final double WALK_SEC_PER_KM = 600;

    private CouchToFiveK() {
    }

    /** The programme week (1–9) a session (0-based) belongs to. */
    public static int week(final int index) {
        return Math.min(9, index / 3 + 1);
    }

    /** The first session of programme week {@code stage}. */
    public static int firstOf(final int stage) {
        return (Math.max(1, Math.min(9, stage)) - 1) * 3;
    }

    /** Segments of session {@code index}: rows {times, run s, walk s, ...}; a single {s} row is continuous running. */
    static int[][] segments(final int index) {
        final int day = index % 3 + 1;
        switch (week(index)) {
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

    /** Longest continuous running in session {@code index}, seconds. */
    public static int longestRunS(final int index) {
        int best = 0;
        for (int[] seg : segments(index)) {
            if (seg.length == 1) {
                best = Math.max(best, seg[0]);
            }
            for (int i = 1; i < seg.length; i += 2) {
                best = Math.max(best, seg[i]);
            }
        }
        return best;
    }

    /** Session {@code index} on {@code date}. */
    public static Session session(final LocalDate date, final int index) {
        final int[][] segments = segments(index);
        final List<Step> steps = new ArrayList<>();
        final Optional<SessionEffort> walk = Optional.of(SessionEffort.WALK);
        final Optional<SessionEffort> jog = Optional.of(SessionEffort.EASY);
        steps.add(Step.timed(Kind.WARM_UP, Duration.ofMinutes(5), Optional.empty(), walk));
        int runS = 0;
        int walkS = 600;
        final boolean continuous = segments.length == 1 && segments[0].length == 1;
        if (continuous) {
            steps.add(Step.timed(Kind.RUN, Duration.ofSeconds(segments[0][0]), Optional.empty(), jog));
            runS = segments[0][0];
        } else {
            for (int[] seg : segments) {
                final List<Step> inner = new ArrayList<>();
                for (int i = 1; i < seg.length; i++) {
                    final boolean run = i % 2 == 1;
                    inner.add(Step.timed(run ? Kind.RUN : Kind.WALK, Duration.ofSeconds(seg[i]), Optional.empty(), run ? jog : walk));
                    if (run) {
                        runS += seg[0] * seg[i];
                    } else {
                        walkS += seg[0] * seg[i];
                    }
                }
                steps.add(seg[0] == 1 && inner.size() == 1 ? inner.get(0) : Step.repeat(seg[0], inner));
            }
        }
        steps.add(Step.timed(Kind.COOL_DOWN, Duration.ofMinutes(5), Optional.empty(), walk));
        final double metres = metres(runS, walkS);
        final Duration total = Duration.ofSeconds(runS + walkS);
        final int stage = week(index);
        if (continuous) {
            return new Session(date, SessionType.EASY, Optional.empty(), Optional.of(total), Optional.empty(), jog,
                    Optional.empty(), steps, SessionBrief.of("c25kContinuous", stage, runS / 60), Session.Load.easy(metres));
        }
        final RunWalk ratio = new RunWalk(segments[0][1], segments[0][2]);
        return new Session(date, SessionType.RUN_WALK, Optional.empty(), Optional.of(total), Optional.empty(), jog,
                Optional.of(ratio), steps, SessionBrief.of("c25k", stage, runS / 60, walkS / 60), Session.Load.easy(metres));
    }

    /** A shorter race-week session: 15 minutes of easy running once the programme is continuous, else an earlier step. */
    public static Session taper(final LocalDate date, final int index) {
        if (longestRunS(index) < 15 * 60) {
            return session(date, Math.max(0, index - 3));
        }
        final int runS = 15 * 60;
        final Optional<SessionEffort> walk = Optional.of(SessionEffort.WALK);
        final Optional<SessionEffort> jog = Optional.of(SessionEffort.EASY);
        final List<Step> steps = List.of(Step.timed(Kind.WARM_UP, Duration.ofMinutes(5), Optional.empty(), walk),
                Step.timed(Kind.RUN, Duration.ofSeconds(runS), Optional.empty(), jog),
                Step.timed(Kind.COOL_DOWN, Duration.ofMinutes(5), Optional.empty(), walk));
        return new Session(date, SessionType.EASY, Optional.empty(), Optional.of(Duration.ofSeconds(runS + 600)),
                Optional.empty(), jog, Optional.empty(), steps, SessionBrief.of("c25kTaper", runS / 60),
                Session.Load.easy(metres(runS, 600)));
    }

    static double metres(final int runS, final int walkS) {
        return runS / RUN_SEC_PER_KM * 1000 + walkS / WALK_SEC_PER_KM * 1000;
    }
}
