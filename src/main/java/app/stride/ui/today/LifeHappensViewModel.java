package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.common.UnitOfWork;
import app.stride.format.Dates;
import app.stride.format.Numbers;
import app.stride.outfit.Outfit;
import app.stride.outfit.OutfitWarning;
import app.stride.plan.Session;
import app.stride.plan.SessionType;
import app.stride.plan.adapt.LifeChange;
import app.stride.plan.adapt.LifeHappensService;
import app.stride.plan.adapt.ShortenSession;
import app.stride.settings.Settings;
import app.stride.tracking.TickOff;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Life happens" on Today: only N minutes, not feeling 100%, too cold or hot. Each shows a preview (what changes,
 * day by day) first; applying stores it and offers Undo in Today's message.
 */
public final class LifeHappensViewModel {

    /** Outfit warnings that make the weather button stand out. */
    static final Set<String> WEATHER_WARNINGS = Set.of("heat", "frostbite", "cold", "ice", "lightning");

    private final LifeHappensService life;
    private final TickOff tickOff;
    private final TodayViewModel today;
    private final UnitOfWork unitOfWork;
    private final TaskRunner tasks;
    private final ObservableValue<Settings> settings;

    private static final int DEFAULT_MINUTES = 30;
    private final StringProperty minutes = new SimpleStringProperty(String.valueOf(DEFAULT_MINUTES));
    /** The minutes last offered, to tell them from minutes the runner typed. */
    private String suggested = String.valueOf(DEFAULT_MINUTES);
    private final ReadOnlyObjectWrapper<Optional<LifeChange>> preview = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ObservableList<String> previewLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<LocalDate>> anotherDay = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper weatherWarns = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper indoorOffered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper shortenOffered = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public LifeHappensViewModel(final LifeHappensService life, final TickOff tickOff, final TodayViewModel today,
                                final UnitOfWork unitOfWork, final TaskRunner tasks, final ObservableValue<Settings> settings) {
        this.life = life;
        this.tickOff = tickOff;
        this.today = today;
        this.unitOfWork = unitOfWork;
        this.tasks = tasks;
        this.settings = settings;
        today.outfitProperty().addListener((o, a, b) -> weatherWarns.set(warns(b)));
        today.dayProperty().addListener((o, a, b) -> {
            cancel();
            suggestMinutes(b.flatMap(TickOff.Day::today).flatMap(x -> x.durationS()));
            indoorOffered.set(b.flatMap(TickOff.Day::today).filter(x -> x.status().isOpen())
                    .flatMap(x -> x.sessionType()).filter(t -> t != SessionType.CROSS_TRAINING).isPresent());
            // Race day stays as it is: "Only N min" is not offered, rather than refused once tried (nu6 5).
            shortenOffered.set(b.flatMap(TickOff.Day::today).flatMap(x -> x.sessionType())
                    .map(ShortenSession::shortenable).orElse(true));
        });
    }

    /**
     * The minutes offered: 30, or for a session of 45 minutes or less two thirds of it (in fives, at least the
     * minimum), so a 30-minute session is never offered "only 30 min". What the runner typed stays.
     */
    private void suggestMinutes(final Optional<Integer> plannedS) {
        final String offer = String.valueOf(suggestedMinutes(plannedS));
        if (minutes.get().equals(suggested)) {
            minutes.set(offer);
        }
        suggested = offer;
    }

    /** The minutes "Only N minutes" starts with for a session of {@code plannedS} seconds. */
    static int suggestedMinutes(final Optional<Integer> plannedS) {
        final int planned = plannedS.orElse(Integer.MAX_VALUE) / 60;
        if (planned <= 45) {
            return Math.max(ShortenSession.MIN_MINUTES, planned * 2 / 3 / 5 * 5);
        }
        return DEFAULT_MINUTES;
    }

    /** Whether the outfit for today's run carries a heat, cold, frostbite, ice or lightning warning. */
    static boolean warns(final Optional<Outfit> outfit) {
        return outfit.map(o -> o.warnings().stream().map(OutfitWarning::id).anyMatch(WEATHER_WARNINGS::contains)).orElse(false);
    }

    /** Previews today's session cut to the minutes typed. */
    public void previewShorten() {
        final Optional<Integer> n = Numbers.parseWhole(minutes.get());
        if (n.isEmpty()) {
            cancel(); // the earlier preview no longer matches what is typed: it must not stay applicable
            error.set(Messages.get("life.error.minutes", app.stride.plan.adapt.ShortenSession.MIN_MINUTES));
            return;
        }
        show(() -> life.shorten(n.get()), Messages.get("life.preview.shorten", n.get()), false);
    }

    /** Previews the next days eased. */
    public void previewEase() {
        show(life::ease, Messages.get("life.preview.ease"), false);
    }

    /** Previews the treadmill version, and finds another day the session could move to. */
    public void previewIndoor() {
        show(life::indoor, Messages.get("life.preview.indoor"), true);
    }

    private void show(final java.util.function.Supplier<LifeChange> work, final String title, final boolean findDay) {
        error.set("");
        tasks.run(() -> unitOfWork.run(() -> new Previewed(work.get(), findDay ? life.anotherDay() : Optional.empty())), p -> {
            preview.set(Optional.of(p.change()));
            previewTitle.set(title);
            previewLines.setAll(lines(p.change()));
            if (findDay && p.day().isEmpty()) {
                previewLines.add(Messages.get("life.preview.noDay"));
            }
            anotherDay.set(p.day());
        }, e -> {
            cancel();
            error.set(TaskFailure.message(e));
        });
    }

    private record Previewed(LifeChange change, Optional<LocalDate> day) {
    }

    /** Stores the previewed change; Today's message then offers Undo. */
    public void apply() {
        final Optional<LifeChange> change = preview.get();
        if (change.isEmpty() || change.get().isEmpty()) {
            cancel();
            return;
        }
        final LifeChange c = change.get();
        tasks.run(() -> unitOfWork.run(() -> {
            life.apply(c);
            return c;
        }), applied -> {
            cancel();
            today.changed(Messages.get("life.applied." + c.kind().code()), () -> life.undo(c));
        }, e -> error.set(TaskFailure.message(e)));
    }

    /** Moves today's session to the other day found with the indoor preview; Undo moves it back. */
    public void moveToAnotherDay() {
        final Optional<LocalDate> to = anotherDay.get();
        final Optional<LifeChange> change = preview.get();
        if (to.isEmpty() || change.isEmpty() || change.get().isEmpty()) {
            return;
        }
        final LifeChange.Edit e = change.get().edits().get(0);
        tasks.run(() -> unitOfWork.run(() -> {
            tickOff.move(e.sessionId(), to.get());
            return to.get();
        }), day -> {
            cancel();
            today.changed(Messages.get("life.applied.moved", Dates.day(day)), () -> tickOff.move(e.sessionId(), e.day()));
        }, x -> error.set(TaskFailure.message(x)));
    }

    /** Closes the preview; nothing stored. */
    public void cancel() {
        preview.set(Optional.empty());
        previewLines.clear();
        previewTitle.set("");
        anotherDay.set(Optional.empty());
        error.set("");
    }

    /** One line per changed day, e.g. "Mon 20 Jul: Intervals, 62 min · 10 km → Intervals, 26 min · 5 km", then notes. */
    List<String> lines(final LifeChange c) {
        final List<String> out = new ArrayList<>();
        for (LifeChange.Edit e : c.edits()) {
            out.add(Messages.get("life.preview.line", Dates.day(e.day()), size(e.from()), size(e.to())));
        }
        if (c.edits().size() == 1) {
            out.add(app.stride.text.PlanText.description(c.edits().get(0).to(), settings.getValue().distanceUnit()));
        }
        c.notes().forEach(n -> out.add(Messages.get("life.note." + n.code())));
        return out;
    }

    private String size(final Session s) {
        return app.stride.text.PlanText.size(s, settings.getValue().distanceUnit());
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    /** The change shown for confirmation, if any. */
    public ReadOnlyObjectProperty<Optional<LifeChange>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What the preview changes, day by day, then its notes. */
    public ObservableList<String> previewLines() {
        return previewLines;
    }

    public ReadOnlyStringProperty previewTitleProperty() {
        return previewTitle.getReadOnlyProperty();
    }

    /** The next day today's session could move to instead (with the weather preview). */
    public ReadOnlyObjectProperty<Optional<LocalDate>> anotherDayProperty() {
        return anotherDay.getReadOnlyProperty();
    }

    /** True when today's forecast warns of heat, cold, ice or storms: the weather button is shown first. */
    public ReadOnlyBooleanProperty weatherWarnsProperty() {
        return weatherWarns.getReadOnlyProperty();
    }

    /** True when "too cold, icy or hot?" applies: today's session is open and a run (cross-training has no treadmill). */
    public ReadOnlyBooleanProperty indoorOfferedProperty() {
        return indoorOffered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether "Only N minutes" is offered for today's session: not on race day. */
    public ReadOnlyBooleanProperty shortenOfferedProperty() {
        return shortenOffered.getReadOnlyProperty();
    }
}
