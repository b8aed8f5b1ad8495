package app.stride.ui.outfit;

import app.stride.outfit.LearnedExplanation;
import app.stride.outfit.OutfitService;
import app.stride.ui.task.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** What Stride has learned from this runner's outfit feedback, per temperature band, and forgetting it on request. */
final class LearnedAboutRunner {

    private final OutfitService outfits;
    private final TaskRunner tasks;
    private final Runnable afterChange;
    private final Consumer<Throwable> report;
    private final ObservableList<LearnedExplanation> learned = FXCollections.observableArrayList();

    /** {@code afterChange} runs after something was forgotten (the outfit depends on what is learned). */
    LearnedAboutRunner(final OutfitService outfits, final TaskRunner tasks, final Runnable afterChange,
                       final Consumer<Throwable> report) {
        this.outfits = outfits;
        this.tasks = tasks;
        this.afterChange = afterChange;
        this.report = report;
    }

    /** Shows {@code loaded}, leaving the list alone when nothing changed (every visit reloads it). */
    void show(final List<LearnedExplanation> loaded) {
        if (!learned.equals(loaded)) {
            learned.setAll(loaded);
        }
    }

    /** Forgets what was learned around one temperature band. */
    void reset(final int bandC) {
        tasks.run(() -> {
            outfits.reset(bandC);
            return outfits.learned();
        }, this::forgotten, report);
    }

    /** Forgets everything learned. */
    void resetAll() {
        tasks.run(() -> {
            outfits.resetAll();
            return outfits.learned();
        }, this::forgotten, report);
    }

    private void forgotten(final List<LearnedExplanation> now) {
        learned.setAll(now);
        afterChange.run();
    }

    ObservableList<LearnedExplanation> list() {
        return learned;
    }
}
