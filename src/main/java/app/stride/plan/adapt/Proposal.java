package app.stride.plan.adapt;

import app.stride.plan.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The re-plan for {@code asOf}: how many sessions in a row were missed, days since the last run, what is proposed,
 * each changed day, and warnings as codes ({@code warningArgs}: the arguments of those that have some, e.g.
 * {@link AdaptWarning#DAYS_USED_FROM}). {@code next} is what applying stores (empty when nothing changes).
 */
public record Proposal(LocalDate asOf, int missed, int daysWithoutRunning, ProposalKind kind, List<SessionChange> changes,
                       List<AdaptWarning> warnings, Optional<NextVersion> next, Map<AdaptWarning, List<Object>> warningArgs) {

    public Proposal {
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        warningArgs = Map.copyOf(warningArgs);
    }

    /** A proposal whose warnings have no arguments. */
    public Proposal(final LocalDate asOf, final int missed, final int daysWithoutRunning, final ProposalKind kind,
                    final List<SessionChange> changes, final List<AdaptWarning> warnings, final Optional<NextVersion> next) {
        this(asOf, missed, daysWithoutRunning, kind, changes, warnings, next, Map.of());
    }

    /** The arguments of warning {@code w} (none for most). */
    public List<Object> args(final AdaptWarning w) {
        return warningArgs.getOrDefault(w, List.of());
    }

    /**
     * The plan's next version, changed from {@code from} on: the whole plan (past as it was, the future as proposed)
     * and, by index in
     * {@code plan.sessions()}, the stored session each unchanged one is (so its tick-off and logged run go with it);
     * {@code basis} is what the proposal saw, so applying it after a tick-off elsewhere is refused.
     */
    public record NextVersion(long basedOn, LocalDate from, Plan plan, Map<Integer, Long> sameAs, List<String> basis) {

        /** What the proposal saw of the plan it is based on: each session's id, day and status. */
        public static List<String> basisOf(final List<app.stride.plan.PlanRepository.SavedSession> sessions) {
            return sessions.stream().map(s -> s.id() + "@" + s.date() + ":" + s.status().code()).sorted().toList();
        }

        public NextVersion {
            sameAs = Map.copyOf(sameAs);
            basis = List.copyOf(basis);
        }
    }
}
