package app.stride.ui.log;

import app.stride.tracking.DeletedRun;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunLog;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The Log's last add, edit or delete, offered for Undo once: what it was, and how taking it back is stored. Taking it
 * forgets it at once, so a repeated Ctrl+Z or a double click never undoes it twice.
 */
final class LastChange {

    /** What the last change was, so that Undo can take it back. */
    sealed interface Change permits Added, Edited, Deleted {
    }

    record Added(LoggedRun run) implements Change {
    }

    record Edited(LoggedRun before, LoggedRun after) implements Change {
    }

    record Deleted(DeletedRun gone) implements Change {
    }

    /** What taking a change back did to the rows: {@code left} leaves, {@code back} comes in (each when there is one). */
    record Reversal(Optional<LoggedRun> left, Optional<LoggedRun> back) {
    }

    private final ReadOnlyBooleanWrapper undoable = new ReadOnlyBooleanWrapper(false);
    private Optional<Change> last = Optional.empty();

    /** Offers {@code change} for Undo, in place of any earlier one. */
    void remember(final Change change) {
        last = Optional.of(change);
        undoable.set(true);
    }

    /** The change to take back, forgotten as it is taken; empty when there is none. */
    Optional<Change> take() {
        final Optional<Change> change = last;
        if (change.isPresent()) {
            forget();
        }
        return change;
    }

    /** Offers {@code change} again after its undo failed, unless another change has been made since. */
    void offerAgain(final Change change) {
        if (last.isEmpty()) {
            remember(change);
        }
    }

    /** Nothing can be undone any more. */
    void forget() {
        last = Optional.empty();
        undoable.set(false);
    }

    ReadOnlyBooleanProperty undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    /** Stores the reverse of {@code change} in {@code log} (on the background thread, inside the unit of work). */
    static Reversal takeBack(final Change change, final RunLog log) {
        if (change instanceof Added a) {
            log.delete(a.run().id());
            return new Reversal(Optional.of(a.run()), Optional.empty());
        } else if (change instanceof Edited ed) {
            final LoggedRun b = ed.before();
            final LoggedRun back = log.edit(b.id(), b.date(), b.status(), b.report(), b.shoeId());
            return new Reversal(Optional.of(ed.after()), Optional.of(back));
        }
        return new Reversal(Optional.empty(), Optional.of(log.undoDelete(((Deleted) change).gone())));
    }
}
