package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.format.Paces;
import app.stride.outfit.Item;
import app.stride.outfit.OutfitService;
import app.stride.profile.Why;
import app.stride.progress.ProgressService;
import app.stride.progress.TodayBrief;
import app.stride.settings.Settings;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * What Today puts around the session: where the runner is in the plan (week N of M, days to the race), their why
 * (editable in place), and what was logged today, so a ticked-off day shows the run, not the plan.
 */
public final class TodayBriefViewModel {

    private final ProgressService progress;
    private final Why why;
    private final OutfitService outfits;
    private final TaskRunner tasks;
    private final ObservableValue<Settings> settings;

    private final ReadOnlyObjectWrapper<Optional<TodayBrief>> brief = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whyShown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper logged = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper loggedDetails = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper cutShort = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper wearing = new ReadOnlyStringWrapper("");
    private final javafx.collections.ObservableList<String> wearingItems = javafx.collections.FXCollections.observableArrayList();
    private final StringProperty whyText = new SimpleStringProperty("");
    private final BooleanProperty editingWhy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public TodayBriefViewModel(final ProgressService progress, final Why why, final OutfitService outfits, final TaskRunner tasks,
                               final ObservableValue<Settings> settings) {
        this.progress = progress;
        this.why = why;
        this.outfits = outfits;
        this.tasks = tasks;
        this.settings = settings;
        settings.addListener((o, a, b) -> show(brief.get()));
    }

    /** Reads the brief for today, and the outfit kept for today ("I'm wearing this"), if any. */
    public void load() {
        tasks.run(() -> {
            final TodayBrief b = progress.today();
            return new Loaded(b, outfits.keptFor(b.date()));
        }, l -> {
            show(Optional.of(l.brief()));
            wearingItems.setAll(l.kept().stream().map(app.stride.text.OutfitText::label).toList());
            wearing.set(String.join("  ·  ", wearingItems));
        }, e -> error.set(TaskFailure.message(e)));
    }

    private record Loaded(TodayBrief brief, List<Item> kept) {
    }

    /** The items of the outfit kept for today, head to extras, as the runner reads them. */
    public javafx.collections.ObservableList<String> wearingItems() {
        return wearingItems;
    }

    /** The outfit kept for today, e.g. "Long-sleeve top · Tights · Gloves"; empty when none was kept. */
    public ReadOnlyStringProperty wearingProperty() {
        return wearing.getReadOnlyProperty();
    }

    private void show(final Optional<TodayBrief> b) {
        brief.set(b);
        where.set(b.map(TodayBriefViewModel::where).orElse(""));
        whyShown.set(b.flatMap(TodayBrief::why).orElse(""));
        // Set before the numbers, whose change redraws the card: its badge reads this.
        cutShort.set(b.flatMap(x -> ranToday(x)).filter(r -> r.plannedSessionId().isPresent())
                .filter(r -> r.status() == app.stride.tracking.RunStatus.PARTIAL).isPresent());
        loggedDetails.set(b.flatMap(x -> ranToday(x)).map(r -> details(r.report())).orElse(""));
        logged.set(b.flatMap(x -> ranToday(x)).map(r -> numbers(r.report())).orElse(""));
    }

    /** "Week 4 of 8 · 28 days to your race"; before the plan starts "Starts in N days"; no race: the weeks alone. */
    static String where(final TodayBrief b) {
        final List<String> parts = new ArrayList<>();
        if (b.planState() == TodayBrief.PlanState.FINISHED) {
            return Messages.get("today.finished.title");
        }
        if (b.week().isPresent() && b.weeks().isPresent()) {
            parts.add(b.week().get() == 0 ? Messages.get("today.brief.notStarted", b.weeks().get())
                    : Messages.get("today.brief.week", b.week().get(), b.weeks().get()));
        }
        b.daysToRace().ifPresent(d -> parts.add(d == 0 ? Messages.get("today.brief.raceToday") : Messages.get("today.brief.toRace", d)));
        return String.join("  ·  ", parts);
    }

    /** The run logged today for today's session, else any run logged today (not a skip). */
    static Optional<LoggedRun> ranToday(final TodayBrief b) {
        final Optional<Long> session = b.session().map(s -> s.id());
        return b.loggedToday().stream().filter(LoggedRun::ran)
                .filter(r -> session.isEmpty() || r.plannedSessionId().equals(session)).reduce((x, y) -> y)
                .or(() -> b.loggedToday().stream().filter(LoggedRun::ran).reduce((x, y) -> y));
    }

    /** "8.2 km · 52:10 · 6:22 /km", leaving out what was not given; "no numbers" when nothing was. */
    String numbers(final RunReport r) {
        final List<String> parts = new ArrayList<>();
        final var unit = settings.getValue().distanceUnit();
        r.distanceM().ifPresent(m -> parts.add(Distances.format(m, unit)));
        r.duration().ifPresent(d -> parts.add(Durations.format(d)));
        r.paceSecPerKm().ifPresent(p -> parts.add(Paces.format(p, unit)));
        return parts.isEmpty() ? Messages.get("today.logged.noNumbers") : String.join("  ·  ", parts);
    }

    /** "Effort 4/10  ·  sunny, felt strong": how it felt and the note, as logged; a long note is cut at a word. */
    static String details(final RunReport r) {
        final List<String> parts = new ArrayList<>();
        r.effortRpe().ifPresent(e -> parts.add(Messages.get("log.row.effort", e)));
        if (!r.notes().isBlank()) {
            final String note = r.notes().strip().replaceAll("\\s+", " ");
            parts.add(note.length() <= NOTE_SHOWN ? note
                    : note.substring(0, Math.max(note.lastIndexOf(' ', NOTE_SHOWN), NOTE_SHOWN / 2)).strip() + "…");
        }
        return String.join("  ·  ", parts);
    }

    /** How much of a note Today shows under the numbers; the Log has all of it. */
    private static final int NOTE_SHOWN = 140;

    /** How the logged run felt and its note, e.g. "Effort 4/10  ·  sunny"; empty when neither was given. */
    /** Whether today's session was logged as cut short (a "Cut short" badge, not "Done"). */
    public javafx.beans.property.ReadOnlyBooleanProperty cutShortProperty() {
        return cutShort.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loggedDetailsProperty() {
        return loggedDetails.getReadOnlyProperty();
    }

    /** Opens the why for editing, with what is there now. */
    public void editWhy() {
        whyText.set(whyShown.get());
        error.set("");
        editingWhy.set(true);
    }

    /** Keeps the typed why (blank forgets it); an error names what is wrong and keeps the text. */
    public void saveWhy() {
        final String text = whyText.get();
        tasks.run(() -> why.set(text), kept -> {
            whyShown.set(kept.orElse(""));
            editingWhy.set(false);
            error.set("");
        }, e -> error.set(TaskFailure.message(e)));
    }

    public void cancelWhy() {
        editingWhy.set(false);
        error.set("");
    }

    public ReadOnlyObjectProperty<Optional<TodayBrief>> briefProperty() {
        return brief.getReadOnlyProperty();
    }

    /** Week N of M and days to the race, or empty. */
    public ReadOnlyStringProperty whereProperty() {
        return where.getReadOnlyProperty();
    }

    /** The runner's why, or empty. */
    public ReadOnlyStringProperty whyProperty() {
        return whyShown.getReadOnlyProperty();
    }

    /** What was logged today (distance, time, pace), or empty when nothing was. */
    public ReadOnlyStringProperty loggedProperty() {
        return logged.getReadOnlyProperty();
    }

    public StringProperty whyTextProperty() {
        return whyText;
    }

    public BooleanProperty editingWhyProperty() {
        return editingWhy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
