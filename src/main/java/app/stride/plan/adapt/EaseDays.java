package app.stride.plan.adapt;

import app.stride.plan.Session;
import app.stride.plan.SessionType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Not feeling 100%": the next {@link #DAYS} days (today included) become easy and shorter, with no quality: each
 * open run turns into an easy run of about {@link #SHARE} of its time, between {@link #MIN} and {@link #MAX}.
 * The days after are left as planned, so the plan picks up where it was. The race is never changed.
 */
public final class EaseDays {

    /** Today and the two days after. */
    public static final int DAYS = 3;
    /** Eased runs are about this share of the planned time. */
    static final double SHARE = 0.7;
    static final Duration MIN = Duration.ofMinutes(15);
    static final Duration MAX = Duration.ofMinutes(40);

    private EaseDays() {
    }

    /** The eased days from {@code asOf} on; a change with no edits (and a note) when there is nothing to ease. */
    public static LifeChange propose(final List<PlanDay> days, final LocalDate asOf) {
        final LocalDate end = asOf.plusDays(DAYS - 1L);
        final List<LifeChange.Edit> edits = new ArrayList<>();
        final List<LifeChange.Note> notes = new ArrayList<>();
        for (PlanDay d : days.stream().sorted(Comparator.comparing(PlanDay::day)).toList()) {
            if (d.day().isBefore(asOf) || d.day().isAfter(end) || !d.open()) {
                continue;
            }
            final Session s = d.session();
            if (s.type() == SessionType.RACE) {
                notes.add(LifeChange.Note.RACE_KEPT);
                continue;
            }
            if (!s.type().isRun()) {
                continue;
            }
            final Duration before = StepSizes.length(s);
            final Duration target = target(before);
            final boolean easyAlready = !s.type().isHard() && before.compareTo(target) <= 0;
            if (easyAlready) {
                continue;
            }
            final app.stride.plan.SessionBrief desc = app.stride.plan.SessionBrief.of("life.eased", (int) target.toMinutes());
            edits.add(new LifeChange.Edit(d.id(), d.day(), s, byTimeIfPlannedSo(s, ShortenSession.easyRun(s, target, desc))));
        }
        if (edits.isEmpty()) {
            notes.add(LifeChange.Note.NOTHING_TO_EASE);
        }
        return new LifeChange(LifeChange.Kind.EASE, asOf, edits, notes);
    }

    /** About 70% of {@code planned}, in whole five minutes, between 15 and 40 minutes, never longer than planned. */
    static Duration target(final Duration planned) {
        final long fives = Math.round(planned.toSeconds() * SHARE / 300.0);
        Duration t = Duration.ofMinutes(fives * 5);
        if (t.compareTo(MIN) < 0) {
            t = MIN;
        }
        if (t.compareTo(MAX) > 0) {
            t = MAX;
        }
        return t.compareTo(planned) > 0 ? planned : t;
    }

    /**
     * A session planned by time stays by time: a distance made up from a fallback pace ("Run/walk · 20:00 · 3.1 km"
     * for Couch to 5K week 2) would be far too fast for the runner. The load still counts the estimate.
     */
    private static Session byTimeIfPlannedSo(final Session from, final Session eased) {
        if (from.distanceM().isPresent()) {
            return eased;
        }
        return new Session(eased.date(), eased.type(), java.util.Optional.empty(), eased.duration(), eased.pace(), eased.effort(),
                eased.runWalk(), eased.steps(), eased.description(), eased.load());
    }
}
