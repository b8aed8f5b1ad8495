package app.stride.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Hard/easy: never two hard days in a row, Sunday to Monday across weeks included; and threshold or hill work comes
 * before fast intervals. Works on the finished weeks, turning the later of two hard days into an easy run.
 */
public final class HardEasy {

    private HardEasy() {
    }

    /** The weeks with no two hard days back to back; {@code easy} turns a session into an easy run of its length. */
    public static List<PlanWeek> separate(final List<PlanWeek> weeks, final Function<Session, Session> easy) {
        final List<PlanWeek> out = new ArrayList<>();
        Session prev = null;
        for (PlanWeek w : weeks) {
            final List<Session> ss = new ArrayList<>();
            for (Session s : w.sessions()) {
                Session cur = s;
                if (prev != null && prev.type().isHard() && cur.type().isHard() && cur.date().equals(prev.date().plusDays(1))) {
                    if (cur.type() != SessionType.RACE) {
                        cur = easy.apply(cur);
                    } else if (!ss.isEmpty() && ss.get(ss.size() - 1) == prev) {
                        ss.set(ss.size() - 1, easy.apply(prev));
                    } else if (!out.isEmpty()) {
                        // The race on the first day of a week: ease the last day of the week before.
                        final PlanWeek last = out.remove(out.size() - 1);
                        final List<Session> ls = new ArrayList<>(last.sessions());
                        final Session hard = prev;
                        ls.replaceAll(x -> x == hard ? easy.apply(hard) : x);
                        out.add(last.withSessions(ls));
                    }
                }
                if (cur.type().isRun()) {
                    prev = cur;
                }
                ss.add(cur);
            }
            out.add(w.withSessions(ss));
        }
        return out;
    }

    /** Fast intervals and repetitions only after threshold, hill or time-trial work; else an easy run. */
    public static List<PlanWeek> foundationFirst(final List<PlanWeek> weeks, final Function<Session, Session> easy) {
        boolean foundation = false;
        final List<PlanWeek> out = new ArrayList<>();
        for (PlanWeek w : weeks) {
            final List<Session> ss = new ArrayList<>();
            for (Session s : w.sessions()) {
                final SessionType t = s.type();
                foundation |= t == SessionType.TEMPO || t == SessionType.HILLS || t == SessionType.TIME_TRIAL;
                ss.add((t == SessionType.INTERVALS || t == SessionType.REPETITIONS) && !foundation ? easy.apply(s) : s);
            }
            out.add(w.withSessions(ss));
        }
        return out;
    }
}
