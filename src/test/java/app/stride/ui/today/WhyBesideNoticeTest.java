package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/**
 * Today's top row measures the why and the notice at every layout: a width worked out once from the why's text went
 * stale when a font or stylesheet changed its size or the notice's minimum changed (review 18).
 */
class WhyBesideNoticeTest {

    private final Region why = sized(300, 0);
    private final Region notice = sized(440, 260);
    private final WhyBesideNotice row = new WhyBesideNotice(12, why, notice);

    private static Region sized(final double pref, final double min) {
        final Region r = new Region();
        r.setPrefSize(pref, 20);
        r.setMinWidth(min);
        r.setMaxWidth(Double.MAX_VALUE);
        return r;
    }

    private void layOut() {
        row.resize(1000, 40);
        row.layout();
    }

    @Test
    void theWhyKeepsItsLineAndTheNoticeTakesWhatIsLeft() {
        layOut();
        assertThat(why.getWidth()).isEqualTo(300);
        assertThat(notice.getLayoutX()).isEqualTo(312);
        assertThat(notice.getWidth()).isEqualTo(688);
    }

    @Test
    void aLargerFontWidensTheWhyAtTheNextLayout() {
        layOut();
        why.setPrefWidth(600); // what a larger font or a stylesheet change does to the why's one line

        layOut();

        assertThat(why.getWidth()).isEqualTo(600);
        assertThat(notice.getWidth()).isEqualTo(388);
    }

    @Test
    void aWhyTooLongWrapsAtWhatTheNoticesMinimumLeavesAndFollowsThatMinimum() {
        why.setPrefWidth(900);
        layOut();
        assertThat(why.getWidth()).isEqualTo(1000 - 12 - 260);

        notice.setMinWidth(400);
        layOut();

        assertThat(why.getWidth()).isEqualTo(1000 - 12 - 400);
        assertThat(notice.getWidth()).isEqualTo(400);
    }

    @Test
    void withoutANoticeTheWhyHasTheRow() {
        why.setPrefWidth(900);
        notice.setManaged(false);

        layOut();

        assertThat(why.getWidth()).isEqualTo(900);
    }
}
