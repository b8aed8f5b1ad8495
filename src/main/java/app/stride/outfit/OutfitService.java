package app.stride.outfit;

import app.stride.common.InvalidInputException;
import app.stride.format.Degrees;
import app.stride.settings.TemperatureUnit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The outfit helper as the app and the command line use it: recommendations with the runner's tendency and
 * learned offsets applied, feedback, and what was learned. Blocking (it reads the database): call it off the
 * JavaFX thread.
 */
public final class OutfitService {

    private final OutfitFeedbackRepository feedback;
    private final RunnerTendencyRepository profile;
    private final Supplier<TemperatureUnit> unit;
    private final Clock clock;

    /**
     * @param unit the runner's temperature unit, read on every call so a settings change shows at once
     */
    public OutfitService(final OutfitFeedbackRepository feedback, final RunnerTendencyRepository profile,
                         final Supplier<TemperatureUnit> unit, final Clock clock) {
        this.feedback = Objects.requireNonNull(feedback);
        this.profile = Objects.requireNonNull(profile);
        this.unit = Objects.requireNonNull(unit);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The outfit for these conditions and effort, for this runner (their tendency and what was learned). */
    public Outfit recommend(final Conditions conditions, final Effort effort) {
        return recommend(conditions, effort, profile.tendency());
    }

    /** As {@link #recommend(Conditions, Effort)} with a tendency given for this once. */
    public Outfit recommend(final Conditions conditions, final Effort effort, final Tendency tendency) {
        return recommend(conditions, effort, tendency, unit.get());
    }

    /** As {@link #recommend(Conditions, Effort, Tendency)} with texts in {@code textUnit} instead of the runner's. */
    public Outfit recommend(final Conditions conditions, final Effort effort, final Tendency tendency,
                            final TemperatureUnit textUnit) {
        return OutfitAdvisor.advise(new OutfitRequest(conditions, effort, tendency, feedback.offsets(), textUnit));
    }

    /**
     * What was learned and the runner's tendency, read once: for many recommendations in a row ({@code outfit --batch})
     * without a database read per line.
     */
    public Learned learnedNow() {
        return new Learned(feedback.offsets(), profile.tendency());
    }

    /** A snapshot of what was learned, see {@link #learnedNow()}. */
    public record Learned(PersonalOffsets offsets, Tendency tendency) {
        /** The outfit for these conditions, as {@link OutfitService#recommend(Conditions, Effort, Tendency, TemperatureUnit)}. */
        public Outfit recommend(final Conditions conditions, final Effort effort, final Optional<Tendency> tendencyOverride,
                                final TemperatureUnit textUnit) {
            return OutfitAdvisor.advise(new OutfitRequest(conditions, effort, tendencyOverride.orElse(tendency), offsets, textUnit));
        }
    }

    /**
     * Remembers the outfit the runner chose for {@code date} ("I'm wearing this"), items and all, so Today shows it and
     * the answer after the run is filed against it.
     */
    public void remember(final LocalDate date, final Outfit outfit) {
        feedback.rememberOutfit(date, outfit.baseDressForC(), outfit.dressForC(), outfit.items().stream().map(OutfitItem::id).toList());
    }

    /**
     * Remembers an outfit shown without the runner choosing it (Today's forecast), so an answer after the run can be
     * filed; never replaces an outfit kept with {@link #remember}.
     */
    public void shown(final LocalDate date, final Outfit outfit) {
        feedback.rememberOutfit(date, outfit.baseDressForC(), outfit.dressForC());
    }

    /** The items of the outfit kept for {@code date} ("I'm wearing this"), head to extras; empty if none was kept. */
    public java.util.List<Item> keptFor(final LocalDate date) {
        return feedback.keptItems(date).stream().map(Item::byId).flatMap(java.util.Optional::stream).toList();
    }

    /** Whether an outfit was shown (and remembered) for {@code date}, so an answer after the run can teach. */
    public boolean outfitShownOn(final LocalDate date) {
        return feedback.shownBaseDressFor(date).isPresent();
    }

    /**
     * Records the answer for the run on {@code date}, using the outfit remembered for that day.
     *
     * @throws InvalidInputException if no outfit was shown for that day (then use the overload with a temperature)
     */
    public FeedbackResult recordFeedback(final LocalDate date, final FeedbackAnswer answer) {
        final double base = feedback.shownBaseDressFor(date)
                .orElseThrow(() -> InvalidInputException.coded("date", "outfit.feedback.noOutfit", date.toString()));
        return recordFeedback(date, answer, base);
    }

    /**
     * Records the answer for the run on {@code date} dressed for {@code baseDressForC}. The answer is linked to the
     * run logged that day if there is one; without one it is kept on its own and still teaches. One answer per day
     * counts: a new answer for the same day replaces the earlier one and its effect on the learned band.
     */
    public FeedbackResult recordFeedback(final LocalDate date, final FeedbackAnswer answer, final double baseDressForC) {
        if (!(baseDressForC >= OutfitAdvisor.MIN_DRESS_FOR_C && baseDressForC <= OutfitAdvisor.MAX_DRESS_FOR_C)) {
            throw InvalidInputException.coded("dressFor", "outfit.invalid.dressFor",
                    Degrees.of(OutfitAdvisor.MIN_DRESS_FOR_C, unit.get()), Degrees.of(OutfitAdvisor.MAX_DRESS_FOR_C, unit.get()));
        }
        // Read, decide and write in one transaction: answers given at the same moment must each count.
        final OutfitFeedbackRepository.Change change = feedback.recordAtomically(date, (offsets, sameDay, run) -> {
            // One answer per day: an earlier answer for this day is replaced, and its step on its band taken back first.
            final Map<Integer, LearnedBand> changed = new TreeMap<>();
            for (FiledAnswer old : sameDay) {
                if (old.counted()) {
                    final double oldBase = old.entry().baseDressForC();
                    final LearnedBand b = changed.getOrDefault(OutfitLearning.bandOf(oldBase), offsets.bandFor(oldBase));
                    changed.put(b.bandC(), OutfitLearning.withdraw(b, old.entry().answer(), old.appliedC()));
                }
            }
            final LearnedBand before = changed.getOrDefault(OutfitLearning.bandOf(baseDressForC), offsets.bandFor(baseDressForC));
            final LearnedBand after = OutfitLearning.answer(before, answer);
            changed.put(after.bandC(), after);
            final FeedbackEntry entry = new FeedbackEntry(date, baseDressForC, answer, run, clock.instant());
            return new OutfitFeedbackRepository.Change(entry, after.offsetC() - before.offsetC(), List.copyOf(changed.values()), after);
        });
        final FeedbackEntry entry = change.entry();
        final LearnedBand after = change.after();
        return new FeedbackResult(entry, after, entry.loggedSessionId(), OutfitLearning.explain(after, unit.get()));
    }

    /** Every band something was learned about, coldest first, each with its plain-words explanation. */
    public List<LearnedExplanation> learned() {
        final TemperatureUnit u = unit.get();
        return feedback.offsets().bands().stream()
                .filter(b -> b.answers() > 0)
                .map(b -> new LearnedExplanation(b, OutfitLearning.explain(b, u)))
                .toList();
    }

    /** Forgets what was learned around one band (its lower edge in °C, as in {@link LearnedBand#bandC()}). */
    public void reset(final int bandC) {
        feedback.resetBand(bandC);
    }

    /** Forgets everything learned; the answers stay in the history. */
    public void resetAll() {
        feedback.resetAll();
    }

    public Tendency tendency() {
        return profile.tendency();
    }

    public void setTendency(final Tendency tendency) {
        profile.setTendency(tendency);
    }

    /** When a session on {@code date} happens: its own time if set, else the runner's usual run time, else 07:00. */
    public LocalDateTime sessionTime(final LocalDate date, final Optional<LocalTime> sessionTime) {
        return date.atTime(sessionTime.or(profile::usualRunTime).orElse(DEFAULT_RUN_TIME));
    }

    /** When the runner usually runs, if they said. */
    public Optional<LocalTime> usualRunTime() {
        return profile.usualRunTime();
    }

    public void setUsualRunTime(final LocalTime time) {
        profile.setUsualRunTime(time);
    }

    /** The run time assumed when neither the session nor the profile has one. */
    public static final LocalTime DEFAULT_RUN_TIME = LocalTime.of(7, 0);

    /** The runner's temperature unit, as texts are written in it. */
    public TemperatureUnit unit() {
        return unit.get();
    }
}
