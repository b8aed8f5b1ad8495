package app.stride.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The easy day between two hard days (workouts, the long run, the race) is not a third hard day (coach review p14: Tue
 * race pace 11 km, Wed "easy" 18 km in 1:33, Thu tempo): it is an easy run of at most {@value #MAX_MIN} minutes at
 * easy pace, without strides when the week has another easy day for them. What it gives up goes to the week's other
 * easy runs and the long run, which measure their room against the long run, never against the shortened run.
 */
final class RecoveryBetween {

    /** The longest an easy run between two hard days may be, in minutes at easy pace. */
    static final double MAX_MIN = 70;

    private RecoveryBetween() {
    }

    /** Whether {@code s} is an easy run with a hard day the day before and the day after it in {@code week}. */
    static boolean sandwiched(final List<Session> week, final Session s) {
        return sandwiched(week, s, d -> false);
    }

    /**
     * Whether {@code s} is an easy run between two hard days, {@code elsewhere} saying whether a day outside
     * {@code week} (the week before or after: a plan starting on a Friday has a Wednesday workout, a Thursday easy run,
     * then the next week's Friday workout) is one.
     */
    static boolean sandwiched(final List<Session> week, final Session s, final Predicate<LocalDate> elsewhere) {
        return easyKind(s.type()) && hardOn(week, s.date().minusDays(1), elsewhere) && hardOn(week, s.date().plusDays(1), elsewhere);
    }

    /**
     * Shortens each easy run between two hard days to {@code capM} (a run already shorter stays); the week's balance
     * gives the metres to the other runs.
     */
    static void shorten(final List<Session> out, final double capM, final Predicate<LocalDate> elsewhere,
                        final BiFunction<Session, Double, Session> resize) {
        for (int i = 0; i < out.size(); i++) {
            final Session s = out.get(i);
            if (sandwiched(out, s, elsewhere) && s.load().totalM() > capM + 1) {
                out.set(i, resize.apply(s, capM - s.load().totalM()));
            }
        }
    }

    /** Whether {@code s} may grow by {@code chunkM}: any run but one between two hard days that would pass {@code capM}. */
    static boolean roomFor(final List<Session> out, final Session s, final double chunkM, final double capM,
                           final Predicate<LocalDate> elsewhere) {
        return !sandwiched(out, s, elsewhere) || s.load().totalM() + chunkM <= capM + 1;
    }

    /** Whether a run between two hard days is at {@code capM}: the week wanted more there and has to put it elsewhere. */
    static boolean full(final List<Session> out, final double capM, final Predicate<LocalDate> elsewhere) {
        return out.stream().anyMatch(s -> sandwiched(out, s, elsewhere) && s.load().totalM() >= capM - 1);
    }

    /**
     * What the runs around the long run measure against: the longest ordinary easy run of the week (neither the day
     * before the long run, the recovery run nor a run between two hard days), else {@code fallbackM} (the easy runs'
     * share of the long run), so a week whose only ordinary run was shortened keeps its volume.
     */
    static double normalEasyM(final List<Session> out, final Predicate<Session> aroundLong, final double fallbackM,
                              final Predicate<LocalDate> elsewhere) {
        return out.stream().filter(x -> easyKind(x.type()) && x.type() != SessionType.RECOVERY && !aroundLong.test(x)
                && !sandwiched(out, x, elsewhere)).mapToDouble(x -> x.load().totalM()).max().orElse(fallbackM);
    }

    private static boolean hardOn(final List<Session> week, final LocalDate d, final Predicate<LocalDate> elsewhere) {
        final boolean inWeek = week.stream().anyMatch(o -> o.date().equals(d));
        return inWeek ? week.stream().anyMatch(o -> o.date().equals(d) && o.type().isHard()) : elsewhere.test(d);
    }

    /**
     * Strides belong on an easy day, not the one between two hard days: they move to the week's first other easy run
     * (an ordinary easy run, not the recovery run); with none they stay.
     */
    static void moveStrides(final List<Session> out, final Predicate<LocalDate> elsewhere, final Sessions sessions) {
        for (int i = 0; i < out.size(); i++) {
            final Session s = out.get(i);
            if (s.type() != SessionType.STRIDES || !sandwiched(out, s, elsewhere)) {
                continue;
            }
            for (int j = 0; j < out.size(); j++) {
                final Session o = out.get(j);
                if (o.type() == SessionType.EASY && !sandwiched(out, o, elsewhere)) {
                    out.set(j, sessions.run(o.date(), SessionType.STRIDES, o.load().totalM(), Sessions.strides(s), o.runWalk()));
                    out.set(i, sessions.run(s.date(), SessionType.EASY, s.load().totalM(), 0, s.runWalk()));
                    return;
                }
            }
        }
    }

    /** Whether {@code t} is an easy-type run: easy, with strides, with walk breaks, or a recovery run. */
    static boolean easyKind(final SessionType t) {
        return t == SessionType.EASY || t == SessionType.STRIDES || t == SessionType.RUN_WALK || t == SessionType.RECOVERY;
    }
}
