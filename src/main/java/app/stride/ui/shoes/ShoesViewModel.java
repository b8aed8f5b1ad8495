package app.stride.ui.shoes;

import app.stride.format.Numbers;
import app.stride.format.Distances;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.gear.Shoe;
import app.stride.gear.Shoes;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Shoes screen's state: the runner's pairs with their mileage, and the form to add one. */
public final class ShoesViewModel {

    private final Shoes shoes;
    private final TaskRunner tasks;
    private final ObservableValue<Settings> settings;
    private final ObservableList<Shoe> all = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty alreadyRun = new SimpleStringProperty("0");
    private final StringProperty retireAt = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper("");

    public ShoesViewModel(final Shoes shoes, final TaskRunner tasks, final ObservableValue<Settings> settings) {
        this.shoes = shoes;
        this.tasks = tasks;
        this.settings = settings;
        resetForm();
        settings.addListener((o, a, b) -> {
            if (a != null && b != null && a.distanceUnit() != b.distanceUnit()) {
                resetForm();
            }
        });
    }

    private DistanceUnit unit() {
        return settings.getValue().distanceUnit();
    }

    private void resetForm() {
        name.set("");
        alreadyRun.set("0");
        retireAt.set(Distances.value(Shoes.DEFAULT_RETIRE_AT_M, unit()));
    }

    public void load() {
        // Unchanged pairs (most visits) leave the list as drawn instead of rebuilding every row.
        tasks.run(shoes::all, loaded -> {
            if (!all.equals(loaded)) {
                all.setAll(loaded);
            }
        }, e -> error.set(TaskFailure.message(e)));
    }

    /** Adds the pair in the form; on a mistake the form keeps what was typed and says which field to fix. */
    public void add() {
        final double already;
        final double limit;
        try {
            already = Numbers.parse(alreadyRun.get()).orElseThrow(
                    () -> new InvalidInputException("alreadyRun", Messages.get("gear.error.alreadyRun"))) * unit().metres();
            limit = Numbers.parse(retireAt.get()).orElseThrow(
                    () -> new InvalidInputException("retireAt", Messages.get("gear.error.retireAt"))) * unit().metres();
        } catch (InvalidInputException e) {
            fail(e);
            return;
        }
        final String n = name.get();
        tasks.run(() -> {
            shoes.add(n, already, limit);
            return shoes.all();
        }, list -> {
            all.setAll(list);
            error.set("");
            errorField.set("");
            resetForm();
        }, e -> {
            if (e instanceof InvalidInputException iie) {
                fail(iie);
            } else {
                error.set(TaskFailure.message(e));
            }
        });
    }

    private void fail(final InvalidInputException e) {
        errorField.set(e.field());
        error.set(TaskFailure.message(e));
    }

    public void retire(final Shoe shoe) {
        tasks.run(() -> {
            shoes.retire(shoe.id());
            return shoes.all();
        }, all::setAll, e -> error.set(TaskFailure.message(e)));
    }

    public ObservableList<Shoe> all() {
        return all;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty alreadyRunProperty() {
        return alreadyRun;
    }

    public StringProperty retireAtProperty() {
        return retireAt;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** {@code name}, {@code alreadyRun}, {@code retireAt}, or empty. */
    public ReadOnlyStringProperty errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }
}
