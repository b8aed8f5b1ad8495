package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionStatus;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.TickOff;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Review (today): after Done, Today still offered "Want an outfit for this run? Open Outfit" and did not say what
 * comes next, while the command line said "Next: Run/walk · 31:00 on Wed 2 Dec".
 */
class NextSessionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static SavedSession runWalk(final LocalDate d, final SessionStatus status) {
        return new SavedSession(d.getDayOfMonth(), d, d, "run-walk", Optional.empty(), Optional.of(31 * 60), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), SessionBrief.of("crossTraining"), status);
    }

    private static TickOff.Day day(final SessionStatus today) {
        return new TickOff.Day(TODAY, Optional.of(runWalk(TODAY, today)), Optional.of(runWalk(TODAY.plusDays(1), SessionStatus.PLANNED)),
                List.of(), 3, true);
    }

    @Test
    void afterDoneTodaySaysWhatIsNextAndOffersNoOutfit() {
        assertThat(NextSession.line(day(SessionStatus.DONE), DistanceUnit.KM)).contains("Next: Run/walk · 31:00 on Wed 2 Dec");
        assertThat(NextSession.offerOutfit(Optional.of(day(SessionStatus.DONE)))).isFalse();
    }

    @Test
    void beforeTheRunTheOutfitIsOfferedAndNothingIsSaidOfNext() {
        assertThat(NextSession.line(day(SessionStatus.PLANNED), DistanceUnit.KM)).isEmpty();
        assertThat(NextSession.offerOutfit(Optional.of(day(SessionStatus.PLANNED)))).isTrue();
    }
}
