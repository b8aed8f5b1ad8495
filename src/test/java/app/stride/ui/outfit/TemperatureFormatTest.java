package app.stride.ui.outfit;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.Phrase;
import app.stride.format.Degrees;
import app.stride.outfit.DressShift;
import app.stride.outfit.LearnedBand;
import app.stride.outfit.OutfitLearning;
import app.stride.settings.TemperatureUnit;
import org.junit.jupiter.api.Test;

/** One temperature format on the Outfit screen: the header ("10 °C") and the cards' reasons and tips alike. */
class TemperatureFormatTest {

    @Test
    void headerAndCardTextUseTheSameFormat() {
        // the reviewer saw "10 °C" in the header and "10°C" in the cards: both now call Degrees.of, the one format
        assertThat(Degrees.of(10.0, TemperatureUnit.C)).isEqualTo("10 °C");
        assertThat(Degrees.of(-0.2, TemperatureUnit.C)).isEqualTo("0 °C");
    }

    @Test
    void shiftsAndWhatWasLearnedSayDifferencesTheSameWay() {
        assertThat(render(new DressShift("sun", 2.0).phrase(TemperatureUnit.C))).contains("2 °C warmer");
        final LearnedBand band = new LearnedBand(10, -5.0, 0, 0, 5);
        assertThat(render(OutfitLearning.explain(band, TemperatureUnit.C))).contains("around 13 °C").contains("5 °C warmer");
    }

    private static String render(final Phrase p) {
        return p.text();
    }
}
