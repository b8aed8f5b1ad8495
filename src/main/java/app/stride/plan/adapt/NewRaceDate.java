package app.stride.plan.adapt;

import app.stride.plan.Plan;
import app.stride.plan.PlanDates;
import app.stride.plan.PlanField;
import app.stride.plan.PlanInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** A re-plan's new race date: refused when it leaves no room to rebuild, told about when it moves the race much earlier. */
final class NewRaceDate {

    private NewRaceDate() {
    }

    /**
     * A race moved two weeks or more earlier takes weeks out of the build, and one that leaves less than a plan's
     * minimum from the plan's start to race day leaves too short a build for the race: the runner is told, not just
     * shown a lighter plan (Change plan in the app and {@code stride adapt --race-date} go through here).
     */
    static void warnIfEarlier(final Plan plan, final PlanChange change, final List<AdaptWarning> warnings) {
        if (change.raceDate().isEmpty() || plan.raceDate().isEmpty()) {
            return;
        }
        final LocalDate race = change.raceDate().get();
        if (ChronoUnit.DAYS.between(race, plan.raceDate().get()) >= Replanner.NOTABLY_EARLIER_DAYS) {
            warnings.add(AdaptWarning.RACE_EARLIER);
        }
        final long weeks = ChronoUnit.DAYS.between(plan.startDate(), race) / 7 + 1;
        if (race.isBefore(plan.raceDate().get()) && weeks < PlanDates.MIN_WEEKS) {
            warnings.add(AdaptWarning.SHORT_BUILD);
        }
    }

    /**
     * A new race date must leave time to rebuild what is left with a taper inside: at least {@link Replanner#MIN_DAYS_TO_NEW_RACE}
     * days from the first day planned; closer, it is refused with the first date that works on the weekday asked for.
     * The rebuild runs at most {@link PlanDates#MAX_WEEKS} weeks counting the week under way: a race further out is
     * refused with the latest race day on that weekday (not the new-plan "start between" range, a start the runner on
     * the way cannot change).
     */
    static void check(final PlanChange change, final LocalDate asOf, final LocalDate start, final LocalDate weekStart) {
        if (change.raceDate().isEmpty()) {
            return;
        }
        final LocalDate race = change.raceDate().get();
        final LocalDate earliest = start.plusDays(Replanner.MIN_DAYS_TO_NEW_RACE);
        if (race.isBefore(asOf)) {
            throw new PlanInputException(PlanField.RACE_DATE, "replanRacePast", race, asOf);
        }
        if (race.isBefore(earliest)) {
            throw new PlanInputException(PlanField.RACE_DATE, "replanRaceTooSoon", race, Replanner.MIN_DAYS_TO_NEW_RACE / 7,
                    earliest.with(TemporalAdjusters.nextOrSame(race.getDayOfWeek())));
        }
        final LocalDate latest = weekStart.plusDays(7L * PlanDates.MAX_WEEKS - 1);
        if (race.isAfter(latest)) {
            throw new PlanInputException(PlanField.RACE_DATE, "replanRaceTooFar", race, PlanDates.MAX_WEEKS,
                    latest.with(TemporalAdjusters.previousOrSame(race.getDayOfWeek())));
        }
    }
}
