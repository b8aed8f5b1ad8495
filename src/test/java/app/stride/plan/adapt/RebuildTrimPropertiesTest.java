package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.FitnessInput;
import app.stride.plan.Phase;
import app.stride.plan.Plan;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanRules;
import app.stride.plan.PlanWeek;
import app.stride.plan.Runners;
import app.stride.plan.Session;
import app.stride.plan.SessionType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Over generated runners (the plan property tests' generator, fixed seed): a rebuild asking more than the original
 * plan (a fitter runner, a later race) is trimmed by {@link RebuildTrim#within} to never exceed the original's peak
 * week or longest session, and keeps every PlanRules rule the rebuild kept; a rebuild that cannot be trimmed so says
 * so in a note instead of silently staying above.
 */
class RebuildTrimPropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-30T10:00:00Z"), ZoneOffset.UTC);
    private static final int RUNNERS = 600;

    @Test
    void rebuildsNeverExceedTheOriginalsPeakOrLongestAndKeepEveryRule() {
        final Random rnd = new Random(18_2027L);
        final List<String> broken = new ArrayList<>();
        int trimmed = 0;
        int noted = 0;
        for (int i = 0; i < RUNNERS; i++) {
            final PlanRequest r = Runners.randomRequest(rnd);
            final double more = 1.05 + 0.3 * rnd.nextDouble();
            final int later = rnd.nextInt(3);
            final Optional<Plan> madeOriginal = Runners.made(CLOCK, r);
            final Optional<Plan> madeRebuilt = madeOriginal.flatMap(o -> Runners.made(CLOCK, bigger(r, more, later)));
            if (madeRebuilt.isEmpty()) {
                continue;
            }
            final Plan original = madeOriginal.get();
            final Plan rebuilt = madeRebuilt.get();
            final String who = Runners.describe(r) + " x" + Math.round(more * 100) / 100.0 + " +" + later + "w: ";
            final Plan out = RebuildTrim.within(rebuilt, original, rebuilt.startDate());
            if (out != rebuilt) {
                trimmed++;
            }
            if (out.warnings().stream().anyMatch(m -> m.code().equals(RebuildTrim.ABOVE_PEAK))) {
                // Visibly kept as made: the generator's weeks, every rule it kept.
                noted++;
                if (!out.weeks().equals(rebuilt.weeks())) {
                    broken.add(who + "noted, but not the generator's weeks");
                }
                continue;
            }
            final boolean byTime = RebuildTrim.byTime(original);
            final double peakM = RebuildLimits.peak(original);
            final double peakMin = RebuildLimits.peakMinutes(original);
            final double longestM = RebuildTrim.longest(original, false);
            final double longestMin = RebuildTrim.longest(original, true);
            for (PlanWeek w : out.weeks()) {
                if (w.phase() == Phase.RUN_WALK) {
                    continue;
                }
                if (w.trainingM() > peakM + 1) {
                    broken.add(who + "week " + w.number() + " " + Math.round(w.trainingM()) + " m above the peak " + Math.round(peakM));
                }
                if (byTime && RebuildTrim.minutes(w) > peakMin + 0.5) {
                    broken.add(who + "week " + w.number() + " " + RebuildTrim.minutes(w) + " min above the peak " + peakMin);
                }
                for (Session s : w.sessions()) {
                    if (!s.type().isRun() || s.type() == SessionType.RACE) {
                        continue;
                    }
                    if (s.load().totalM() > longestM + 1 || byTime && RebuildTrim.minutes(s) > longestMin + 0.5) {
                        broken.add(who + s.date() + " " + s.type() + " longer than the original's longest");
                    }
                }
            }
            if (PlanRules.check(rebuilt).isEmpty()) {
                PlanRules.check(out).forEach(v -> broken.add(who + v));
            }
        }
        assertThat(broken).isEmpty();
        assertThat(trimmed).as("rebuilds trimmed").isGreaterThan(RUNNERS / 5);
        // Whole run/walk cycles and minimum step lengths cannot always shrink in proportion, and the safety rules
        // come first: those rebuilds stay as the generator made them, with the note (measured: about a fifth here,
        // where rebuilds ask up to 35% more; in production RebuildLimits regenerates smaller first).
        assertThat(noted).as("rebuilds left above the peak, with a note, of " + trimmed).isLessThan(trimmed / 3);
    }

    /** {@code r} for a runner who says they run {@code more} times as much, with the race {@code later} weeks on. */
    private static PlanRequest bigger(final PlanRequest r, final double more, final int later) {
        final FitnessInput f = r.fitness();
        final FitnessInput up = new FitnessInput(f.recentRace(), f.weeklyM().map(m -> m * more), f.runsPerWeek(),
                f.longestRunM().map(m -> m * more), f.continuousMin().map(m -> (int) Math.round(m * more)), f.runWalk(),
                f.daysOff(), f.crossTrained());
        return new PlanRequest(r.goal(), r.distance(), r.targetTime(), r.startDate(), r.raceDate().map(d -> d.plusWeeks(later)),
                r.weeks().map(w -> w + later), r.days(), r.longRunDay(), up, r.replan());
    }
}
