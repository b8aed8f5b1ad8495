package app.stride.plan;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Walk breaks are a bridge (`ContinuousAbility`), over generated returners: 28–180 days off, 20–60 km a week before,
 * 3–5 runs, an old longest run that covers the race distance's usual long run (5K 4 km, 10K 8 km, half 14 or 16 km),
 * 8–12 weeks. Every plan that is made and ready for the race (no `notReady`: a race the plan cannot build for keeps
 * its walk breaks, `Feasibility`) has no walk break in its last three weeks, race day included. Walker-runners (a
 * 10K of 1:03+ after the time-off table: easy pace 9:00/km or slower, `WalkerRunWalk`) keep their walk breaks by
 * design and are left out.
 */
class WalkBreaksBridgePropertiesTest {

    private static final List<DayOfWeek> ORDER = List.of(TUESDAY, THURSDAY, SUNDAY, SATURDAY, MONDAY, WEDNESDAY, FRIDAY);

    @Test
    void aReturnerWhoseOldLongRunCoversTheRaceEndsThePlanWithoutWalkBreaks() {
        final Random r = new Random(20261207);
        final List<String> bad = new ArrayList<>();
        int planned = 0;
        int walker = 0;
        for (int i = 0; i < 300; i++) {
            final RaceDistance d = RaceDistance.values()[r.nextInt(3)];
            final Goal goal = r.nextBoolean() ? Goal.TIME : Goal.FINISH;
            final double weeklyKm = 20 + r.nextInt(41);
            final int runs = 3 + r.nextInt(3);
            final double minimumKm = LongRunRule.usualMinimum(d, goal) / 1000;
            // The old longest run covers the usual long run and is at most half of the old week (and 24 km).
            final double longestKm = Math.min(Math.max(minimumKm, Math.min(24, weeklyKm / 2)),
                    minimumKm + r.nextInt(7));
            final int daysOff = 28 + r.nextInt(153);
            final int weeks = 8 + r.nextInt(5);
            final Optional<RaceResult> race = goal == Goal.TIME && r.nextBoolean()
                    ? Optional.of(new RaceResult(RaceDistance.TEN_K, Duration.ofSeconds(2400 + r.nextInt(1800))))
                    : Optional.empty();
            final EnumSet<DayOfWeek> days = EnumSet.copyOf(ORDER.subList(0, runs));
            final FitnessInput f = new FitnessInput(race, Optional.of(weeklyKm * 1000), Optional.of(runs),
                    Optional.of(longestKm * 1000), Optional.empty(), Optional.empty(), daysOff, r.nextInt(4) == 0);
            final String who = d + " " + goal + " " + weeklyKm + " km/wk " + runs + " runs longest " + longestKm
                    + " km " + daysOff + " days off " + weeks + " weeks " + race.map(x -> x.time().toString()).orElse("");
            final Optional<Plan> made = Runners.made(WalkBreaksBridgeTest.CLOCK, new PlanRequest(goal, Optional.of(d),
                    Optional.empty(), Optional.of(WalkBreaksBridgeTest.START), Optional.empty(), Optional.of(weeks),
                    days, Optional.empty(), f));
            if (made.isEmpty()) {
                continue;
            }
            final Plan p = made.get();
            if (p.warnings().stream().anyMatch(w -> PlanNote.saysNotReady(w) || w.code().equals("walkerRunWalk"))) {
                walker += p.warnings().stream().anyMatch(w -> w.code().equals("walkerRunWalk")) ? 1 : 0;
                continue;
            }
            planned++;
            final List<String> rules = PlanRules.check(p);
            if (!rules.isEmpty()) {
                bad.add(who + ": " + rules);
            }
            for (PlanWeek w : p.weeks().subList(Math.max(0, p.weeks().size() - 3), p.weeks().size())) {
                for (Session s : w.sessions()) {
                    if (s.runWalk().isPresent()) {
                        bad.add(who + ": walk breaks on " + s.date() + " (" + s.type() + ")");
                        break;
                    }
                }
            }
        }
        assertTrue(planned >= 150, "planned " + planned);
        assertTrue(walker <= 15, "walker-runners " + walker);
        assertTrue(bad.isEmpty(), () -> bad.size() + " findings over 300 runners\n" + String.join("\n", bad.subList(0, Math.min(30, bad.size()))));
    }
}
