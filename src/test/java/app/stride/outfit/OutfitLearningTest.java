package app.stride.outfit;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.TemperatureUnit;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OutfitLearningTest {

    @Test
    void bandsAreFiveDegreesWide() {
        assertThat(OutfitLearning.bandOf(4.4)).isEqualTo(0);
        assertThat(OutfitLearning.bandOf(5.0)).isEqualTo(5);
        assertThat(OutfitLearning.bandOf(-0.1)).isEqualTo(-5);
        assertThat(OutfitLearning.bandOf(-12.5)).isEqualTo(-15);
    }

    @Test
    void tooColdDressesWarmerTooWarmLighterOkOnlyCounts() {
        LearnedBand b = LearnedBand.empty(0);
        b = OutfitLearning.answer(b, FeedbackAnswer.TOO_COLD);
        assertThat(b.offsetC()).isEqualTo(1.0);
        b = OutfitLearning.answer(b, FeedbackAnswer.OK);
        assertThat(b.offsetC()).isEqualTo(1.0);
        assertThat(b.ok()).isEqualTo(1);
        b = OutfitLearning.answer(b, FeedbackAnswer.TOO_WARM);
        assertThat(b.offsetC()).isEqualTo(0.0);
        assertThat(b.answers()).isEqualTo(3);
    }

    @Test
    void offsetIsBounded() {
        LearnedBand b = LearnedBand.empty(5);
        for (int i = 0; i < 20; i++) {
            b = OutfitLearning.answer(b, FeedbackAnswer.TOO_COLD);
        }
        assertThat(b.offsetC()).isEqualTo(OutfitLearning.MAX_OFFSET_C);
        for (int i = 0; i < 30; i++) {
            b = OutfitLearning.answer(b, FeedbackAnswer.TOO_WARM);
        }
        assertThat(b.offsetC()).isEqualTo(-OutfitLearning.MAX_OFFSET_C);
    }

    @Property(tries = 200)
    void oppositeAnswersUndoEachOtherWithinBounds(@ForAll final List<FeedbackAnswer> answers) {
        LearnedBand b = LearnedBand.empty(10);
        for (FeedbackAnswer a : answers) {
            b = OutfitLearning.answer(b, a);
        }
        assertThat(Math.abs(b.offsetC())).isLessThanOrEqualTo(OutfitLearning.MAX_OFFSET_C);
        if (Math.abs(b.offsetC()) < OutfitLearning.MAX_OFFSET_C) {
            final double before = b.offsetC();
            assertThat(OutfitLearning.answer(OutfitLearning.answer(b, FeedbackAnswer.TOO_COLD), FeedbackAnswer.TOO_WARM).offsetC())
                    .isEqualTo(before);
        }
    }

    @Test
    void explanationsArePlainWordsInTheRunnersUnit() {
        final LearnedBand cold = new LearnedBand(0, 3, 3, 1, 0);
        assertThat(OutfitLearning.explain(cold, TemperatureUnit.F))
                .isEqualTo("You've felt cold 3 times around 37°F: we now dress you noticeably warmer there (as if it were 5°F colder).");
        assertThat(OutfitLearning.explain(new LearnedBand(15, -1, 0, 0, 1), TemperatureUnit.C))
                .isEqualTo("You've felt warm once around 18°C: we now dress you a bit lighter there (as if it were 1°C warmer).");
        assertThat(OutfitLearning.explain(new LearnedBand(15, 0, 1, 2, 1), TemperatureUnit.C))
                .isEqualTo("Around 18°C your outfit has been right on balance (4 answers): no change.");
    }

    @Test
    void offsetsApplyFullyInsideABandAndRampAcrossItsEdges() {
        final PersonalOffsets o = new PersonalOffsets(List.of(new LearnedBand(0, 2, 2, 0, 0)));
        assertThat(o.offsetAt(2.5)).isEqualTo(2.0);
        assertThat(o.offsetAt(0.0)).isEqualTo(1.0);
        assertThat(o.offsetAt(5.0)).isEqualTo(1.0);
        assertThat(o.offsetAt(10.0)).isEqualTo(0.0);
        assertThat(o.dressFor(2.5)).isEqualTo(0.5);
        assertThat(PersonalOffsets.NONE.dressFor(7.0)).isEqualTo(7.0);
    }

    @Test
    void opposingNeighboursNeverMakeColderDressLighter() {
        final PersonalOffsets o = new PersonalOffsets(List.of(new LearnedBand(0, 5, 5, 0, 0), new LearnedBand(5, -5, 0, 0, 5)));
        double previous = Double.NEGATIVE_INFINITY;
        for (double base = -5; base <= 15; base += 0.05) {
            final double d = o.dressFor(base);
            assertThat(d).isGreaterThanOrEqualTo(previous);
            previous = d;
        }
    }
}
