package app.stride.ui.today;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** What Today's Undo would take back: the last change stored from Today, offered until the next one or leaving. */
final class TodayUndo {

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private Runnable work;

    /** Offers {@code undo} for the change just stored; it replaces any undo offered before. */
    void offer(final Runnable undo) {
        work = java.util.Objects.requireNonNull(undo);
        canUndo.set(true);
    }

    /** Withdraws the offer (the notice went, or a change that cannot be taken back was made). */
    void clear() {
        work = null;
        canUndo.set(false);
    }

    /** The undo on offer, withdrawn as it is handed out so it runs once; empty when none is offered. */
    Optional<Runnable> take() {
        final Optional<Runnable> w = Optional.ofNullable(work);
        clear();
        return w;
    }

    /** True while there is something to take back. */
    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
