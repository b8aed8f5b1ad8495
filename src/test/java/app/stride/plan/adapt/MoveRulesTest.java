package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.adapt.MoveRules.Rule;
import app.stride.plan.adapt.MoveRules.Slot;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one set of move rules that Today's move and life happens' "another day" share. */
class MoveRulesTest {

    private static final LocalDate MON = LocalDate.of(2027, 3, 1);
    private static final LocalDate LAST = MON.plusDays(20);

    private static Slot easy(final long id, final LocalDate d) {
        return new Slot(id, d, false, false, false);
    }

    private static Slot hard(final long id, final LocalDate d) {
        return new Slot(id, d, true, false, false);
    }

    private static Optional<Rule> rule(final Slot moving, final LocalDate to, final List<Slot> plan) {
        return MoveRules.check(moving, to, plan, MON, LAST).map(MoveRules.Refusal::rule);
    }

    @Test
    void aFreeDayWithinThePlanIsAllowed() {
        final Slot s = easy(1, MON);
        assertThat(rule(s, MON.plusDays(1), List.of(s, easy(2, MON.plusDays(2))))).isEmpty();
        assertThat(rule(s, MON, List.of(s))).as("today itself").isEmpty();
    }

    @Test
    void eachRuleIsNamed() {
        final Slot s = easy(1, MON.plusDays(1));
        final Slot other = easy(2, MON.plusDays(3));
        assertThat(rule(s, MON.minusDays(1), List.of(s))).contains(Rule.PAST);
        assertThat(rule(new Slot(1, MON.plusDays(1), true, true, false), MON.plusDays(2), List.of())).contains(Rule.RACE);
        assertThat(rule(s, LAST.plusDays(1), List.of(s))).contains(Rule.BEYOND);
        assertThat(MoveRules.check(s, MON.plusDays(3), List.of(s, other), MON, LAST).orElseThrow())
                .isEqualTo(new MoveRules.Refusal(Rule.TAKEN, Optional.of(other)));
    }

    @Test
    void hardNeverNextToHardButEasyMayBe() {
        final Slot tempo = hard(1, MON);
        final Slot intervals = hard(2, MON.plusDays(3));
        assertThat(rule(tempo, MON.plusDays(2), List.of(tempo, intervals))).contains(Rule.HARD_NEXT_TO_HARD);
        assertThat(rule(tempo, MON.plusDays(4), List.of(tempo, intervals))).contains(Rule.HARD_NEXT_TO_HARD);
        assertThat(rule(easy(1, MON), MON.plusDays(2), List.of(intervals))).isEmpty();
    }

    @Test
    void aSkippedSessionLeavesItsDayFree() {
        final Slot s = hard(1, MON);
        final Slot letGo = new Slot(2, MON.plusDays(2), true, false, true);
        assertThat(rule(s, MON.plusDays(2), List.of(s, letGo))).isEmpty();
        assertThat(rule(s, MON.plusDays(1), List.of(s, letGo))).isEmpty();
    }

    @Test
    void theFirstFreeDaySkipsTakenAndHardNeighboursAndStopsAtThePlansEnd() {
        final Slot tempo = hard(1, MON);
        final List<Slot> plan = List.of(tempo, easy(2, MON.plusDays(1)), hard(3, MON.plusDays(3)));
        // Tuesday taken, Wednesday next to the hard Thursday, Thursday taken, Friday next to it: Saturday.
        assertThat(MoveRules.firstFreeDay(tempo, plan, MON, LAST, 7)).contains(MON.plusDays(5));
        assertThat(MoveRules.firstFreeDay(tempo, plan, MON, MON.plusDays(4), 7)).isEmpty();
        assertThat(MoveRules.firstFreeDay(tempo, plan, MON, LAST, 3)).isEmpty();
    }
}
