package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.plan.Plan;
import app.stride.plan.PlanRepository;
import app.stride.plan.PlanRepository.PlanEntry;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.RaceDistance;
import app.stride.settings.Settings;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Plan history: every plan made and every version the re-plan stored, newest first, each readable in the calendar
 * (read-only).
 */
public final class PlanHistoryViewModel {

    /** One listed plan: its title, when it was made and what it was adapted from, and whether it is the current one. */
    public record Entry(long id, String title, String detail, boolean current) {
    }

    private final PlanRepository plans;
    private final TaskRunner tasks;
    private final ObservableValue<Settings> settings;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<List<Entry>> entries = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<Optional<PlanDisplay>> opened = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Entry>> openedEntry = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public PlanHistoryViewModel(final PlanRepository plans, final TaskRunner tasks, final ObservableValue<Settings> settings,
                                final Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.settings = settings;
        this.clock = clock;
    }

    private record Listed(PlanEntry entry, PlanVersion version) {
    }

    /** Reads the list again. */
    public void load() {
        tasks.run(() -> {
            final List<Listed> all = new ArrayList<>();
            for (PlanEntry e : plans.entries()) {
                plans.version(e.id()).ifPresent(v -> all.add(new Listed(e, v)));
            }
            return all;
        }, all -> {
            problem.set("");
            entries.set(describe(all));
        }, e -> problem.set(TaskFailure.message(e)));
    }

    private List<Entry> describe(final List<Listed> all) {
        // Versions of one plan are numbered from the plan first made: 1, 2, 3 as the re-plan stored them.
        final Map<Long, Optional<Long>> previous = new HashMap<>();
        all.forEach(l -> previous.put(l.entry().id(), l.entry().previousId()));
        final List<Entry> out = new ArrayList<>();
        for (Listed l : all) {
            int count = 1;
            for (Optional<Long> p = l.entry().previousId(); p.isPresent() && count < 1000; p = previous.getOrDefault(p.get(), Optional.empty())) {
                count++;
            }
            final int number = count;
            final Plan p = l.version().plan();
            final String title = PlanHeading.title(p.request().goal(), p.request().distance(), p.raceDate(), p.startDate(),
                    p.weeks().size(), java.util.OptionalInt.of(LocalDate.now(clock).getYear()));
            final List<String> parts = new ArrayList<>();
            l.entry().createdAt().ifPresent(t -> parts.add(Messages.get("planhistory.made",
                    Dates.dayWithYear(LocalDate.ofInstant(t, clock.getZone())))));
            if (number > 1) {
                parts.add(l.entry().adaptedFrom().map(d -> Messages.get("planhistory.version.from", number, Dates.day(d)))
                        .orElse(Messages.get("planhistory.version", number)));
            }
            out.add(new Entry(l.entry().id(), title, String.join(" · ", parts), l.entry().current()));
        }
        return out;
    }

    /** Opens plan {@code id} to read, as the calendar draws it. */
    public void open(final long id) {
        final Optional<Entry> entry = entries.get().stream().filter(e -> e.id() == id).findFirst();
        tasks.run(() -> plans.version(id).map(v -> PlanDisplay.of(saved(v), plans.outline(id),
                settings.getValue().distanceUnit(), LocalDate.now(clock))), d -> {
            problem.set("");
            openedEntry.set(entry);
            opened.set(d);
        }, e -> problem.set(TaskFailure.message(e)));
    }

    /** Back to the list. */
    public void close() {
        opened.set(Optional.empty());
        openedEntry.set(Optional.empty());
    }

    /** A stored version in the shape the screen reads (sessions in the order the plan gave them). */
    static SavedPlan saved(final PlanVersion v) {
        final Plan p = v.plan();
        return new SavedPlan(v.id(), p.request().goal(), p.request().distance().map(RaceDistance::code), p.raceDate(),
                p.startDate(), p.weeks().size(), p.warnings(),
                v.sessions().stream().sorted(Comparator.comparing(SavedSession::originalDate)).toList());
    }

    /** Every stored plan, newest first. */
    public ReadOnlyObjectProperty<List<Entry>> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    /** The plan opened to read, or empty. */
    public ReadOnlyObjectProperty<Optional<PlanDisplay>> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** The list entry of the plan opened. */
    public ReadOnlyObjectProperty<Optional<Entry>> openedEntryProperty() {
        return openedEntry.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
