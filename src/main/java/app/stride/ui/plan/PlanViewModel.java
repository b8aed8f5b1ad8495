package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.plan.PlanRepository;
import app.stride.plan.PlanRepository.PlanOutline;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.settings.Settings;
import app.stride.ui.task.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/** The Plan screen: loads the current plan and decides what shows: the plan, the form, or an invitation to start. */
public final class PlanViewModel {

    /** What the screen shows. */
    public enum Mode { LOADING, NO_PLAN, FORM, PLAN }

    private final PlanRepository plans;
    private final TaskRunner tasks;
    private final ObservableValue<Settings> settings;
    private final Clock clock;
    private final PlanFormViewModel form;

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.LOADING);
    private final ReadOnlyObjectWrapper<Optional<PlanDisplay>> plan = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Optional<Loaded> last = Optional.empty();
    private final PlanChangeViewModel change = new PlanChangeViewModel();
    private final javafx.beans.property.BooleanProperty changing = new javafx.beans.property.SimpleBooleanProperty(false);

    public PlanViewModel(final PlanRepository plans, final PlanFormViewModel form, final TaskRunner tasks,
                         final ObservableValue<Settings> settings, final Clock clock) {
        this.plans = plans;
        this.form = form;
        this.tasks = tasks;
        this.settings = settings;
        this.clock = clock;
        form.setOnSaved(() -> {
            mode.set(Mode.PLAN);
            load();
        });
        // Paces and distances follow the unit the runner picks in Settings.
        settings.addListener((o, a, b) -> last.ifPresent(this::show));
    }

    private record Loaded(SavedPlan plan, Optional<PlanOutline> outline) {
    }

    /** Reads the current plan again (other screens tick sessions off or move them). */
    public void load() {
        tasks.run(() -> plans.current().map(p -> new Loaded(p, plans.currentOutline())), loaded -> {
            problem.set("");
            last = loaded;
            loaded.ifPresentOrElse(this::show, () -> plan.set(Optional.empty()));
            // The form stays open while the runner is filling it in.
            if (mode.get() != Mode.FORM) {
                mode.set(loaded.isPresent() ? Mode.PLAN : Mode.NO_PLAN);
            }
        }, e -> {
            problem.set(Messages.get("planscreen.error.load", e.getMessage()));
            // The plan page is where the problem line shows; an empty screen would say nothing.
            if (mode.get() == Mode.LOADING) {
                mode.set(Mode.PLAN);
            }
        });
    }

    private void show(final Loaded l) {
        plan.set(Optional.of(PlanDisplay.of(l.plan(), l.outline(), settings.getValue().distanceUnit(), LocalDate.now(clock))));
    }

    /** Opens the form for a first or a new plan; the current plan stays until the new one is started. */
    public void newPlan() {
        form.edit();
        mode.set(Mode.FORM);
    }

    /** Leaves the form without saving. */
    public void cancelForm() {
        form.edit();
        mode.set(plan.get().isPresent() ? Mode.PLAN : Mode.NO_PLAN);
    }

    /** Opens "Change plan…" filled with the current plan's race date, days and goal. */
    public void openChange() {
        tasks.run(plans::currentVersion, v -> v.ifPresent(x -> {
            change.edit(x.plan().request(), x.plan().raceDate());
            changing.set(true);
        }), e -> problem.set(app.stride.ui.task.TaskFailure.message(e)));
    }

    /** Closes "Change plan…" (cancelled, or the change was accepted). */
    public void closeChange() {
        changing.set(false);
    }

    public PlanChangeViewModel change() {
        return change;
    }

    /** Whether "Change plan…" is open. */
    public javafx.beans.property.ReadOnlyBooleanProperty changingProperty() {
        return changing;
    }

    public PlanFormViewModel form() {
        return form;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The current plan, ready to show. */
    public ReadOnlyObjectProperty<Optional<PlanDisplay>> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** What went wrong loading the plan, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
