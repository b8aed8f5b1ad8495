package app.stride.ui.adapt;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.plan.PlanInputException;
import app.stride.text.AdaptText;
import app.stride.text.PlanText;
import app.stride.plan.Session;
import app.stride.plan.adapt.AdaptService;
import app.stride.plan.adapt.PlanChange;
import app.stride.plan.adapt.Proposal;
import app.stride.plan.adapt.ProposalKind;
import app.stride.plan.adapt.SessionChange;
import app.stride.settings.DistanceUnit;
import app.stride.settings.Settings;
import app.stride.ui.common.PlanChanges;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.common.Freshness;
import app.stride.ui.common.ReloadGate;
import app.stride.ui.task.TaskRunner;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The calm banner that offers the engine's re-plan: after missed sessions on opening the app, or for a change the
 * runner asked for (race date, days, goal). It previews each changed day (from → to); "Accept" stores the plan's
 * next version, "Keep as is" puts the offer aside for the day (remembered, so it does not nag on every open).
 * Carrying on with nothing changed shows nothing.
 */
public final class AdaptBannerViewModel {

    /** The settings key holding the day the runner last kept the plan as is. */
    public static final String DISMISSED_KEY = "adapt.keptAsIsOn";

    /** Where the "kept as is" day is remembered (the settings table). */
    public interface Dismissals {

        Optional<String> get(String key);

        void put(String key, String value);
    }

    /** One changed day of the preview, in the runner's words. */
    public record ChangeRow(String date, String week, String from, String to) {
    }

    /**
     * What the banner shows now; {@code welcomeBack} for the offer made after a week or more without running (the
     * rest of the plan rebuilt, not asked for), which Today shows as its one card with the sessions left open.
     */
    public record Offer(String title, String body, List<ChangeRow> changes, List<String> warnings, boolean asked,
                        boolean welcomeBack) {

        public Offer {
            changes = List.copyOf(changes);
            warnings = List.copyOf(warnings);
        }

        /** An offer that is not the one after time away. */
        public Offer(final String title, final String body, final List<ChangeRow> changes, final List<String> warnings,
                     final boolean asked) {
            this(title, body, changes, warnings, asked, false);
        }
    }

    private final AdaptService adapt;
    private final Dismissals dismissals;
    private final TaskRunner tasks;
    private final ObservableValue<Settings> settings;
    private final Clock clock;
    private final List<Runnable> onApplied = new ArrayList<>();
    private final PlanChanges planChanges;
    /** Whether the data the last look found its offer in changed since. */
    private final ReloadGate<Void> gate;
    /** What a look at missed sessions found, and what it looked under. */
    private record Looked(ReloadGate.Stamp stamp, Optional<Proposal> proposal) {
    }

    /** The offer the last look found (shown again while nothing changed). */
    private Optional<Proposal> looked = Optional.empty();
    /**
     * Held here, as {@link PlanChanges} holds it weakly: a change stored elsewhere (another banner, a new plan) made
     * this offer stale, so it goes and the banner looks again.
     */
    private final PlanChanges.Listener lookAgain = source -> {
        if (source != this) {
            show(Optional.empty(), false);
            check();
        }
    };

    private final ReadOnlyObjectWrapper<Optional<Offer>> offer = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Optional<Proposal> proposal = Optional.empty();

    private static final Logger LOG = Logger.getLogger(AdaptBannerViewModel.class.getName());

    /** A banner on its own: no other screen hears of what it stores (tests of the banner alone). */
    public AdaptBannerViewModel(final AdaptService adapt, final Dismissals dismissals, final TaskRunner tasks,
                                final ObservableValue<Settings> settings, final Clock clock) {
        this(adapt, dismissals, tasks, settings, clock, new PlanChanges(), ReloadGate.always());
    }

    /**
     * A banner among the window's screens: accepting says so on {@code planChanges} (the other banner, Today, Plan and
     * Progress look again), and a plan change stored elsewhere makes this one drop its offer, made for the version
     * now replaced, and look again.
     */
    public AdaptBannerViewModel(final AdaptService adapt, final Dismissals dismissals, final TaskRunner tasks,
                                final ObservableValue<Settings> settings, final Clock clock, final PlanChanges planChanges) {
        this(adapt, dismissals, tasks, settings, clock, planChanges, ReloadGate.always());
    }

    /**
     * As above; {@code freshness} says cheaply whether the stored data may have changed (equal answers: it has not),
     * so looking again on every screen change asks the engine only when something was written or the day turned.
     */
    public AdaptBannerViewModel(final AdaptService adapt, final Dismissals dismissals, final TaskRunner tasks,
                                final ObservableValue<Settings> settings, final Clock clock, final PlanChanges planChanges,
                                final Supplier<Freshness> freshness) {
        this(adapt, dismissals, tasks, settings, clock, planChanges, ReloadGate.over(freshness));
    }

    private AdaptBannerViewModel(final AdaptService adapt, final Dismissals dismissals, final TaskRunner tasks,
                                 final ObservableValue<Settings> settings, final Clock clock, final PlanChanges planChanges,
                                 final ReloadGate<Void> gate) {
        this.gate = gate;
        this.planChanges = Objects.requireNonNull(planChanges);
        planChanges.listen(lookAgain);
        this.adapt = Objects.requireNonNull(adapt);
        this.dismissals = Objects.requireNonNull(dismissals);
        this.tasks = Objects.requireNonNull(tasks);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Runs after a proposal was stored (the Plan screen reads the plan again). */
    public void addOnApplied(final Runnable r) {
        onApplied.add(r);
    }

    /**
     * Asks the engine whether today's plan should change after missed sessions. Nothing shows when it says carry
     * on with nothing changed, when there is no plan, or when the runner kept the plan as is today. A change the
     * runner is previewing stays.
     */
    public void check() {
        if (offer.get().map(Offer::asked).orElse(false) || busy.get()) {
            return;
        }
        final LocalDate today = today();
        busy.set(true);
        tasks.run(() -> {
            // Nothing written since the last look (and the same day): the engine would say the same, so it is not asked.
            return gate.changed().map(stamp -> new Looked(stamp, propose(today)));
        }, fresh -> {
            busy.set(false);
            fresh.ifPresent(l -> {
                looked = l.proposal();
                gate.shown(l.stamp());
            });
            // Unchanged: the offer of the last look shows again (a preview put aside may have hidden it).
            show(looked, false);
        }, e -> {
            busy.set(false);
            looked = Optional.empty();
            gate.forget();
            // Unasked, the banner stays quiet on a failure (the runner did nothing to cause it, and the plan is as it
            // was); the task runner has logged it with its stack trace, and this says what it meant.
            LOG.warning(() -> "no re-plan offer: looking for one failed (" + e + ")");
            show(Optional.empty(), false);
        });
    }

    /** The engine's offer after missed sessions, or empty: kept as is today, no plan, or nothing worth offering. */
    private Optional<Proposal> propose(final LocalDate today) {
        if (dismissals.get(DISMISSED_KEY).filter(today.toString()::equals).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.of(adapt.propose()).filter(AdaptBannerViewModel::worthOffering);
        } catch (InvalidInputException e) {
            if (!"plan".equals(e.field())) {
                throw e;
            }
            // No current plan: nothing to offer.
            return Optional.empty();
        }
    }

    /** Whether a proposal changes anything: carrying on with nothing to change is not worth a banner. */
    static boolean worthOffering(final Proposal p) {
        return p.next().isPresent() && !(p.kind() == ProposalKind.CARRY_ON && p.changes().isEmpty());
    }

    /**
     * Previews the runner's change of race date, days or goal from today; a change the engine cannot plan says why
     * in {@link #problemProperty()} and nothing shows.
     */
    public void preview(final PlanChange change) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        done.set("");
        tasks.run(() -> adapt.propose(today(), change), p -> {
            busy.set(false);
            if (p.next().isEmpty()) {
                show(Optional.empty(), false);
                done.set(Messages.get("adaptbanner.nothing"));
            } else {
                show(Optional.of(p), true);
            }
        }, e -> {
            busy.set(false);
            problem.set(words(e));
        });
    }

    private String words(final Throwable e) {
        if (e instanceof PlanInputException p) {
            return PlanText.problem(p.problem(), unit(), PlanText.Surface.APP);
        }
        return TaskFailure.message(e);
    }

    /** Stores the proposal as the plan's next version; the log is untouched. A stale preview is refused and looked at again. */
    public void accept() {
        offer.get().ifPresent(this::accept);
    }

    /**
     * Accepts {@code expected}, the offer the runner saw (the sheet is not modal: a look or a preview may have put
     * another offer in its place while it was open). Another offer than that is refused with the stale message and
     * stays on the banner to be looked at; nothing is stored.
     */
    public void accept(final Offer expected) {
        final Optional<Proposal> p = proposal;
        if (p.isEmpty() || busy.get()) {
            return;
        }
        // The same object, not an equal one: show() keeps the drawn offer when a look finds the same again.
        if (offer.get().orElse(null) != expected) {
            problem.set(Messages.get("adapt.error.stale"));
            return;
        }
        busy.set(true);
        problem.set("");
        tasks.run(() -> adapt.apply(p.get()), stored -> {
            busy.set(false);
            show(Optional.empty(), false);
            done.set(Messages.get("adaptbanner.accepted"));
            onApplied.forEach(Runnable::run);
            planChanges.stored(this);
        }, e -> {
            busy.set(false);
            problem.set(words(e));
        });
    }

    /**
     * Keeps the plan as it is. The offer after missed sessions stays away for the rest of the day (remembered in the
     * settings); a change the runner was previewing is simply dropped.
     */
    public void keepAsIs() {
        offer.get().ifPresent(this::keepAsIs);
    }

    /** Keeps the plan as it is, for {@code expected}: another offer shown since is left for the runner to look at. */
    public void keepAsIs(final Offer expected) {
        if (offer.get().orElse(null) != expected) {
            return;
        }
        final boolean asked = offer.get().map(Offer::asked).orElse(false);
        show(Optional.empty(), false);
        problem.set("");
        if (!asked) {
            final String day = today().toString();
            tasks.run(() -> dismissals.put(DISMISSED_KEY, day), e -> problem.set(TaskFailure.message(e)));
        }
    }

    /** Clears the line saying what happened. */
    public void dismissDone() {
        done.set("");
    }

    /**
     * The runner went to another screen: the line saying what just happened has been read where it happened and
     * goes, so it does not follow them across every screen.
     */
    public void screenChanged() {
        done.set("");
    }

    private void show(final Optional<Proposal> p, final boolean asked) {
        proposal = p;
        final Optional<Offer> next = p.map(x -> describe(x, asked));
        // The same offer again (a look that found nothing new) leaves the banner as drawn.
        if (!next.equals(offer.get())) {
            offer.set(next);
        }
    }

    private DistanceUnit unit() {
        return settings.getValue().distanceUnit();
    }

    private Offer describe(final Proposal p, final boolean asked) {
        final String title = asked ? Messages.get("adaptbanner.title.asked")
                : Messages.get("adaptbanner.title." + p.kind().code(), p.missed(), p.daysWithoutRunning());
        final String body = Messages.get("adapt.kind." + p.kind().code());
        final List<ChangeRow> rows = new ArrayList<>();
        final LocalDate start = p.next().map(n -> n.plan().startDate()).orElse(p.asOf());
        for (SessionChange c : p.changes()) {
            final long week = ChronoUnit.DAYS.between(start, c.date()) / 7 + 1;
            rows.add(new ChangeRow(Dates.day(c.date()), week >= 1 ? Messages.get("planscreen.week", week) : "",
                    session(c.from()), session(c.to())));
        }
        final List<String> warnings = p.notes().stream().map(AdaptText::note).toList();
        return new Offer(title, body, rows, warnings, asked, !asked && p.kind() == ProposalKind.REBUILD);
    }

    /** "Tempo · 8.0 km", "Easy · 30 min", or "Rest" for an empty day. */
    private String session(final Optional<Session> s) {
        if (s.isEmpty()) {
            return Messages.get("adaptbanner.rest");
        }
        final Session x = s.get();
        final Optional<String> size = x.distanceM().filter(m -> x.duration().isEmpty() || x.pace().isPresent())
                .map(m -> Distances.format(m, unit()))
                .or(() -> x.duration().map(Durations::format));
        final String label = PlanText.typeName(x.type());
        final String name = label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
        return size.map(z -> Messages.get("adaptbanner.session", name, z)).orElse(name);
    }

    /** The offer to show, or empty: no banner. */
    public ReadOnlyObjectProperty<Optional<Offer>> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** Why the last preview or accept did not work, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What was just done (e.g. "the plan is updated"), or empty. */
    public ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
