package app.stride.ui.log;

import app.stride.ui.common.TypedRun;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.gear.Shoe;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.Feel;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import app.stride.ui.task.TaskFailure;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Log a run" and "Edit run" as typed: every field as the runner left it (nothing is cleared on an error), read into a
 * run on save. Blank numbers stay unknown, never 0. An error names its field ({@link #errorFieldProperty()}).
 */
public final class RunForm {

    /** What a valid form says. */
    public record Entry(LocalDate date, RunStatus status, RunReport report, Optional<Long> shoe) {
    }

    private final Optional<LoggedRun> editing;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<RunStatus> status = new SimpleObjectProperty<>(RunStatus.DONE);
    private final StringProperty distance = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<Optional<Integer>> rpe = new SimpleObjectProperty<>(Optional.empty());
    private final ObjectProperty<Optional<Feel>> feel = new SimpleObjectProperty<>(Optional.empty());
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<Optional<Shoe>> shoe = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper saving = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private String shownDistance = "";

    private RunForm(final Optional<LoggedRun> editing) {
        this.editing = editing;
    }

    /** An empty form for a new run on {@code day}. */
    public static RunForm forNew(final LocalDate day) {
        final RunForm f = new RunForm(Optional.empty());
        f.date.set(day);
        return f;
    }

    /**
     * A form for a new run on {@code day} as Today's "How did it go?" starts: the planned distance and time of the
     * session open that day, and the pair the runner runs in now (new-user review 4: the two forms started apart).
     */
    public static RunForm forNew(final LocalDate day, final Optional<app.stride.plan.PlanRepository.SavedSession> open,
                                 final Optional<Shoe> pair, final DistanceUnit unit) {
        final RunForm f = forNew(day);
        open.filter(s -> s.date().equals(day)).ifPresent(s -> {
            final String plannedDistance = s.distanceM().map(m -> Distances.value(m, unit)).orElse("");
            final String plannedTime = s.durationS().map(Durations::seconds).orElse("");
            f.distance.set(plannedDistance);
            f.time.set(plannedTime);
            // The planned numbers belong to that day: an extra run dated another day must not keep them unnoticed, so
            // untouched ones go when the date moves away and come back when it returns. What was typed stays.
            f.date.addListener((o, was, now) -> {
                final boolean onDay = day.equals(now);
                if (!onDay && f.distance.get().equals(plannedDistance) && f.time.get().equals(plannedTime)) {
                    f.distance.set("");
                    f.time.set("");
                } else if (onDay && f.distance.get().isEmpty() && f.time.get().isEmpty()) {
                    f.distance.set(plannedDistance);
                    f.time.set(plannedTime);
                }
            });
        });
        f.shoe.set(pair);
        return f;
    }

    /** A form holding {@code run} as logged, distances in {@code unit}. */
    public static RunForm of(final LoggedRun run, final DistanceUnit unit, final List<Shoe> shoes) {
        final RunForm f = new RunForm(Optional.of(run));
        f.date.set(run.date());
        f.status.set(run.status());
        f.shownDistance = run.report().distanceM().map(m -> Distances.value(m, unit)).orElse("");
        f.distance.set(f.shownDistance);
        f.time.set(run.report().duration().map(Durations::format).orElse(""));
        f.rpe.set(run.report().effortRpe());
        f.feel.set(run.report().feel());
        f.note.set(run.report().notes());
        f.shoe.set(run.shoeId().flatMap(id -> shoes.stream().filter(s -> s.id() == id).findFirst()));
        return f;
    }

    /** The run being edited; empty for a new run. */
    public Optional<LoggedRun> editing() {
        return editing;
    }

    /** Whether the day can change: a new run or an extra run (a planned session's run stays on its session's day). */
    public boolean dateEditable() {
        return editing.map(LoggedRun::extra).orElse(true);
    }

    /** The statuses this form offers: skipped only for a planned session's entry. */
    public List<RunStatus> statuses() {
        return editing.filter(r -> !r.extra()).isPresent() ? List.of(RunStatus.values()) : List.of(RunStatus.DONE, RunStatus.PARTIAL);
    }

    /** Reads the form; on a mistake, empty with {@link #errorProperty()} saying what to fix. */
    public Optional<Entry> read(final DistanceUnit unit) {
        clearError();
        if (date.get() == null) {
            return fail("date", Messages.get("log.form.error.date"));
        }
        final boolean ran = status.get().ran();
        final Optional<Double> metres;
        final Optional<java.time.Duration> duration;
        try {
            if (!ran) {
                metres = Optional.empty();
            } else if (editing.isPresent() && distance.get() != null && !distance.get().isBlank()
                    && distance.get().equals(shownDistance)) {
                // Shown to 0.1: an untouched field keeps the exact distance stored (a watch's 5234.5 m stays 5234.5 m).
                metres = editing.get().report().distanceM();
            } else {
                metres = TypedRun.distance(distance.get(), unit);
            }
            duration = ran ? TypedRun.time(time.get()) : Optional.empty();
        } catch (InvalidInputException e) {
            return fail(field(e.field()), e.getMessage());
        }
        try {
            final RunReport report = new RunReport(metres, duration, ran ? rpe.get() : Optional.empty(),
                    ran ? feel.get() : Optional.empty(), note.get());
            return Optional.of(new Entry(date.get(), status.get(), report, shoe.get().map(Shoe::id)));
        } catch (InvalidInputException e) {
            return fail(field(e.field()), e.getMessage());
        }
    }

    /**
     * Shows why a save failed: a refusal from the log (a future day, a session logged since) on the field it names,
     * any other failure on the form as a whole.
     */
    void refused(final Throwable failure) {
        final InvalidInputException e = failure instanceof InvalidInputException bad ? bad
                : new InvalidInputException("", TaskFailure.message(failure));
        fail(field(e.field()), e.getMessage());
    }

    private static String field(final String domainField) {
        return switch (domainField) {
            case "duration" -> "time";
            case "effort" -> "rpe";
            case "notes" -> "note";
            default -> domainField;
        };
    }

    private Optional<Entry> fail(final String field, final String message) {
        errorField.set(field);
        error.set(message);
        return Optional.empty();
    }

    private void clearError() {
        error.set("");
        errorField.set("");
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<RunStatus> statusProperty() {
        return status;
    }

    public StringProperty distanceProperty() {
        return distance;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<Optional<Integer>> rpeProperty() {
        return rpe;
    }

    public ObjectProperty<Optional<Feel>> feelProperty() {
        return feel;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Optional<Shoe>> shoeProperty() {
        return shoe;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }

    /** Whether a save of this form is on its way to the store (Save is off meanwhile, so one click stores one run). */
    public javafx.beans.property.ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    void saving(final boolean now) {
        saving.set(now);
    }
}
