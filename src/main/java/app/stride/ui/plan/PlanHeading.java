package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.plan.Goal;
import app.stride.plan.PaceRange;
import app.stride.plan.RaceDistance;
import app.stride.plan.TrainingPaces;
import app.stride.settings.DistanceUnit;
import app.stride.text.StepText;
import app.stride.ui.plan.PlanDisplay.PaceRow;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A plan's heading in the runner's words: its title (goal, race and date), the target and predicted times under it,
 * and its training paces; the same for a preview, the saved plan and the plan history.
 */
final class PlanHeading {

    private PlanHeading() {
    }

    /** The plan's title: "10K on Sun 14 June · 10 weeks", or the weeks and start of a plan to run regularly. */
    static String title(final Goal goal, final Optional<RaceDistance> distance, final Optional<LocalDate> race,
                        final LocalDate start, final int weeks) {
        return title(goal, distance, race, start, weeks, OptionalInt.empty());
    }

    /** As above, with the year added to a date outside {@code thisYear} (the plan history spans years). */
    static String title(final Goal goal, final Optional<RaceDistance> distance, final Optional<LocalDate> race,
                        final LocalDate start, final int weeks, final OptionalInt thisYear) {
        final java.util.function.Function<LocalDate, String> day = d -> thisYear.isPresent() && d.getYear() != thisYear.getAsInt()
                ? Dates.dayLong(d) + " " + d.getYear() : Dates.dayLong(d);
        if (goal == Goal.CONSISTENCY || distance.isEmpty() || race.isEmpty()) {
            return Messages.get("planscreen.title.regular", weeks, day.apply(start));
        }
        final String name = distanceName(distance.get());
        return Messages.get(goal == Goal.FINISH ? "planscreen.title.finish" : "planscreen.title.race",
                goal == Goal.FINISH ? name : capitalised(name), day.apply(race.get()), weeks);
    }

    /** The target time and the predicted race times, the goal race first. */
    static String subtitle(final Optional<String> target, final Map<RaceDistance, Duration> predicted,
                           final Optional<RaceDistance> goalDistance) {
        final List<String> parts = new ArrayList<>();
        target.ifPresent(t -> parts.add(Messages.get("planscreen.target", t)));
        // The goal race first, then the other plan distances: the runner cares about their race most.
        final List<RaceDistance> order = new ArrayList<>();
        goalDistance.ifPresent(order::add);
        for (RaceDistance d : RaceDistance.values()) {
            if (d.isPlanGoal() && !order.contains(d)) {
                order.add(d);
            }
        }
        final String times = order.stream().filter(predicted::containsKey)
                .map(d -> Messages.get("planscreen.predicted.item", capitalised(distanceName(d)), time(predicted.get(d))))
                .collect(Collectors.joining(" · "));
        if (!times.isEmpty()) {
            parts.add(Messages.get("planscreen.predicted", times));
        }
        return String.join("   ", parts);
    }

    /** The pace rows; a returner's work paces quicken to the race week's, shown as "now → by race week". */
    static List<PaceRow> paces(final Optional<TrainingPaces> paces, final Optional<TrainingPaces> byRace,
                               final Optional<PaceRange> race, final DistanceUnit unit) {
        if (paces.isEmpty()) {
            return List.of();
        }
        final TrainingPaces p = paces.get();
        final TrainingPaces r = byRace.orElse(p);
        final List<PaceRow> rows = new ArrayList<>(List.of(
                new PaceRow(Messages.get("planscreen.pace.easy"), StepText.pace(p.easy(), unit)),
                new PaceRow(Messages.get("planscreen.pace.threshold"), build(p.threshold(), r.threshold(), unit)),
                new PaceRow(Messages.get("planscreen.pace.interval"), build(p.interval(), r.interval(), unit)),
                new PaceRow(Messages.get("planscreen.pace.repetition"), build(p.repetition(), r.repetition(), unit))));
        race.ifPresent(x -> rows.add(new PaceRow(Messages.get("planscreen.pace.race"), StepText.pace(x, unit))));
        return rows;
    }

    private static String build(final PaceRange now, final PaceRange byRace, final DistanceUnit unit) {
        return now.equals(byRace) ? StepText.pace(now, unit)
                : Messages.get("regain.planscreen.paceBuild", StepText.pace(now, unit), StepText.pace(byRace, unit));
    }

    /** A race distance by name, e.g. "half marathon". */
    static String distanceName(final RaceDistance d) {
        return Messages.get("plan.distance." + d.code());
    }

    private static String capitalised(final String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A race time, e.g. "52:30". */
    static String time(final Duration d) {
        return app.stride.text.StepText.clock(d);
    }
}
