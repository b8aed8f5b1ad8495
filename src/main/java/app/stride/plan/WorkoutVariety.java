package app.stride.plan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Progression: workouts are never the same three weeks in a row (issue 7). A week held at its limits (Daniels' share,
 * the minimum dose, a plateau of volume) would otherwise repeat its workout week after week: "18 min 30 s tempo" three
 * weeks running. A week whose workouts would repeat the two weeks before takes the other form of the same work — a
 * tempo block as cruise repeats or the reverse, intervals in repeats of another length — or, where that does not
 * differ or fit, the week's other kind in its other form (tempo for hills and race pace, hills for tempo,
 * repetitions and intervals for each other), kept only where
 * the week is otherwise the same (its long run, runs and volume: {@link MinimumDose#keepsTheWeek}).
 */
final class WorkoutVariety {

    private String before = "";
    private String last = "";

    /** Whether a tempo of {@code n} units runs as one block: from three units in peak form, and the reverse in the other form. */
    static boolean continuous(final int n, final boolean peakForm, final boolean other) {
        return other ? n >= 2 && !(n >= 3 && peakForm) : n >= 3 && peakForm;
    }

    /**
     * Interval repeats of {@code repM} for {@code wantedM} of interval running, or in the other form the same work in
     * 400 m for 800 m, 800 m for longer repeats, and 800 m for 400 m where at least three fit.
     */
    static double intervalRepM(final double repM, final double wantedM, final boolean other) {
        if (!other) {
            return repM;
        }
        return repM >= 1000 ? 800 : repM == 800 ? 400 : wantedM >= 2400 ? 800 : repM;
    }

    /** Hill repeats: {@code n}, or in the other form one fewer (from five: never under the four a session needs). */
    static int hills(final int n, final boolean other) {
        return other && n >= 5 ? n - 1 : n;
    }

    /** A week's workouts: each one's type and steps between warm-up and cool-down, in date order ("" for none). */
    static String workouts(final List<Session> week) {
        return week.stream().filter(s -> s.type().isQuality())
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .map(s -> s.type() + " " + s.description() + " " + s.steps().stream()
                        .filter(x -> x.kind() != Step.Kind.WARM_UP && x.kind() != Step.Kind.COOL_DOWN).toList())
                .collect(Collectors.joining("; "));
    }

    /** Whether {@code week}'s workouts are the same as the two weeks' before it. */
    boolean repeats(final List<Session> week) {
        final String now = workouts(week);
        return !now.isEmpty() && now.equals(last) && now.equals(before);
    }

    /** Records a planned week (every week, in order): the next one is compared with it and the one before. */
    void record(final List<Session> week) {
        before = last;
        last = workouts(week);
    }

    /**
     * The week composed again with its workouts in their other form, else with its other kinds; {@code week} itself
     * when neither differs from the weeks before or keeps the week.
     */
    List<Session> vary(final List<Session> week, final WeekComposer composer, final Sessions sessions) {
        return vary(week, composer, sessions, false);
    }

    /** The same; a cutback's ({@code cutback}) other form is never raised above the week it stands for (coach round 6). */
    List<Session> vary(final List<Session> week, final WeekComposer composer, final Sessions sessions, final boolean cutback) {
        final WeekComposer.Week w = composer.last();
        final List<SessionType> kinds = w.workouts().stream().map(WorkoutVariety::otherKind).distinct().toList();
        sessions.otherForm(true);
        try {
            // The raised form first: a tempo held at its minimum as a block becomes cruise repeats of the same work.
            for (List<Session> other : cutback ? List.of(composer.compose(w)) : List.of(composer.raised(w), composer.compose(w))) {
                if (fits(other, week, w) && threshold(other) >= threshold(week) - 1
                        && !(cutback && threshold(other) > threshold(week) + 1)) {
                    return other;
                }
            }
            final List<Session> swapped = composer.compose(new WeekComposer.Week(w.days(), w.volumeM(), w.longM(), kinds,
                    w.step(), w.strides(), w.raceWeek(), w.peakForm(), w.walkBreaks(), w.protectedLongM(),
                    w.longestSoFarM(), w.holdLongM()));
            return fits(swapped, week, w) ? swapped : week;
        } finally {
            sessions.otherForm(false);
        }
    }

    /**
     * Whether {@code alt} may stand for {@code week}: new workouts, as many, the same long run and still the longest run,
     * as many runs, race-specific work kept, and the same volume but for the workout's own jogs (a block has none of
     * the minute between cruise repeats): never more than the week asked for, less by at most {@value #JOGS_M} m.
     */
    private boolean fits(final List<Session> alt, final List<Session> week, final WeekComposer.Week w) {
        if (repeats(alt) || quality(alt) != quality(week)) {
            return false;
        }
        return MinimumDose.keeps(alt, week, w.volumeM(), JOGS_M);
    }

    /** The most a week in another form may come short of the week it stands for: the jogs of cruise repeats. */
    static final double JOGS_M = 600;

    private static double threshold(final List<Session> week) {
        return week.stream().mapToDouble(s -> s.load().thresholdM()).sum();
    }

    private static long quality(final List<Session> week) {
        return week.stream().filter(s -> s.type().isQuality()).count();
    }

    /**
     * The week's other kind of quality: threshold and hills take turns, race pace gives way to threshold, and fast
     * work stays fast (intervals and repetitions take turns: the last week before a 5K or 10K taper stays race-specific).
     */
    static SessionType otherKind(final SessionType t) {
        return switch (t) {
            case TEMPO -> SessionType.HILLS;
            case INTERVALS -> SessionType.REPETITIONS;
            case REPETITIONS -> SessionType.INTERVALS;
            case HILLS, RACE_PACE -> SessionType.TEMPO;
            default -> t;
        };
    }
}
