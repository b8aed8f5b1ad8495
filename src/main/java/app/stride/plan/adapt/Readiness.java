package app.stride.plan.adapt;

import app.stride.plan.Fitness;
import app.stride.plan.LongRunRule;
import app.stride.plan.Plan;
import app.stride.plan.PlanNote;
import app.stride.plan.SessionType;
import java.time.LocalDate;
import java.util.List;

/**
 * A re-plan that leaves the runner's longest run short of what the race usually needs says so, as {@code stride plan}
 * does with its {@code notReady} note: the rebuild is trimmed after the generator judged it (RebuildLimits,
 * RebuildTrim), so the finished version is judged again (coach review: a returner sent into a 10K after a 5.5 km
 * long run was told nothing).
 */
final class Readiness {

    private Readiness() {
    }

    /**
     * Adds {@link AdaptWarning#NOT_READY} when {@code next}'s longest session from {@code from} on is short for its race
     * (the old plan's weeks before it are kept in {@code next}, missed long runs too: they do not count).
     */
    static void warn(final Plan next, final LocalDate from, final List<AdaptWarning> warnings) {
        if (!next.request().hasRace() || next.request().distance().isEmpty() || warnings.contains(AdaptWarning.NOT_READY)) {
            return;
        }
        // The generator's own note (walkers: the Couch-to-5K stages that do not reach the race) carries over.
        final boolean told = next.warnings().stream().anyMatch(m -> PlanNote.saysNotReady(m) || PlanNote.C25K_SHORT.is(m));
        final double longest = next.sessions().stream().filter(s -> !s.date().isBefore(from))
                .filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                .mapToDouble(s -> s.load().totalM()).max().orElse(0);
        // Walkers go by time (their metres are minutes at one pace): only their own note counts.
        final boolean walker = next.fitness().level() == Fitness.Level.WALK_RUN;
        if (told || !walker && !LongRunRule.ready(longest, next.request().distance().get(), next.request().goal())) {
            warnings.add(AdaptWarning.NOT_READY);
        }
    }
}
