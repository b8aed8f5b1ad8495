package app.stride.plan.adapt;

import app.stride.plan.Plan;
import app.stride.plan.PlanRepository.SavedSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The re-plan for {@code asOf}: how many sessions in a row were missed, days since the last run, what is proposed,
 * each changed day, and what the runner should know as notes (a warning code with its arguments, e.g. the days and
 * week of {@link AdaptWarning#DAYS_USED_FROM}). {@code next} is what applying stores (empty when nothing changes).
 */
public record Proposal(LocalDate asOf, int missed, int daysWithoutRunning, ProposalKind kind, List<SessionChange> changes,
                       List<AdaptNote> notes, Optional<NextVersion> next) {

    public Proposal {
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
    }

    /** The notes' warning codes, each once, in order. */
    public List<AdaptWarning> warnings() {
        return notes.stream().map(AdaptNote::warning).distinct().toList();
    }

    /** The notes of warning {@code w} (one per week for {@link AdaptWarning#DAYS_USED_FROM}; none when not said). */
    public List<AdaptNote> notes(final AdaptWarning w) {
        return notes.stream().filter(n -> n.warning() == w).toList();
    }

    /**
     * The plan's next version, changed from {@code from} on: the whole plan (past as it was, the future as proposed)
     * and, by index in
     * {@code plan.sessions()}, the stored session each unchanged one is (so its tick-off and logged run go with it);
     * {@code basis} is what the proposal saw, so applying it after a tick-off elsewhere is refused.
     */
    public record NextVersion(long basedOn, LocalDate from, Plan plan, Map<Integer, Long> sameAs, List<String> basis) {

        /** What the proposal saw of the plan it is based on: each session's id, day and status. */
        public static List<String> basisOf(final List<SavedSession> sessions) {
            return sessions.stream().map(s -> s.id() + "@" + s.date() + ":" + s.status().code()).sorted().toList();
        }

        public NextVersion {
            sameAs = Map.copyOf(sameAs);
            basis = List.copyOf(basis);
        }
    }
}
