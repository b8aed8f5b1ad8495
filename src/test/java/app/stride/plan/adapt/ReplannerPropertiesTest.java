package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Plan;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanRules;
import app.stride.plan.Runners;
import app.stride.plan.Session;
import app.stride.plan.SessionType;
import app.stride.store.PlanRoundTripTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Over a spread of runners (every goal, distance, calendar and fitness), each kind of break: the proposal follows the
 * rules, never touches a day before the as-of day, keeps the race date, and every rebuilt future obeys PlanRules.
 */
class ReplannerPropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyBreakGivesAProposalThatKeepsThePastAndTheRules() {
        final List<String> broken = new ArrayList<>();
        int rebuilds = 0;
        int bridges = 0;
        for (PlanRequest r : PlanRoundTripTest.requests(120)) {
            final Optional<Plan> made = Runners.made(CLOCK, r);
            if (made.isEmpty()) {
                continue;
            }
            final Plan plan = made.get();
            final LocalDate start = plan.startDate();
            // Ran the first two weeks, then: 3 days off (bridge if 2+ missed), 12 days off (rebuild or, near the race, bridge).
            for (int off : new int[] {4, 13}) {
                final LocalDate lastDone = start.plusDays(13);
                final LocalDate asOf = lastDone.plusDays(off);
                final ReplannerTest.Followed f = ReplannerTest.followed(plan, lastDone, d -> false);
                final Proposal p = new Replanner().propose(f.version(), f.log(), asOf, PlanChange.none());
                final String who = r + " off " + off + ": ";
                final long missed = plan.sessions().stream().filter(s -> s.date().isAfter(lastDone) && s.date().isBefore(asOf)).count();
                if (p.missed() != missed) {
                    broken.add(who + "missed " + p.missed() + " not " + missed);
                }
                final LocalDate lastRun = plan.sessions().stream().map(Session::date).filter(d -> !d.isAfter(lastDone))
                        .max(LocalDate::compareTo).orElseThrow();
                final long daysWithout = java.time.temporal.ChronoUnit.DAYS.between(lastRun, asOf) - 1;
                if (p.daysWithoutRunning() != daysWithout) {
                    broken.add(who + "days without running " + p.daysWithoutRunning() + " not " + daysWithout);
                }
                final ProposalKind expected = daysWithout >= Replanner.REBUILD_DAYS_OFF && missed >= 1
                        ? (p.warnings().contains(AdaptWarning.TOO_CLOSE_TO_REBUILD) ? ProposalKind.BRIDGE : ProposalKind.REBUILD)
                        : missed >= 2 ? ProposalKind.BRIDGE : ProposalKind.CARRY_ON;
                if (p.kind() != expected && !(expected == ProposalKind.BRIDGE && p.kind() == ProposalKind.CARRY_ON
                        && p.changes().isEmpty())) {
                    broken.add(who + p.kind() + " instead of " + expected);
                }
                if (p.changes().stream().anyMatch(c -> c.date().isBefore(asOf))) {
                    broken.add(who + "a change before the as-of day");
                }
                if (p.next().isEmpty()) {
                    continue;
                }
                final Plan next = p.next().get().plan();
                if (!next.raceDate().equals(plan.raceDate())) {
                    broken.add(who + "race date moved");
                }
                final List<Session> past = plan.sessions().stream().filter(s -> s.date().isBefore(asOf)).toList();
                if (!next.sessions().subList(0, past.size()).equals(past)) {
                    broken.add(who + "the past was rewritten");
                }
                if (p.kind() == ProposalKind.REBUILD) {
                    rebuilds++;
                    PlanRules.check(ReplannerTest.future(next, plan, asOf)).forEach(v -> broken.add(who + v));
                } else {
                    bridges++;
                    for (SessionChange c : p.changes()) {
                        final Session to = c.to().orElseThrow();
                        // After the bridge, sessions only get shorter (coach review D4: growth from the weeks run).
                        final boolean after = c.date().isAfter(asOf.plusDays(6));
                        if (!after && (to.type().isQuality() || to.type() == SessionType.LONG || to.load().workM() > 0)
                                || to.load().totalM() > c.from().orElseThrow().load().totalM() + 1e-6) {
                            broken.add(who + "bridge session not easy and shorter on " + c.date());
                        }
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(rebuilds).isGreaterThan(30);
        assertThat(bridges).isGreaterThan(30);
    }
}
