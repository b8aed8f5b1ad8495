package app.stride.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The plan's calendar: week 1 starts on {@code start}, week {@code n} covers days 7(n-1) to 7n-1 after it, and the
 * race (if any) falls in the last week. A race already past is refused, and so is a race too close for a plan that
 * starts today (its first weeks would be in the past); a start the runner gives in the past is allowed (they began).
 */
public record PlanDates(LocalDate start, int weeks, Optional<LocalDate> race) {

    public static final int MIN_WEEKS = 6;
    public static final int MAX_WEEKS = 12;
    /** A given start may move this many weeks later at most, for a race beyond {@link #MAX_WEEKS} (coach review 5, n10). */
    static final int LATER_START_MAX_WEEKS = 4;
    /** Whether a race this far after the start is planned as 12 weeks starting later (13–16 weeks away; coach review 5, n10). */
    public static boolean startsLater(final LocalDate start, final LocalDate race) {
        final long days = ChronoUnit.DAYS.between(start, race);
        return !race.isBefore(start) && days >= 7L * MAX_WEEKS && days < 7L * (MAX_WEEKS + LATER_START_MAX_WEEKS);
    }

    /** The shortest plan toward a race close by, for a runner who already runs (hold, sharpen, taper). */
    public static final int SHORT_MIN_WEEKS = 3;

    /** The last day of the plan: race day, or the end of the last week. */
    public LocalDate end() {
        return race.orElse(start.plusDays(7L * weeks - 1));
    }

    /** The Monday on or after {@code today}: plans start on a fresh week unless the runner says otherwise. */
    public static LocalDate defaultStart(final LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /** Weeks a race plan runs by default when only the start is known. */
    static int defaultWeeks(final PlanRequest r) {
        return r.distance().map(d -> switch (d) {
            case HALF -> 12;
            case TEN_K -> 10;
            // Couch to 5K from its first week is the NHS's nine weeks (training.md): a default never drops week 9.
            default -> couchFromTheStart(r) ? 9 : 8;
        }).orElse(8);
    }

    private static boolean couchFromTheStart(final PlanRequest r) {
        final Fitness f = Fitness.assess(r.fitness());
        return f.level() == Fitness.Level.WALK_RUN && f.c25kStage() <= 1;
    }

    /** Fixes start, race and weeks from any two of them (or defaults), refusing impossible combinations. */
    public static PlanDates resolve(final PlanRequest r, final LocalDate today) {
        final int min = minWeeks(r);
        r.weeks().ifPresent(w -> checkWeeks(w, min));
        if (!r.hasRace()) {
            if (r.raceDate().isPresent()) {
                throw new PlanInputException(PlanField.RACE_DATE, "raceDateConsistency");
            }
            return new PlanDates(r.startDate().orElse(defaultStart(today)), r.weeks().orElse(8), Optional.empty());
        }
        final Optional<LocalDate> start = r.startDate();
        final Optional<LocalDate> race = r.raceDate();
        final Optional<Integer> weeks = r.weeks();
        if (race.isPresent() && race.get().isBefore(today) && !r.replan()) {
            throw new PlanInputException(PlanField.RACE_DATE, "racePast", race.get(), today,
                    earliestRace(defaultStart(today), MIN_WEEKS, race.get()));
        }
        if (start.isPresent() && race.isPresent() && weeks.isEmpty() && !r.replan() && startsLater(start.get(), race.get())) {
            // A race up to 4 weeks beyond 12 after the start (coach review 5, n10: 13 weeks was an error): the plan
            // starts later, 12 weeks out, as with a race date alone, and says until when to keep running as now
            // (PlanGenerator: startsLater). Further away, the start the runner gave is too far off: the range is said.
            return new PlanDates(race.get().minusDays(7L * MAX_WEEKS - 1), MAX_WEEKS, race);
        }
        if (start.isPresent() && race.isPresent()) {
            final int w = weeksBetween(start.get(), race.get(), min, today, true);
            if (weeks.isPresent() && weeks.get() != w) {
                throw new PlanInputException(PlanField.WEEKS, "weeksMismatch", start.get(), race.get(), w);
            }
            return new PlanDates(start.get(), w, race);
        }
        if (race.isPresent()) {
            final LocalDate rd = race.get();
            if (weeks.isPresent()) {
                final LocalDate s = rd.minusDays(7L * weeks.get() - 1);
                if (s.isBefore(today) && !r.replan()) {
                    // Counting back from the race would put the first sessions in the past.
                    throw new PlanInputException(PlanField.RACE_DATE, "raceTooClose", rd, weeks.get(),
                            earliestRace(defaultStart(today), weeks.get(), rd));
                }
                return new PlanDates(s, weeks.get(), race);
            }
            final LocalDate s = defaultStart(today);
            if (rd.isBefore(s)) {
                throw new PlanInputException(PlanField.RACE_DATE, "raceBeforeStart", rd, s);
            }
            if (ChronoUnit.DAYS.between(s, rd) >= 7L * MAX_WEEKS) {
                // A race far away: the plan simply starts later, 12 weeks out.
                return new PlanDates(rd.minusDays(7L * MAX_WEEKS - 1), MAX_WEEKS, race);
            }
            return new PlanDates(s, weeksBetween(s, rd, min, today, false), race);
        }
        final LocalDate s = start.orElse(defaultStart(today));
        final int w = weeks.orElse(defaultWeeks(r));
        return new PlanDates(s, w, Optional.of(raceDay(s, w, r.days())));
    }

    /**
     * Race day when the runner gave no date: the last of their running days in the plan's last week (a race on a day
     * they do not run, e.g. Sunday for {@code tue,sat}, would be a day they cannot make).
     */
    static LocalDate raceDay(final LocalDate start, final int weeks, final java.util.Set<DayOfWeek> days) {
        final LocalDate last = start.plusDays(7L * weeks - 1);
        for (int i = 0; i < 7; i++) {
            if (days.contains(last.minusDays(i).getDayOfWeek())) {
                return last.minusDays(i);
            }
        }
        return last;
    }

    /**
     * The fewest weeks a plan may have: a re-plan any; a race on a given date for a runner who already runs
     * {@link #SHORT_MIN_WEEKS} (hold, sharpen, taper), whether the plan starts next Monday or on a start the runner
     * gives (coach review n12/n13: the two paths disagreed); anyone else {@link #MIN_WEEKS}. A length the runner picks
     * with {@code --weeks} alone stays 6–12: with no race date nothing forces a plan too short to build.
     */
    static int minWeeks(final PlanRequest r) {
        if (r.replan()) {
            return 1;
        }
        return r.raceDate().isPresent() && alreadyRuns(r.fitness()) ? SHORT_MIN_WEEKS : MIN_WEEKS;
    }

    /**
     * A runner who already runs (a recent race or 10+ km a week, no long break, not starting from walking) can take a
     * short plan to a race close by: hold the volume, sharpen, taper.
     */
    static boolean alreadyRuns(final FitnessInput f) {
        return (f.recentRace().isPresent() || f.weeklyM().orElse(0.0) >= 10000) && f.daysOff() < ReturnerRamp.RAMP_FROM
                && f.continuousMin().map(m -> m >= 30).orElse(true);
    }

    private static int weeksBetween(final LocalDate start, final LocalDate race, final int min, final LocalDate today,
                                    final boolean givenStart) {
        if (race.isBefore(start)) {
            throw new PlanInputException(PlanField.RACE_DATE, "raceBeforeStart", race, start);
        }
        final long w = ChronoUnit.DAYS.between(start, race) / 7 + 1;
        if (w < min || w > MAX_WEEKS) {
            // Never suggest a start before today: if the whole range is past, suggest the earliest race instead.
            // The range the runner is told: a re-plan's refusals speak of an ordinary plan's weeks.
            final int floor = min < SHORT_MIN_WEEKS ? MIN_WEEKS : min;
            final LocalDate earliest = race.minusDays(7L * MAX_WEEKS - 1);
            final LocalDate latest = race.minusDays(7L * (floor - 1));
            if (latest.isBefore(today) && givenStart && w < min && !start.isBefore(today)) {
                // The start given is today or later: the limit is the weeks between it and the race, not the past.
                throw new PlanInputException(PlanField.RACE_DATE, "tooFewWeeks", start, race, w, min,
                        earliestRace(start, min, race));
            }
            if (latest.isBefore(today)) {
                throw new PlanInputException(PlanField.RACE_DATE, "raceTooClose", race, floor,
                        earliestRace(defaultStart(today), floor, race));
            }
            throw new PlanInputException(PlanField.RACE_DATE, "datesRange", floor, MAX_WEEKS, race,
                    earliest.isBefore(today) ? today : earliest, latest, w);
        }
        return (int) w;
    }

    /**
     * The first race day, on the weekday the runner asked for (a Sunday race is never moved to a Monday), that gives
     * a plan from {@code start} at least {@code weeks} weeks.
     */
    static LocalDate earliestRace(final LocalDate start, final int weeks, final LocalDate asked) {
        return start.plusDays(7L * (weeks - 1)).with(TemporalAdjusters.nextOrSame(asked.getDayOfWeek()));
    }

    private static void checkWeeks(final int w, final int min) {
        if (w < min || w > MAX_WEEKS) {
            throw new PlanInputException(PlanField.WEEKS, "weeksRange", MIN_WEEKS, MAX_WEEKS, w);
        }
    }
}
