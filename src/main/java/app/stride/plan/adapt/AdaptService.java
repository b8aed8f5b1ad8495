package app.stride.plan.adapt;

import app.stride.common.InvalidInputException;
import app.stride.plan.PlanRepository;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.TrainingLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Re-planning for the app and the command line: {@link #propose} previews what would change, {@link #apply} stores
 * it as the plan's next version (the previous one stays as history; logged runs stay linked).
 */
public final class AdaptService {

    private final PlanRepository plans;
    private final TrainingLog log;
    private final Clock clock;
    private final Supplier<DistanceUnit> unit;

    /** A service for a kilometre runner. */
    public AdaptService(final PlanRepository plans, final TrainingLog log, final Clock clock) {
        this(plans, log, clock, () -> DistanceUnit.KM);
    }

    /**
     * A service whose rebuilt weeks are set in the runner's {@code unit} (read when a proposal is made: the settings'
     * distance unit, as for a new plan; the plan itself does not store it).
     */
    public AdaptService(final PlanRepository plans, final TrainingLog log, final Clock clock, final Supplier<DistanceUnit> unit) {
        this.plans = Objects.requireNonNull(plans);
        this.log = Objects.requireNonNull(log);
        this.clock = Objects.requireNonNull(clock);
        this.unit = Objects.requireNonNull(unit);
    }

    /** The proposal for today. */
    public Proposal propose() {
        return propose(LocalDate.now(clock), PlanChange.none());
    }

    /**
     * The proposal as if today were {@code asOf}, with the runner's {@code change} (race date, days, goal) if any.
     * Throws {@link InvalidInputException} (field {@code plan}) when there is no current plan, or naming the field
     * when the change cannot be planned.
     */
    public Proposal propose(final LocalDate asOf, final PlanChange change) {
        return propose(asOf, change, unit.get());
    }

    /** As {@link #propose(LocalDate, PlanChange)}, with workouts set in {@code runnerUnit} (the command line's --units). */
    public Proposal propose(final LocalDate asOf, final PlanChange change, final DistanceUnit runnerUnit) {
        final PlanVersion current = plans.currentVersion()
                .orElseThrow(() -> InvalidInputException.coded("plan", "adapt.error.noPlan"));
        // Sessions logged as skipped are kept in the log with their note, but they are not running.
        return new Replanner(runnerUnit).propose(current, log.recentRuns(Integer.MAX_VALUE).stream().filter(LoggedRun::ran).toList(), asOf, change);
    }

    /**
     * Stores the proposal's next version and returns its id; empty when the proposal changes nothing. Refused
     * (field {@code plan}) when the plan changed since the proposal was made.
     */
    public Optional<Long> apply(final Proposal proposal) {
        if (proposal.next().isEmpty()) {
            return Optional.empty();
        }
        final Proposal.NextVersion next = proposal.next().get();
        // A session ticked off, skipped or moved since the preview would be dropped from the new version: refuse.
        final Optional<PlanVersion> now = plans.currentVersion();
        if (now.map(PlanVersion::id).filter(id -> id == next.basedOn()).isEmpty()
                || !Proposal.NextVersion.basisOf(now.get().sessions()).equals(next.basis())) {
            throw InvalidInputException.coded("plan", "adapt.error.stale");
        }
        return Optional.of(plans.saveVersion(next.basedOn(), next.from(), next.plan(), next.sameAs()));
    }
}
