package app.stride.gear;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** New-user review (issue 11): a pair at 84% of its life showed no warning (the last tenth only). Failed before. */
class ShoeWearLevelTest {

    private static Shoe at(final double km) {
        return new Shoe(1, "Pegasus", Optional.empty(), 0, 700_000, Optional.empty(), km * 1000);
    }

    @Test
    void gettingWornFromFourFifthsOfItsLifeAndPastItFromAllOfIt() {
        assertThat(at(559).wearLevel()).isEqualTo(Shoe.WearLevel.OK);
        assertThat(at(560).wearLevel()).isEqualTo(Shoe.WearLevel.NEAR_LIMIT);
        assertThat(at(588).wearLevel()).as("84%").isEqualTo(Shoe.WearLevel.NEAR_LIMIT);
        assertThat(at(699.9).wearLevel()).isEqualTo(Shoe.WearLevel.NEAR_LIMIT);
        assertThat(at(700).wearLevel()).isEqualTo(Shoe.WearLevel.WORN_OUT);
    }

    @Test
    void theShareUsedIsInWholePercentRoundedDown() {
        assertThat(at(588).percentUsed()).isEqualTo(84);
        assertThat(at(699.9).percentUsed()).as("not yet at its limit").isEqualTo(99);
        assertThat(at(700).percentUsed()).isEqualTo(100);
        assertThat(at(840).percentUsed()).isEqualTo(120);
    }
}
