package app.stride.outfit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where answers, learned bands and the outfits shown for a day are kept; the store implements it. */
public interface OutfitFeedbackRepository {

    /** Every learned band. */
    PersonalOffsets offsets();

    /** Keeps the answer and the band it moved, together or not at all; links the answer to its run if any. */
    void record(FeedbackEntry entry, LearnedBand updated);

    /** Every answer, oldest first. */
    List<FeedbackEntry> history();

    /** Forgets what one band learned (its answers stay in the history). */
    void resetBand(int bandC);

    /** Forgets every band. */
    void resetAll();

    /** The id of the run logged on {@code date} (the latest if several). */
    Optional<Long> runOn(LocalDate date);

    /** Remembers the outfit shown for a day's run, so a later answer knows what the runner dressed for. */
    void rememberOutfit(LocalDate date, double baseDressForC, double dressForC);

    /** The base dress-for temperature of the outfit last shown for {@code date}. */
    Optional<Double> shownBaseDressFor(LocalDate date);
}
