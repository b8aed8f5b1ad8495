package app.stride.ui.today;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.common.UnitOfWork;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.tracking.RunReport;
import app.stride.text.TrackingText;
import app.stride.tracking.TickOff;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * "I ran it" on a session from the last days: a small form with its planned distance and time to correct (blank
 * stays unknown), logged on "Log it" with Undo, like "Let it go" beside it. Nothing typed is lost on an error.
 */
public final class LateRun {

    private final TickOff tickOff;
    private final UnitOfWork unitOfWork;
    private final TaskRunner tasks;
    private final ObservableValue<Settings> settings;
    private final BiConsumer<String, Runnable> logged;

    private final ReadOnlyObjectWrapper<Optional<SavedSession>> session = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final StringProperty distance = new SimpleStringProperty("");
    private final StringProperty duration = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param logged told the message and how to take the run back once it is stored */
    LateRun(final TickOff tickOff, final UnitOfWork unitOfWork, final TaskRunner tasks, final ObservableValue<Settings> settings,
            final BiConsumer<String, Runnable> logged) {
        this.tickOff = tickOff;
        this.unitOfWork = unitOfWork;
        this.tasks = tasks;
        this.settings = settings;
        this.logged = logged;
    }

    /** Opens the form for {@code missed}, its planned numbers filled in. */
    public void start(final SavedSession missed) {
        final DistanceUnit unit = settings.getValue().distanceUnit();
        distance.set(missed.distanceM().map(m -> Distances.value(m, unit)).orElse(""));
        // A race planned as a range leaves its time to the runner (app.stride.ui.common.PlannedTime).
        duration.set(app.stride.ui.common.PlannedTime.single(missed.description(),
                missed.durationS().map(java.time.Duration::ofSeconds)).map(Durations::format).orElse(""));
        error.set("");
        session.set(Optional.of(missed));
    }

    /** Closes the form without logging anything. */
    public void cancel() {
        error.set("");
        session.set(Optional.empty());
    }

    /** Logs the session the form is open for, with its numbers; Undo takes the run back off. */
    public void save() {
        final Optional<SavedSession> missed = session.get();
        if (missed.isEmpty()) {
            return;
        }
        final RunReport report;
        try {
            report = TickOffEntry.report(distance.get(), duration.get(), Optional.empty(), "", settings.getValue().distanceUnit());
        } catch (InvalidInputException e) {
            error.set(TaskFailure.message(e));
            return;
        }
        final long id = missed.get().id();
        error.set("");
        final String success = Messages.get("today.doneLate.logged", TrackingText.describe(missed.get()));
        tasks.run(() -> unitOfWork.run(() -> {
            tickOff.done(id, report);
            // Undo puts the session back as missed and takes the run just logged off the log.
            return (Runnable) () -> tickOff.reopen(id);
        }), undo -> {
            session.set(Optional.empty());
            logged.accept(success, undo);
        }, e -> error.set(TaskFailure.message(e))); // the form stays open with what was typed
    }

    /** The missed session the form is open for, or empty. */
    public ReadOnlyObjectProperty<Optional<SavedSession>> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public StringProperty distanceProperty() {
        return distance;
    }

    public StringProperty durationProperty() {
        return duration;
    }

    /** What is wrong with the numbers, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
