package app.stride.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The choice between a week composed with its workouts raised to their minimum dose ({@link MinimumDose}) and the same
 * week without: the plain week is composed first, the raised one only when the raise can change it (a workout under
 * its minimum, one fallen to easy running, or a limit the dose widens: {@link Sessions#raiseMattered}), and kept when
 * {@link MinimumDose#keepsTheWeek} says it costs the week nothing. The week chosen, and only it, goes into the seam.
 */
final class DosedWeek {

    private final Sessions sessions;
    private final MinimumDose.Use use;
    private final WeekSeam seam;
    /** The days of weeks whose raised composition was refused (their last composition counts). */
    private final Set<LocalDate> refused = new HashSet<>();

    DosedWeek(final Sessions sessions, final MinimumDose.Use use, final WeekSeam seam) {
        this.sessions = sessions;
        this.use = use;
        this.seam = seam;
    }

    /** The week of {@code w}, composed by {@code compose} with the raise off, then on where it can matter. */
    List<Session> choose(final WeekComposer.Week w, final Supplier<List<Session>> compose) {
        final List<Session> plain;
        final boolean mattered;
        sessions.raise(false);
        try {
            plain = compose.get();
            mattered = sessions.raiseMattered();
        } finally {
            sessions.raise(true);
        }
        w.days().forEach(refused::remove);
        List<Session> out = plain;
        if (use.on() && (mattered || use == MinimumDose.Use.ON_COMPOSING_TWICE)) {
            final List<Session> raised = compose.get();
            if (MinimumDose.keepsTheWeek(raised, plain, w.volumeM())) {
                out = raised;
            } else {
                refused.addAll(w.days());
            }
        }
        seam.record(w.days(), out);
        return out;
    }

    /** Whether the week {@code date} falls in kept its plain composition because the raised one broke the week. */
    boolean refusedOn(final LocalDate date) {
        return refused.contains(date);
    }
}
