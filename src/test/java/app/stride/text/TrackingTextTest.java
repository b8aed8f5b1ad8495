package app.stride.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.Messages;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A followed session in the runner's words: the domain names it as data, this renders it. */
class TrackingTextTest {

    private static SavedSession on(final LocalDate d, final String type) {
        return new SavedSession(1, d, d, type, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), SessionBrief.legacy(""), app.stride.plan.SessionStatus.PLANNED);
    }

    @Test
    void everyTypeReadsInASentenceAsItsHeadingInLowerCase() {
        for (SessionType t : SessionType.values()) {
            assertThat(Messages.has("session.noun." + t.code())).as(t.code()).isTrue();
            final String heading = PlanText.typeName(t);
            assertThat(Messages.get("session.noun." + t.code()))
                    .isEqualTo(heading.substring(0, 1).toLowerCase(Locale.ROOT) + heading.substring(1));
        }
    }

    @Test
    void namesTheSessionByItsDayWithOrWithoutTheDate() {
        final SavedSession s = on(LocalDate.of(2027, 1, 14), "tempo"); // a Thursday
        assertThat(TrackingText.describe(s)).isEqualTo("Thursday's tempo run");
        assertThat(TrackingText.describeDated(s)).isEqualTo("Thursday 14 January's tempo run");
        assertThat(TrackingText.typeLabel(s)).isEqualTo("Tempo run");
    }

    @Test
    void aTypeThisBuildDoesNotKnowStaysAsStored() {
        final SavedSession s = on(LocalDate.of(2027, 1, 14), "aqua-jog");
        assertThat(TrackingText.describe(s)).isEqualTo("Thursday's aqua-jog");
        assertThat(TrackingText.typeLabel(s)).isEqualTo("aqua-jog");
    }
}
