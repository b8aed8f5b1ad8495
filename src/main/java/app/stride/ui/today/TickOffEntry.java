package app.stride.ui.today;

import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.outfit.FeedbackAnswer;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.RunReport;
import app.stride.ui.common.PlannedTime;
import app.stride.ui.common.TypedRun;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Decides what Today's tick-off form holds: the plan's numbers for a new session, the runner's own typing kept. */
final class TickOffEntry {

    final StringProperty distance = new SimpleStringProperty("");
    final StringProperty duration = new SimpleStringProperty("");
    final ObjectProperty<Optional<Integer>> effort = new SimpleObjectProperty<>(Optional.empty());
    final ObjectProperty<Optional<app.stride.tracking.Feel>> feel = new SimpleObjectProperty<>(Optional.empty());
    final StringProperty notes = new SimpleStringProperty("");
    final ObjectProperty<FeedbackAnswer> outfitAnswer = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> moveTo = new SimpleObjectProperty<>();

    private Optional<Long> prefilledFor = Optional.empty();
    /** The planned distance and time the form was last filled with, to tell them from what the runner typed. */
    private String prefilledDistance = "";
    private String prefilledTime = "";

    /** The effort as chosen; a combo box may hand back null while its items change: that is "not said". */
    Optional<Integer> effort() {
        return effort.get() == null ? Optional.empty() : effort.get();
    }

    /** How it felt as chosen, or not said. */
    Optional<app.stride.tracking.Feel> feel() {
        return feel.get() == null ? Optional.empty() : feel.get();
    }

    /** Fills the form from the plan for a newly shown session; returns whether it did. */
    boolean prefill(final Optional<SavedSession> today, final DistanceUnit unit) {
        // Coming back to Today must not wipe what the runner was typing about the same session.
        final Optional<Long> id = today.map(SavedSession::id);
        final String plannedDistance = today.flatMap(SavedSession::distanceM).map(m -> Distances.value(m, unit)).orElse("");
        // A race planned as a range leaves the time to the runner: its slow end is not their result (nu6 2).
        final String plannedTime = today.flatMap(s -> PlannedTime.single(s.description(),
                s.durationS().map(java.time.Duration::ofSeconds))).map(Durations::format).orElse("");
        if (id.equals(prefilledFor)) {
            // The same session made shorter or eased ("life happens"): the planned numbers follow it, unless the
            // runner already typed their own.
            if (distance.get().equals(prefilledDistance)) {
                distance.set(plannedDistance);
            }
            if (duration.get().equals(prefilledTime)) {
                duration.set(plannedTime);
            }
            prefilledDistance = plannedDistance;
            prefilledTime = plannedTime;
            return false;
        }
        prefilledFor = id;
        prefilledDistance = plannedDistance;
        prefilledTime = plannedTime;
        distance.set(plannedDistance);
        duration.set(plannedTime);
        effort.set(Optional.empty());
        feel.set(Optional.empty());
        notes.set("");
        outfitAnswer.set(null);
        moveTo.set(today.map(s -> s.date().plusDays(1)).orElse(null));
        return true;
    }

    /** The run as entered: distance in {@code unit}, time as minutes, m:ss or h:mm:ss. */
    RunReport report(final DistanceUnit unit) {
        return report(distance.get(), duration.get(), effort(), feel(), notes.get(), unit);
    }

    /**
     * A run as typed: distance in {@code unit}, time as minutes, m:ss or h:mm:ss; blank stays unknown. Read by the
     * Log's rule ({@link TypedRun}), so Today and the Log accept and refuse the same text.
     */
    static RunReport report(final String distanceText, final String durationText, final Optional<Integer> rpe,
                            final String noteText, final DistanceUnit unit) {
        return report(distanceText, durationText, rpe, Optional.empty(), noteText, unit);
    }

    /** The same with how it felt, asked on Today as in the Log (new-user review 11). */
    static RunReport report(final String distanceText, final String durationText, final Optional<Integer> rpe,
                            final Optional<app.stride.tracking.Feel> feel, final String noteText, final DistanceUnit unit) {
        return new RunReport(TypedRun.distance(distanceText, unit), TypedRun.time(durationText), rpe, feel, noteText);
    }
}
