package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.format.Durations;
import app.stride.plan.Goal;
import app.stride.plan.PlanRequest;
import app.stride.plan.adapt.PlanChange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Change plan…": the race date, running days and goal as the plan has them, edited and turned into a
 * {@link PlanChange} holding only what the runner changed; the engine's preview and Accept come from the re-plan banner.
 */
public final class PlanChangeViewModel {

    private final ObjectProperty<LocalDate> raceDate = new SimpleObjectProperty<>();
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<GoalChoice> goal = new SimpleObjectProperty<>(GoalChoice.RACE);
    private final StringProperty target = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty hasRace = new SimpleBooleanProperty(false);
    private Optional<PlanRequest> was = Optional.empty();

    public PlanChangeViewModel() {
        for (DayOfWeek d : DayOfWeek.values()) {
            days.put(d, new SimpleBooleanProperty(false));
        }
    }

    /** Fills the form from the plan's own request. */
    public void edit(final PlanRequest request, final Optional<LocalDate> race) {
        was = Optional.of(request);
        raceDate.set(race.orElse(null));
        hasRace.set(race.isPresent());
        for (DayOfWeek d : DayOfWeek.values()) {
            days.get(d).set(request.days().contains(d));
        }
        goal.set(choice(request.goal()));
        target.set(request.targetTime().map(Durations::format).orElse(""));
        error.set("");
    }

    private static GoalChoice choice(final Goal g) {
        for (GoalChoice c : GoalChoice.values()) {
            if (c.goal() == g) {
                return c;
            }
        }
        return GoalChoice.RACE;
    }

    /**
     * The change, or empty with {@link #errorProperty()} naming the field to fix. Only what differs from the plan
     * goes in; nothing changed is also an error ("change something first").
     */
    public Optional<PlanChange> change() {
        error.set("");
        if (was.isEmpty()) {
            return Optional.empty();
        }
        final PlanRequest old = was.get();
        final Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((d, p) -> {
            if (p.get()) {
                chosen.add(d);
            }
        });
        if (chosen.isEmpty()) {
            return fail("planchange.error.days");
        }
        Optional<Duration> targetTime = Optional.empty();
        if (goal.get() == GoalChoice.RACE && !target.get().isBlank()) {
            targetTime = Durations.parse(target.get());
            if (targetTime.isEmpty()) {
                return fail("planchange.error.target");
            }
        }
        final Goal g = goal.get().goal();
        final Optional<LocalDate> race = Optional.ofNullable(raceDate.get()).filter(d -> g != Goal.CONSISTENCY);
        final boolean goalChanged = g != old.goal() || !targetTime.equals(old.targetTime().filter(t -> g == Goal.TIME));
        final PlanChange change = new PlanChange(
                race.filter(d -> !Optional.of(d).equals(old.raceDate())),
                Optional.of(Set.copyOf(chosen)).filter(s -> !s.equals(old.days())),
                goalChanged ? Optional.of(g) : Optional.empty(),
                Optional.empty(),
                goalChanged ? targetTime : Optional.empty());
        if (change.isEmpty()) {
            return fail("planchange.error.nothing");
        }
        return Optional.of(change);
    }

    private Optional<PlanChange> fail(final String key) {
        error.set(Messages.get(key));
        return Optional.empty();
    }

    public ObjectProperty<LocalDate> raceDateProperty() {
        return raceDate;
    }

    /** Whether the plan has a race day to move. */
    public BooleanProperty hasRaceProperty() {
        return hasRace;
    }

    public BooleanProperty dayProperty(final DayOfWeek d) {
        return days.get(d);
    }

    public ObjectProperty<GoalChoice> goalProperty() {
        return goal;
    }

    public StringProperty targetProperty() {
        return target;
    }

    /** The one line naming the field to fix, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Runs {@code then} with the change when the form is valid. */
    public void ifValid(final Consumer<PlanChange> then) {
        change().ifPresent(then);
    }
}
