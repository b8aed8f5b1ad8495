package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnerRampTest {

    @Test
    void eightWeeksOrMoreOffRampsAThirdHalfThreeQuarters() {
        assertThat(ReturnerRamp.share(120, 1)).contains(1 / 3.0);
        assertThat(ReturnerRamp.share(120, 2)).contains(0.5);
        assertThat(ReturnerRamp.share(120, 3)).contains(0.75);
        assertThat(ReturnerRamp.share(120, 4)).isEmpty();
    }

    @Test
    void fourToEightWeeksOffRampsHalfThreeQuarters() {
        assertThat(ReturnerRamp.share(42, 1)).contains(0.5);
        assertThat(ReturnerRamp.share(42, 2)).contains(0.75);
        assertThat(ReturnerRamp.weeks(42)).isEqualTo(2);
        assertThat(ReturnerRamp.weeks(20)).isZero();
    }

    @Test
    void walkBreaksLastUntilTheStatedAbilityWhichGrowsFiveMinutesAWeek() {
        assertThat(ReturnerRamp.continuousMinutes(Optional.of(20), 60, 1)).isEqualTo(20);
        assertThat(ReturnerRamp.continuousMinutes(Optional.of(20), 60, 3)).isEqualTo(30);
        assertThat(ReturnerRamp.continuousMinutes(Optional.empty(), 120, 1)).isEqualTo(30);
    }
}
