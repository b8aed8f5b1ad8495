package app.stride.ui.today;

import app.stride.format.Dates;
import app.stride.common.InvalidInputException;
import app.stride.common.UnitOfWork;
import app.stride.common.Messages;
import app.stride.gear.Shoe;
import app.stride.gear.Shoes;
import app.stride.outfit.FeedbackAnswer;
import app.stride.outfit.Outfit;
import app.stride.outfit.OutfitService;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.tracking.RunReport;
import app.stride.text.TrackingText;
import app.stride.tracking.TickOff;
import app.stride.ui.task.Latest;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import app.stride.weather.WeatherService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Today: the session to do (or the next one on a rest day), what to wear for it, and ticking it off with what
 * actually happened. Whatever the runner typed stays on screen when something is wrong with it.
 */
public final class TodayViewModel {

    private final TickOff tickOff;
    private final Shoes shoeRack;
    private final OutfitService outfits;
    private final ForecastOutfit forecast;
    private final TaskRunner tasks;
    private final UnitOfWork unitOfWork;
    private final Latest reloads;
    private final ObservableValue<Settings> settings;

    private final ReadOnlyObjectWrapper<Optional<TickOff.Day>> day = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper askOutfitFeedback = new ReadOnlyBooleanWrapper(false);

    private final TickOffEntry form = new TickOffEntry();
    private final ObservableList<Shoe> shoes = FXCollections.observableArrayList();
    private final ObjectProperty<Shoe> shoe = new SimpleObjectProperty<>();
    /** Issue 10: a line when the picked pair is within 10% of its limit or past it; empty otherwise. */
    private final javafx.beans.binding.StringBinding shoeWarning;

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final TodayUndo undoOffer = new TodayUndo();
    private final LateRun late;
    /** Told after every tick-off, skip, move or undo stored from Today (the window's re-plan banner looks again). */
    private Runnable onWritten = () -> { };

    public TodayViewModel(final TickOff tickOff, final OutfitService outfits, final WeatherService weather,
                          final Shoes shoeRack, final TaskRunner tasks, final ObservableValue<Settings> settings) {
        this(tickOff, outfits, weather, shoeRack, UnitOfWork.NONE, tasks, settings);
    }

    /** @param unitOfWork makes a tick-off and its outfit answer one transaction, and a reload one consistent read */
    public TodayViewModel(final TickOff tickOff, final OutfitService outfits, final WeatherService weather,
                          final Shoes shoeRack, final UnitOfWork unitOfWork, final TaskRunner tasks,
                          final ObservableValue<Settings> settings) {
        this.unitOfWork = unitOfWork;
        this.shoeRack = shoeRack;
        this.tickOff = tickOff;
        this.outfits = outfits;
        this.forecast = new ForecastOutfit(outfits, weather, tasks);
        this.tasks = tasks;
        this.settings = settings;
        shoeWarning = javafx.beans.binding.Bindings.createStringBinding(
                () -> ShoeWear.warning(Optional.ofNullable(shoe.get()), settings.getValue().distanceUnit()), shoe, settings);
        this.reloads = new Latest(tasks);
        this.late = new LateRun(tickOff, unitOfWork, tasks, settings, this::changed);
    }

    /**
     * Runs {@code r} after each change Today stores (tick-off, skip, move, undo, a late run): what is missed and the
     * days without running may have changed, so the window's re-plan offer must be worked out again.
     */
    public void setOnWritten(final Runnable r) {
        onWritten = java.util.Objects.requireNonNull(r);
    }

    /** Clears the notice of the last change (the runner left Today); its Undo goes with it. */
    public void clearMessage() {
        message.set("");
        undoOffer.clear();
    }

    /** "I ran it" on a session from the last days: its small form. */
    public LateRun late() {
        return late;
    }

    /** What {@link #load()} reads in one background step; read ahead of the window at start-up ({@link #read}). */
    public record Loaded(TickOff.Day day, boolean outfitShown, List<Shoe> shoes, Optional<Shoe> suggested,
                         Optional<LocalDateTime> forecastAt) {
    }

    /**
     * Reads what Today shows, on the calling thread (inside a unit of work where consistency matters). The window's
     * start calls it on its data thread while the toolkit starts, and hands the result to {@link #show(Loaded)}.
     */
    public static Loaded read(final TickOff tickOff, final OutfitService outfits, final WeatherService weather,
                              final Shoes shoeRack) {
        final TickOff.Day d = tickOff.today();
        final boolean shown = d.today().map(x -> outfits.outfitShownOn(x.date())).orElse(false);
        final Optional<LocalDateTime> forecastAt = d.today().or(d::next).flatMap(s -> ForecastOutfit.wantedAt(outfits, weather, s));
        return new Loaded(d, shown, shoeRack.inUse(), shoeRack.suggested(), forecastAt);
    }

    /** Reads today's state; with weather on, also the forecast and the outfit for the session's time. */
    public void load() {
        // Database state first, on the ordered database thread; the forecast, if any, follows on the network thread
        // so a slow answer never holds up the screen or a tick-off. Only the latest reload may fill the screen.
        reloads.run(() -> unitOfWork.run(() -> read(tickOff, outfits, forecast.weather(), shoeRack)), this::show,
                e -> error.set(TaskFailure.message(e)));
    }

    /**
     * Shows what was read, as {@link #load()} does when its read comes back: at start-up with the read made before the
     * window was built (issue 11), so the first frame does not wait for a second trip to the database thread.
     */
    public void show(final Loaded loaded) {
        day.set(Optional.of(loaded.day()));
        askOutfitFeedback.set(loaded.outfitShown());
        final boolean hadNone = shoes.isEmpty();
        shoes.setAll(loaded.shoes());
        // A new session starts on the pair in use; so does a form still open when the first pair is added or the pair
        // it held retired (new-user review 4: "No shoe" with one pair in use, so Done alone never counted its km).
        // The chosen pair is found again by id, not compared whole: its mileage changes with every run logged on it,
        // and the fresh copy keeps the wear line true. A pair gone or retired gives way to the one suggested.
        final Optional<Shoe> chosen = Optional.ofNullable(shoe.get()).flatMap(c -> loaded.shoes().stream()
                .filter(x -> x.id() == c.id() && !x.retired()).findFirst());
        final boolean stale = shoe.get() == null ? hadNone : chosen.isEmpty();
        if (prefill(loaded.day().today()) || stale) {
            shoe.set(loaded.suggested().orElse(null));
        } else {
            chosen.ifPresent(shoe::set);
        }
        loaded.forecastAt().ifPresentOrElse(at -> forecast.fetch(loaded.day().today().or(loaded.day()::next).orElseThrow(), at,
                shown -> askOutfitFeedback.set(askOutfitFeedback.get() || shown && today().isPresent()),
                e -> error.set(TaskFailure.message(e))), forecast::clear);
    }

    /** Fills the form from the plan for a newly shown session (clearing any error); returns whether it did. */
    private boolean prefill(final Optional<SavedSession> today) {
        if (!form.prefill(today, settings.getValue().distanceUnit())) {
            return false;
        }
        error.set("");
        errorField.set("");
        return true;
    }

    /** Ticks today's session off with what the runner entered; the outfit answer, if given, teaches the helper. */
    public void done() {
        tick(false);
    }

    /** Ticks today's session off as partly done (cut short, walked more): the numbers say how much. */
    public void partial() {
        tick(true);
    }

    private void tick(final boolean partly) {
        final Optional<SavedSession> s = today();
        if (s.isEmpty()) {
            return;
        }
        final RunReport report;
        try {
            report = report();
        } catch (InvalidInputException e) {
            errorField.set(e.field());
            error.set(TaskFailure.message(e));
            return;
        }
        final Optional<Long> shoeId = Optional.ofNullable(shoe.get()).map(Shoe::id);
        final Optional<FeedbackAnswer> answer = Optional.ofNullable(form.outfitAnswer.get()).filter(a -> askOutfitFeedback.get());
        // The run and the outfit answer are kept together or not at all.
        final long id = s.get().id();
        tasks.run(() -> unitOfWork.run(() -> {
            final int count = partly ? tickOff.partial(s.get(), report, shoeId) : tickOff.done(s.get(), report, shoeId);
            final String learned = answer.map(a -> outfits.recordFeedback(s.get().date(), a).explanation().text()).orElse("");
            // A run cut short is said as such, not "Done!" (new-user review 4).
            return new Ticked(Messages.get(partly ? "uifix1.today.cutShort" : "today.done", count)
                    + (learned.isEmpty() ? "" : " " + learned), tickOff.runFor(id));
        }), ticked -> {
            // Undo as a skip has it (new-user review 4): the session reopens and the run just logged goes; it replaces
            // the undo of a skip or reopen before, which could no longer be taken back without losing this run. The
            // run as logged goes along, so a run edited in the Log since is refused rather than deleted.
            changed(ticked.text(), () -> tickOff.undoTickOff(id, ticked.run()));
        }, e -> error.set(TaskFailure.message(e)));
    }

    /** A tick-off as stored: its notice and the run it logged, for Undo to check nothing changed since. */
    private record Ticked(String text, Optional<app.stride.tracking.LoggedRun> run) {
    }

    /** The run as entered: distance in the runner's unit, time as minutes, m:ss or h:mm:ss. */
    RunReport report() {
        return form.report(settings.getValue().distanceUnit());
    }

    /** Lets today's session go: no guilt, the plan carries on; Undo brings it (and any run logged for it) back. */
    public void skip() {
        today().ifPresent(s -> undoable(() -> undoOf(tickOff.skip(s.id())), Messages.get("today.skipped")));
    }

    /** Undoes today's tick-off; Undo brings the logged run back. */
    public void reopen() {
        today().ifPresent(s -> undoable(() -> undoOf(tickOff.reopen(s.id())), Messages.get("today.reopened")));
    }

    private Runnable undoOf(final TickOff.Undo u) {
        return () -> tickOff.undo(u);
    }

    /** Takes back the last skip, reopen, move or life-happens change. */
    public void undo() {
        undoOffer.take().ifPresent(work -> run(work, Messages.get("today.undone")));
    }

    /** True while the message names something {@link #undo()} can take back. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return undoOffer.canUndoProperty();
    }

    /** Shows {@code text} after a change made elsewhere on Today (life happens), reloads, and keeps its undo. */
    void changed(final String text, final Runnable takeBack) {
        load();
        message.set(text);
        undoOffer.offer(takeBack);
        onWritten.run();
    }

    /** Runs {@code work} (which returns how to take it back) and offers Undo with the message. */
    private void undoable(final java.util.function.Supplier<Runnable> work, final String success) {
        error.set("");
        errorField.set("");
        tasks.run(() -> unitOfWork.run(work::get), undo -> changed(success, undo), this::failed);
    }

    private void failed(final Throwable e) {
        if (e instanceof InvalidInputException iie) {
            errorField.set(iie.field());
        }
        error.set(TaskFailure.message(e));
    }

    /** Moves today's session to the chosen day, if the plan's rules allow it. */
    public void move() {
        final Optional<SavedSession> s = today();
        if (s.isEmpty()) {
            return;
        }
        if (form.moveTo.get() == null) {
            errorField.set("date");
            error.set(Messages.get("today.error.moveDate"));
            return;
        }
        final LocalDate to = form.moveTo.get();
        final LocalDate from = s.get().date();
        final long id = s.get().id();
        undoable(() -> {
            tickOff.move(id, to);
            return () -> tickOff.move(id, from);
        }, Messages.get("today.moved", TrackingText.describe(s.get()), Dates.weekday(to.getDayOfWeek())));
    }

    /** A session from the last days that is not going to happen: let it go. */
    public void letGo(final SavedSession missed) {
        undoable(() -> undoOf(tickOff.skip(missed.id())), Messages.get("today.letGo", TrackingText.describe(missed)));
    }

    private void run(final Runnable work, final String success) {
        error.set("");
        errorField.set("");
        tasks.run(() -> unitOfWork.run(() -> {
            work.run();
            return success;
        }), text -> {
            load();
            message.set(text);
            undoOffer.clear();
            onWritten.run();
        }, this::failed);
    }

    private Optional<SavedSession> today() {
        return day.get().flatMap(TickOff.Day::today);
    }

    /** Whether today's session may move to another day: race day is fixed, so "Move it to" is not offered (nu6 5). */
    public boolean todayMovable() {
        return today().flatMap(SavedSession::sessionType).map(app.stride.plan.adapt.MoveRules::movable).orElse(true);
    }

    public ReadOnlyObjectProperty<Optional<TickOff.Day>> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Outfit>> outfitProperty() {
        return forecast.outfitProperty();
    }

    /** Where the outfit's weather came from, or why there is none. */
    public ReadOnlyStringProperty outfitNoteProperty() {
        return forecast.noteProperty();
    }

    /** True when an outfit was shown for today, so "too cold / just right / too warm" can teach. */
    public ReadOnlyBooleanProperty askOutfitFeedbackProperty() {
        return askOutfitFeedback.getReadOnlyProperty();
    }

    public StringProperty distanceProperty() {
        return form.distance;
    }

    public StringProperty durationProperty() {
        return form.duration;
    }

    public ObjectProperty<Optional<Integer>> effortProperty() {
        return form.effort;
    }

    /** How the run felt, as the Log asks it; empty when not said. */
    public ObjectProperty<Optional<app.stride.tracking.Feel>> feelProperty() {
        return form.feel;
    }

    public StringProperty notesProperty() {
        return form.notes;
    }

    public ObjectProperty<FeedbackAnswer> outfitAnswerProperty() {
        return form.outfitAnswer;
    }

    /** Shoes in use, to pick the pair the run was in. */
    public ObservableList<Shoe> shoes() {
        return shoes;
    }

    /** What to say about the picked pair's wear, e.g. "Pegasus: 640 of 700 km. Time to look for a new pair." */
    public javafx.beans.binding.StringBinding shoeWarningProperty() {
        return shoeWarning;
    }

    public ObjectProperty<Shoe> shoeProperty() {
        return shoe;
    }

    public ObjectProperty<LocalDate> moveToProperty() {
        return form.moveTo;
    }

    /** One line naming what to fix; empty when all is well. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The field the error is about: {@code distance}, {@code duration}, {@code effort}, {@code date}, or empty. */
    public ReadOnlyStringProperty errorFieldProperty() {
        return errorField.getReadOnlyProperty();
    }

    /** Encouragement after a tick-off, e.g. "Done! That's 5 times you made it out." */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
