package app.stride.ui.log;

import app.stride.tracking.LoggedRun;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.collections.ObservableList;

/**
 * The Log's rows, newest first, changed one row at a time: an edited run replaces its row, a deleted one leaves, an
 * added one goes in at its date. Every other row keeps its object, so the list keeps its selection, its scroll position
 * and its laid-out cells, and the work per change does not grow with ten years of runs (found by binary search).
 */
final class ShownRuns {

    /** The Log's order (as {@code RunLog.all()}): newest date first, then the later-logged first. */
    static final Comparator<LoggedRun> NEWEST_FIRST = Comparator.comparing(LoggedRun::date).thenComparingLong(LoggedRun::id).reversed();

    private final ObservableList<LoggedRun> rows;

    ShownRuns(final ObservableList<LoggedRun> rows) {
        this.rows = rows;
    }

    /**
     * Takes {@code before} out (when shown) and puts {@code after} in (when {@code shown} holds it); a run that keeps its
     * place is replaced in its row. Returns the row {@code after} is in, or where {@code before} was when it left.
     */
    int change(final Optional<LoggedRun> before, final Optional<LoggedRun> after, final Predicate<LoggedRun> shown) {
        final int at = before.map(this::indexOf).orElse(-1);
        final Optional<LoggedRun> in = after.filter(shown);
        if (at >= 0 && in.isPresent() && fitsAt(at, in.get())) {
            rows.set(at, in.get());
            return at;
        }
        if (at >= 0) {
            rows.remove(at);
        }
        return in.map(this::insert).orElse(at);
    }

    /**
     * Shows {@code all} in place of every row. Replacing every row clears the list's selection: returns the run to
     * select, the one that was selected ({@code was}) if it is still shown.
     */
    Optional<LoggedRun> replace(final List<LoggedRun> all, final Optional<LoggedRun> was) {
        rows.setAll(all);
        return was.map(LoggedRun::id).flatMap(id -> rows.stream().filter(r -> r.id() == id).findFirst());
    }

    /**
     * What is selected after a change that left row {@code at}: the run it put in (saved or put back); when the
     * selected run left (or nothing was selected), the row that took its place; else what was selected.
     */
    Optional<LoggedRun> selectAfter(final int at, final Optional<LoggedRun> in, final Optional<LoggedRun> left,
                                    final Optional<LoggedRun> was) {
        final Optional<LoggedRun> put = in.filter(r -> at >= 0 && at < rows.size() && rows.get(at) == r);
        if (put.isPresent()) {
            return put;
        }
        final boolean selectedLeft = was.isEmpty() || left.map(b -> b.id() == was.get().id()).orElse(false);
        if (at >= 0 && !rows.isEmpty() && selectedLeft) {
            return Optional.of(rows.get(Math.min(at, rows.size() - 1)));
        }
        return was.filter(w -> !rows.isEmpty());
    }

    /** Where run {@code run} (by id) is shown, or -1. */
    int indexOf(final LoggedRun run) {
        final int i = Collections.binarySearch(rows, run, NEWEST_FIRST);
        if (i >= 0) {
            return i;
        }
        // The row shown may hold another date than the run passed (changed elsewhere since): look for its id.
        for (int j = 0; j < rows.size(); j++) {
            if (rows.get(j).id() == run.id()) {
                return j;
            }
        }
        return -1;
    }

    private int insert(final LoggedRun run) {
        final int i = Collections.binarySearch(rows, run, NEWEST_FIRST);
        final int at = i >= 0 ? i : -i - 1;
        if (i >= 0) {
            rows.set(at, run);
        } else {
            rows.add(at, run);
        }
        return at;
    }

    /** Whether {@code run} sorts between the neighbours of row {@code at}. */
    private boolean fitsAt(final int at, final LoggedRun run) {
        return (at == 0 || NEWEST_FIRST.compare(rows.get(at - 1), run) < 0)
                && (at == rows.size() - 1 || NEWEST_FIRST.compare(run, rows.get(at + 1)) < 0);
    }
}
