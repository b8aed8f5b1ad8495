package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceResult;
import app.stride.plan.RunWalk;
import app.stride.settings.DistanceUnit;
import app.stride.plan.PlanDates;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import app.stride.plan.RaceTime;
import java.time.Duration;
import java.util.Optional;

/** Reads the plan form's typed answers into a request: times, whole numbers and decimals, stopping at the first mistake. */
final class FormAnswers {

    private FormAnswers() {
    }

    /** A field the runner has to fix: stops the form's checks at the first mistake. */
    static final class Mistake extends RuntimeException {
        private final FormField field;

        Mistake(final FormField field, final String key) {
            super(Messages.get(key, field.label()), null, false, false);
            this.field = field;
        }

        FormField field() {
            return field;
        }
    }

    static Optional<Duration> time(final FormField field, final String text, final boolean required) {
        if (isBlank(text)) {
            if (required) {
                throw new Mistake(field, "planscreen.error.required");
            }
            return Optional.empty();
        }
        return Optional.of(RaceTime.parse(text).orElseThrow(() -> new Mistake(field, "planscreen.error.time")));
    }

    /** A whole number of 0 or more; empty when the field is blank and optional. */
    static Optional<Integer> whole(final FormField field, final String text, final boolean required) {
        if (isBlank(text)) {
            if (required) {
                throw new Mistake(field, "planscreen.error.required");
            }
            return Optional.empty();
        }
        return Optional.of(wholeOrEmpty(text).orElseThrow(() -> new Mistake(field, "planscreen.error.integer")));
    }

    static Optional<Integer> wholeOrEmpty(final String text) {
        try {
            final int v = Integer.parseInt(text == null ? "" : text.strip());
            return v >= 0 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A number of 0 or more in the runner's unit (a decimal comma is fine); empty when blank and optional. */
    static Optional<Double> decimal(final FormField field, final String text, final boolean required) {
        if (isBlank(text)) {
            if (required) {
                throw new Mistake(field, "planscreen.error.required");
            }
            return Optional.empty();
        }
        try {
            final double v = Double.parseDouble(text.strip().replace(',', '.'));
            if (v >= 0 && Double.isFinite(v)) {
                return Optional.of(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Mistake(field, "planscreen.error.number");
    }

    static boolean isBlank(final String s) {
        return s == null || s.isBlank();
    }
    /** The form's answers as a request; throws {@link Mistake} at the first field to fix. */
    static PlanRequest request(final PlanFormViewModel vm) {
        final Goal g = vm.goalProperty().get().goal();
        final boolean race = g != Goal.CONSISTENCY;
        if (race && vm.raceDateProperty().get() == null) {
            throw new Mistake(FormField.RACE_DATE, "planscreen.error.date");
        }
        final Optional<Duration> target = g == Goal.TIME ? time(FormField.TARGET_TIME, vm.targetTimeProperty().get(), false) : Optional.empty();
        if (vm.startDateProperty().get() == null) {
            throw new Mistake(FormField.START_DATE, "planscreen.error.date");
        }
        final FitnessInput fit = fitnessInput(vm);
        final Set<DayOfWeek> chosen = chosenDays(vm);
        if (chosen.size() < 2) {
            throw new Mistake(FormField.DAYS, "planscreen.error.days");
        }
        return new PlanRequest(g, race ? Optional.of(vm.distanceProperty().get()) : Optional.empty(), target,
                Optional.of(vm.startDateProperty().get()), race ? Optional.of(vm.raceDateProperty().get()) : Optional.empty(),
                race ? Optional.empty() : Optional.of(vm.weeksProperty().get()), chosen, vm.longRunDayProperty().get(), fit);
    }

    private static FitnessInput fitnessInput(final PlanFormViewModel vm) {
        final int daysOff = whole(FormField.WEEKS_OFF, vm.weeksOffProperty().get(), true).orElseThrow() * 7;
        final boolean cross = vm.crossTrainedProperty().get();
        final DistanceUnit unit = vm.unit();
        final Optional<RaceResult> raceResult = vm.fitnessProperty().get() != FitnessChoice.RACE ? Optional.empty()
                : Optional.of(new RaceResult(vm.recentDistanceProperty().get(), time(FormField.RECENT_TIME, vm.recentTimeProperty().get(), true).orElseThrow()));
        final boolean training = vm.fitnessProperty().get() == FitnessChoice.TRAINING;
        final Optional<Double> weeklyM = training ? decimal(FormField.WEEKLY, vm.weeklyProperty().get(), true).map(unit::toMetres) : Optional.empty();
        final Optional<Integer> runs = training ? whole(FormField.RUNS_PER_WEEK, vm.runsPerWeekProperty().get(), false) : Optional.empty();
        final Optional<Double> longestM = training ? decimal(FormField.LONGEST_RUN, vm.longestRunProperty().get(), false).map(unit::toMetres)
                : Optional.empty();
        final Optional<Integer> continuous = vm.fitnessProperty().get() == FitnessChoice.MINUTES
                // The hint says "0 is fine: the plan starts with walking", so blank means the same 0, not a mistake.
                ? Optional.of(whole(FormField.MINUTES, vm.minutesProperty().get(), false).orElse(0)) : Optional.empty();
        Optional<RunWalk> runWalk = Optional.empty();
        if (vm.fitnessProperty().get() == FitnessChoice.RUN_WALK) {
            final Optional<Integer> run = wholeOrEmpty(vm.runSecondsProperty().get());
            final Optional<Integer> walk = wholeOrEmpty(vm.walkSecondsProperty().get());
            if (run.orElse(0) == 0 || walk.orElse(0) == 0) {
                throw new Mistake(FormField.RUN_WALK, "planscreen.error.runWalk");
            }
            runWalk = Optional.of(new RunWalk(run.get(), walk.get()));
        }
        return new FitnessInput(raceResult, weeklyM, runs, longestM, continuous, runWalk, daysOff, cross);
    }

    private static Set<DayOfWeek> chosenDays(final PlanFormViewModel vm) {
        final Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (vm.dayProperty(d).get()) {
                out.add(d);
            }
        }
        return out;
    }

    /** "From Mon 11 Jan to race day: 8 weeks of training.", or what to change. */
    static String lengthText(final PlanFormViewModel vm) {
        final LocalDate s = vm.startDateProperty().get();
        if (s == null) {
            return "";
        }
        if (vm.goalProperty().get() == GoalChoice.REGULAR) {
            final Integer w = vm.weeksProperty().get();
            return w == null ? "" : Messages.get("planscreen.length.regular", app.stride.format.Dates.day(s),
                    app.stride.format.Dates.day(s.plusDays(7L * w - 1)));
        }
        final LocalDate r = vm.raceDateProperty().get();
        if (r == null) {
            return "";
        }
        final long w = r.isBefore(s) ? 0 : ChronoUnit.DAYS.between(s, r) / 7 + 1;
        if (PlanDates.startsLater(s, r)) {
            // The plan starts later, 12 weeks out (coach review 5, n10); until then the runner keeps running as now.
            return Messages.get("planscreen.length.raceLater", w, app.stride.format.Dates.day(r.minusDays(7L * PlanDates.MAX_WEEKS - 1)));
        }
        return w < PlanDates.MIN_WEEKS || w > PlanDates.MAX_WEEKS ? Messages.get("planscreen.length.raceOut")
                : Messages.get("planscreen.length.race", app.stride.format.Dates.day(s), w);
    }
}
