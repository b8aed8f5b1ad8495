package app.stride.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pace part of {@link PlanRules}: each week's sessions run at that week's paces ({@link WeekPaces}: a returner's
 * along the regain curve), the race pace appears only in race-pace work late in the plan and the race, and the race
 * pace never outruns the week's work (coach review 5, defect 1): a 5K's no quicker than the interval pace, a 10K's at
 * least {@value ThresholdLead#TEN_K_INTERVAL_LEAD_SEC_PER_KM} s/km slower, a half's at least
 * {@value ThresholdLead#LEAD_SEC_PER_KM} s/km slower than threshold.
 */
final class PaceRules {

    private PaceRules() {
    }

    /** Adds a line to {@code v} for every pace rule {@code plan} breaks. */
    static void check(final Plan plan, final List<String> v) {
        final Optional<List<TrainingPaces>> weekly = WeekPaces.of(plan);
        if (!weekly.map(w -> w.get(0)).equals(plan.paces())) {
            v.add("paces do not come from current fitness");
        }
        final int n = plan.weeks().size();
        for (int i = 0; i < n; i++) {
            final PlanWeek w = plan.weeks().get(i);
            final int index = i;
            final Set<PaceRange> allowed = new HashSet<>();
            final Optional<TrainingPaces> week = weekly.map(l -> l.get(index));
            week.ifPresent(p -> allowed.addAll(List.of(p.easy(), p.marathon(), p.threshold(), p.interval(), p.repetition())));
            boolean racePaceWork = false;
            for (Session s : w.sessions()) {
                final List<PaceRange> used = new ArrayList<>();
                s.pace().ifPresent(used::add);
                collect(s.steps(), used);
                for (PaceRange p : used) {
                    final boolean race = plan.racePace().equals(Optional.of(p))
                            && (s.type() == SessionType.RACE || s.type() == SessionType.RACE_PACE && i >= n - 4);
                    racePaceWork |= race;
                    if (!allowed.contains(p) && !race) {
                        v.add("pace " + p + " on " + s.date() + " is not from week " + w.number() + "'s fitness");
                    }
                }
            }
            if (racePaceWork && week.isPresent()) {
                lead(plan, w.number(), week.get(), plan.racePace().orElseThrow(), v);
            }
        }
    }

    /** The race pace of a week with race-pace work (or the race) is no quicker than the week's work allows. */
    private static void lead(final Plan plan, final int week, final TrainingPaces p, final PaceRange race,
                             final List<String> v) {
        final RaceDistance d = plan.request().distance().orElseThrow();
        final boolean half = ThresholdLead.applies(d);
        final PaceRange work = half ? p.threshold() : p.interval();
        final int lead = half ? ThresholdLead.LEAD_SEC_PER_KM : ThresholdLead.intervalLead(d);
        if (d != RaceDistance.MILE && race.midSecPerKm() < work.midSecPerKm() + lead) {
            v.add("race pace " + race + " in week " + week + " is not " + lead + " s/km slower than "
                    + (half ? "threshold " : "interval ") + work);
        }
    }

    private static void collect(final List<Step> steps, final List<PaceRange> out) {
        for (Step s : steps) {
            s.pace().ifPresent(out::add);
            collect(s.steps(), out);
        }
    }
}
