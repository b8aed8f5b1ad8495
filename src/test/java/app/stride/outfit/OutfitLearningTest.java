package app.stride.outfit;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.TemperatureUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    static final int CASES = 200;
    static final long SEED = 20_261_125L;

    /**
     * {@value #CASES} answer sequences, deterministic: first n "too cold" then m "too warm" for n, m in 0..7 (runs into
     * both bounds and back), an "ok" mixed in every third one; then sequences from a fixed-seed Random, of 0 to 255
     * answers (or 0 to 20, every other one), each drawn with its own random mix of the three answers so some drift
     * to a bound and some stay inside.
     */
    static List<List<FeedbackAnswer>> answerSequences() {
        final List<List<FeedbackAnswer>> out = new ArrayList<>(CASES);
        for (int n = 0; n <= 7; n++) {
            for (int m = 0; m <= 7; m++) {
                final List<FeedbackAnswer> seq = new ArrayList<>(Collections.nCopies(n, FeedbackAnswer.TOO_COLD));
                if ((n * 8 + m) % 3 == 0) {
                    seq.add(FeedbackAnswer.OK);
                }
                seq.addAll(Collections.nCopies(m, FeedbackAnswer.TOO_WARM));
                out.add(seq);
            }
        }
        final Random rnd = new Random(SEED);
        final FeedbackAnswer[] all = FeedbackAnswer.values();
        while (out.size() < CASES) {
            final int length = out.size() % 2 == 0 ? rnd.nextInt(256) : rnd.nextInt(21);
            final double[] weight = {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()};
            final double total = weight[0] + weight[1] + weight[2];
            final List<FeedbackAnswer> seq = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                double x = rnd.nextDouble() * total;
                int k = 0;
                while (k < all.length - 1 && x >= weight[k]) {
                    x -= weight[k];
                    k++;
                }
                seq.add(all[k]);
            }
            out.add(seq);
        }
        return out;
    }

    static Stream<Named<List<FeedbackAnswer>>> answerLists() {
        return answerSequences().stream().map(seq -> Named.of(describe(seq), seq));
    }

    /** E.g. "5 answers (C=too cold, O=ok, W=too warm): CCOWW". */
    static String describe(final List<FeedbackAnswer> answers) {
        return answers.size() + (answers.size() == 1 ? " answer" : " answers") + " (C=too cold, O=ok, W=too warm): " + answers.stream().map(a -> switch (a) {
            case TOO_COLD -> "C";
            case OK -> "O";
            case TOO_WARM -> "W";
        }).collect(Collectors.joining());
    }

    @Test
    void theAnswerSequencesAreDeterministicAndReachBothBounds() {
        final List<List<FeedbackAnswer>> s = answerSequences();
        assertThat(s).hasSize(CASES).isEqualTo(answerSequences());
        assertThat(s).anySatisfy(seq -> assertThat(seq).isEmpty());
        assertThat(s.stream().mapToInt(List::size).max().orElseThrow()).isGreaterThan(200);
        assertThat(s).anySatisfy(seq -> assertThat(offsetAfter(seq)).isEqualTo(OutfitLearning.MAX_OFFSET_C));
        assertThat(s).anySatisfy(seq -> assertThat(offsetAfter(seq)).isEqualTo(-OutfitLearning.MAX_OFFSET_C));
        assertThat(s).filteredOn(seq -> Math.abs(offsetAfter(seq)) < OutfitLearning.MAX_OFFSET_C).hasSizeGreaterThan(CASES / 4);
    }

    static double offsetAfter(final List<FeedbackAnswer> answers) {
        LearnedBand b = LearnedBand.empty(10);
        for (FeedbackAnswer a : answers) {
            b = OutfitLearning.answer(b, a);
        }
        return b.offsetC();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("answerLists")
    void oppositeAnswersUndoEachOtherWithinBounds(final List<FeedbackAnswer> answers) {
        LearnedBand b = LearnedBand.empty(10);
        for (FeedbackAnswer a : answers) {
            b = OutfitLearning.answer(b, a);
        }
        assertThat(Math.abs(b.offsetC())).as(describe(answers)).isLessThanOrEqualTo(OutfitLearning.MAX_OFFSET_C);
        if (Math.abs(b.offsetC()) < OutfitLearning.MAX_OFFSET_C) {
            final double before = b.offsetC();
            assertThat(OutfitLearning.answer(OutfitLearning.answer(b, FeedbackAnswer.TOO_COLD), FeedbackAnswer.TOO_WARM).offsetC())
                    .as(describe(answers)).isEqualTo(before);
        }
    }

    @Test
    void explanationsArePlainWordsInTheRunnersUnit() {
        final LearnedBand cold = new LearnedBand(0, 3, 3, 1, 0);
        assertThat(OutfitLearning.explain(cold, TemperatureUnit.F).text())
                .isEqualTo("You've felt cold 3 times around 37 °F: we now dress you noticeably warmer there (as if it were 5 °F colder).");
        assertThat(OutfitLearning.explain(new LearnedBand(15, -1, 0, 0, 1), TemperatureUnit.C).text())
                .isEqualTo("You've felt warm once around 18 °C: we now dress you a bit lighter there (as if it were 1 °C warmer).");
        assertThat(OutfitLearning.explain(new LearnedBand(15, 0, 1, 2, 1), TemperatureUnit.C).text())
                .isEqualTo("Around 18 °C your outfit has been right on balance (4 answers): no change.");
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
