package app.stride.outfit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where answers, learned bands and the outfits shown for a day are kept; the store implements it. */
public interface OutfitFeedbackRepository {

    /** Every learned band. */
    PersonalOffsets offsets();

    /**
     * Keeps the answer as the only one for its day (earlier answers of that day are dropped) with how much it moved
     * its band, and the bands it changed (taking back the dropped answers' steps and applying its own), all together
     * or not at all; links the answer to its run if any.
     */
    void record(FeedbackEntry entry, double appliedC, List<LearnedBand> updated);

    /** What an answer changes, decided from the state stored at the moment it is written. */
    record Change(FeedbackEntry entry, double appliedC, List<LearnedBand> updated, LearnedBand after) {
    }

    /** Decides an answer's {@link Change} from the stored bands, that day's earlier answers and that day's run. */
    @FunctionalInterface
    interface Decision {
        Change decide(PersonalOffsets offsets, List<FiledAnswer> sameDay, Optional<Long> runOn);
    }

    /**
     * Reads the bands, the answers on {@code date} and the run that day, lets {@code decision} work out the change,
     * and keeps it as {@link #record} does: all in one write transaction, so answers given at the same moment (two
     * windows, the app and the command line) each count and none undoes another.
     */
    Change recordAtomically(LocalDate date, Decision decision);

    /** The answers kept for {@code date}: at most one, unless written before one answer per day was the rule. */
    List<FiledAnswer> answersOn(LocalDate date);

    /** Every answer kept (one per day), oldest first. */
    List<FeedbackEntry> history();

    /** Forgets what one band learned (its answers stay in the history, no longer counted in the band). */
    void resetBand(int bandC);

    /** Forgets every band (the answers stay in the history, no longer counted). */
    void resetAll();

    /** The id of the run logged on {@code date} (the latest if several). */
    Optional<Long> runOn(LocalDate date);

    /**
     * Remembers the outfit shown for a day's run (automatically, e.g. from the forecast), so a later answer knows what
     * the runner dressed for; leaves an outfit the runner kept for that day as it is.
     */
    void rememberOutfit(LocalDate date, double baseDressForC, double dressForC);

    /** The runner's own choice ("I'm wearing this") for the day, with its items (stable ids): replaces what was there. */
    default void rememberOutfit(final LocalDate date, final double baseDressForC, final double dressForC,
                                final List<String> itemIds) {
        rememberOutfit(date, baseDressForC, dressForC);
    }

    /** The item ids of the outfit kept for {@code date}; empty when none was kept (or kept before items were). */
    default List<String> keptItems(final LocalDate date) {
        return List.of();
    }

    /** The base dress-for temperature of the outfit last shown for {@code date}. */
    Optional<Double> shownBaseDressFor(LocalDate date);
}
