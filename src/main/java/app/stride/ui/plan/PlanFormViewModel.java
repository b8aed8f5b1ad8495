package app.stride.ui.plan;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.plan.Plan;
import app.stride.plan.PlanDates;
import app.stride.plan.PlanAlternative;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanInputException;
import app.stride.text.PlanText;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import app.stride.plan.PlanRepository;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.ui.task.TaskRunner;
import java.util.function.Supplier;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The "Create your plan" form: the runner's answers as they typed them, checked field by field, turned into a
 * {@link PlanRequest} (distances converted from their unit to metres), previewed, then saved as the current plan.
 */
public final class PlanFormViewModel {

    /** Asked for on the worker each time a plan is made, so it counts in the unit the runner has then. */
    private final Supplier<PlanGenerator> generator;
    private final PlanRepository plans;
    private final TaskRunner tasks;
    private final ObservableValue<Settings> settings;
    private final Clock clock;

    private final ObjectProperty<GoalChoice> goal = new SimpleObjectProperty<>(GoalChoice.FINISH);
    private final ObjectProperty<RaceDistance> distance = new SimpleObjectProperty<>(RaceDistance.FIVE_K);
    private final ObjectProperty<LocalDate> raceDate = new SimpleObjectProperty<>();
    private final StringProperty targetTime = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> weeks = new SimpleObjectProperty<>(8);

    private final ObjectProperty<FitnessChoice> fitness = new SimpleObjectProperty<>(FitnessChoice.MINUTES);
    private final ObjectProperty<RaceDistance> recentDistance = new SimpleObjectProperty<>(RaceDistance.FIVE_K);
    private final StringProperty recentTime = new SimpleStringProperty("");
    private final StringProperty weekly = new SimpleStringProperty("");
    private final StringProperty runsPerWeek = new SimpleStringProperty("");
    private final StringProperty longestRun = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty runSeconds = new SimpleStringProperty("60");
    private final StringProperty walkSeconds = new SimpleStringProperty("60");
    private final StringProperty weeksOff = new SimpleStringProperty("0");
    private final BooleanProperty crossTrained = new SimpleBooleanProperty(false);

    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<Optional<DayOfWeek>> longRunDay = new SimpleObjectProperty<>(Optional.empty());

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<PlanAlternative> alternatives = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<FormField>> invalidField = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Plan>> preview = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<PlanDisplay>> previewDisplay = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringBinding lengthHint;
    private final StringBinding unitSymbol;
    private final ObjectBinding<DayOfWeek> firstDay;

    private Runnable onSaved = () -> { };
    private Optional<WhyAnswer> why = Optional.empty();

    public PlanFormViewModel(final Supplier<PlanGenerator> generator, final PlanRepository plans, final TaskRunner tasks,
                             final ObservableValue<Settings> settings, final Clock clock) {
        this.generator = generator;
        this.plans = plans;
        this.tasks = tasks;
        this.settings = settings;
        this.clock = clock;
        final LocalDate start = PlanDates.defaultStart(LocalDate.now(clock));
        startDate.set(start);
        // The engine's default 5K plan: 8 weeks, race on the last Sunday.
        raceDate.set(start.plusWeeks(8).minusDays(1));
        for (DayOfWeek d : DayOfWeek.values()) {
            days.put(d, new SimpleBooleanProperty(false));
            days.get(d).addListener((o, a, on) -> {
                if (!on && longRunDay.get().equals(Optional.of(d))) {
                    longRunDay.set(Optional.empty());
                }
            });
        }
        // The engine's default days, following "runs a week" until the runner picks days (FormDays).
        FormDays.follow(runsPerWeek, days);
        lengthHint = Bindings.createStringBinding(() -> FormAnswers.lengthText(this), goal, startDate, raceDate, weeks);
        unitSymbol = Bindings.createStringBinding(() -> unit().code(), settings);
        firstDay = Bindings.createObjectBinding(() -> settings.getValue().firstDayOfWeek(), settings);
        settings.addListener((o, old, now) -> {
            if (old != null && now != null) {
                FormEdits.unitChanged(this, old.distanceUnit(), now.distanceUnit());
            }
        });
    }

    /** The optional "why" question, kept with the plan when it starts (issue 9). */
    public void setWhy(final WhyAnswer answer) {
        this.why = Optional.of(answer);
    }

    public Optional<WhyAnswer> why() {
        return why;
    }

    /** Called on the UI thread after the plan was saved. */
    public void setOnSaved(final Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Checks the answers and, if they make sense, makes the plan in the background for the runner to look at. */
    public void preview() {
        final Optional<PlanRequest> request = request();
        if (request.isEmpty()) {
            preview.set(Optional.empty());
            previewDisplay.set(Optional.empty());
            return;
        }
        busy.set(true);
        final DistanceUnit unit = unit();
        final LocalDate today = LocalDate.now(clock);
        tasks.run(() -> {
            final Plan p = generator.get().generate(request.get());
            return new Preview(p, PlanDisplay.of(p, unit, today));
        }, made -> {
            busy.set(false);
            clearError();
            preview.set(Optional.of(made.plan()));
            previewDisplay.set(Optional.of(made.display()));
        }, this::failed);
    }

    private record Preview(Plan plan, PlanDisplay display) {
    }

    /** Goes back from the preview to the answers, all of them as typed. */
    public void edit() {
        preview.set(Optional.empty());
        previewDisplay.set(Optional.empty());
    }

    /** Saves the previewed plan as the current one (the old one goes to history) and then calls the saved hook. */
    public void start() {
        final Optional<Plan> plan = preview.get();
        if (plan.isEmpty()) {
            error.set(Messages.get("planscreen.error.noPlan"));
            return;
        }
        try {
            why.ifPresent(WhyAnswer::checked);
        } catch (InvalidInputException bad) {
            fail(Optional.empty(), bad.getMessage());
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            final long id = plans.saveAsCurrent(plan.get());
            why.ifPresent(WhyAnswer::save);
            return id;
        }, id -> {
            busy.set(false);
            edit();
            onSaved.run();
        }, e -> {
            busy.set(false);
            error.set(Messages.get("planscreen.error.save", e.getMessage()));
        });
    }

    private void failed(final Throwable e) {
        busy.set(false);
        if (e instanceof PlanInputException bad) {
            final FormField f = FormField.of(bad.field());
            fail(Optional.of(f), f.label() + ": " + PlanText.problem(bad.problem(), unit(), PlanText.Surface.APP));
            alternatives.setAll(bad.alternatives());
        } else if (e instanceof InvalidInputException bad) {
            fail(Optional.empty(), bad.getMessage());
        } else {
            fail(Optional.empty(), String.valueOf(e.getMessage()));
        }
    }

    /** Alternatives to a refused plan, each a button that fills the form with it. */
    public ObservableList<PlanAlternative> alternatives() {
        return alternatives;
    }

    /** Takes an alternative into the form (a later race date or a shorter distance) and makes the plan again. */
    public void choose(final PlanAlternative a) {
        FormEdits.take(this, a);
        preview();
    }

    /** The answers as a plan request, or empty with the error and field set. */
    Optional<PlanRequest> request() {
        try {
            final PlanRequest r = FormAnswers.request(this);
            clearError();
            return Optional.of(r);
        } catch (FormAnswers.Mistake m) {
            return fail(m.field(), m.getMessage());
        }
    }

    private <T> Optional<T> fail(final FormField field, final String message) {
        return fail(Optional.of(field), message);
    }

    private <T> Optional<T> fail(final Optional<FormField> field, final String message) {
        invalidField.set(field);
        error.set(message);
        return Optional.empty();
    }

    private void clearError() {
        invalidField.set(Optional.empty());
        error.set("");
        alternatives.clear();
    }

    private Set<DayOfWeek> chosenDays() {
        final Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((d, on) -> {
            if (on.get()) {
                out.add(d);
            }
        });
        return out;
    }

    /** The week in the runner's order, starting on their first day of the week. */
    public List<DayOfWeek> weekdays() {
        final List<DayOfWeek> out = new ArrayList<>();
        final DayOfWeek first = settings.getValue().firstDayOfWeek();
        for (int i = 0; i < 7; i++) {
            out.add(first.plus(i));
        }
        return out;
    }

    /** "km" or "mi", as the runner chose. */
    public String unitSymbol() {
        return unit().code();
    }

    /** The runner's first day of the week, following Settings. */
    public ObjectBinding<DayOfWeek> firstDayProperty() {
        return firstDay;
    }

    /** "km" or "mi", following Settings. */
    public StringBinding unitSymbolProperty() {
        return unitSymbol;
    }

    DistanceUnit unit() {
        return settings.getValue().distanceUnit();
    }

    public ObjectProperty<GoalChoice> goalProperty() {
        return goal;
    }

    public ObjectProperty<RaceDistance> distanceProperty() {
        return distance;
    }

    public ObjectProperty<LocalDate> raceDateProperty() {
        return raceDate;
    }

    public StringProperty targetTimeProperty() {
        return targetTime;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<Integer> weeksProperty() {
        return weeks;
    }

    public ObjectProperty<FitnessChoice> fitnessProperty() {
        return fitness;
    }

    public ObjectProperty<RaceDistance> recentDistanceProperty() {
        return recentDistance;
    }

    public StringProperty recentTimeProperty() {
        return recentTime;
    }

    public StringProperty weeklyProperty() {
        return weekly;
    }

    public StringProperty runsPerWeekProperty() {
        return runsPerWeek;
    }

    public StringProperty longestRunProperty() {
        return longestRun;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public StringProperty runSecondsProperty() {
        return runSeconds;
    }

    public StringProperty walkSecondsProperty() {
        return walkSeconds;
    }

    public StringProperty weeksOffProperty() {
        return weeksOff;
    }

    public BooleanProperty crossTrainedProperty() {
        return crossTrained;
    }

    /** Whether the runner can run on {@code day}. */
    public BooleanProperty dayProperty(final DayOfWeek day) {
        return days.get(day);
    }

    public ObjectProperty<Optional<DayOfWeek>> longRunDayProperty() {
        return longRunDay;
    }

    /** One line naming the field to fix and what is allowed; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The field the error is about. */
    public ReadOnlyObjectProperty<Optional<FormField>> invalidFieldProperty() {
        return invalidField.getReadOnlyProperty();
    }

    /** The generated plan while the runner looks at it. */
    public ReadOnlyObjectProperty<Optional<Plan>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<PlanDisplay>> previewDisplayProperty() {
        return previewDisplay.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "From Mon 11 Jan to race day: 8 weeks of training." */
    public StringBinding lengthHintProperty() {
        return lengthHint;
    }
}
