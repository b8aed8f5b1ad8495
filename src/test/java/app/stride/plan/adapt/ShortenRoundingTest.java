package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.common.InvalidInputException;
import app.stride.plan.Session;
import app.stride.text.StepText;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Review: a 31:30 session showed "32 min" on its chips and "31 min already" in the refusal; one rounding rule. */
class ShortenRoundingTest {

    @Test
    void theRefusalRoundsTheSessionsMinutesAsTheChipsDo() {
        final Session base = LifeHappensRulesTest.longRun(LifeHappensRulesTest.TODAY, 30);
        final Session s = new Session(base.date(), base.type(), base.distanceM(), Optional.of(Duration.ofSeconds(31 * 60 + 30)),
                base.pace(), base.effort(), base.runWalk(), base.steps(), base.description(), base.load());
        final String chip = StepText.duration(s.duration().orElseThrow());

        assertThatThrownBy(() -> ShortenSession.propose(LifeHappensRulesTest.open(1, s), 32, LifeHappensRulesTest.TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Today's session is 32 min already: type fewer minutes.")
                .hasMessageContaining(chip);
    }
}
