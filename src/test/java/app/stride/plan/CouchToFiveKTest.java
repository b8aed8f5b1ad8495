package app.stride.plan;

import app.stride.text.PlanText;
import app.stride.text.StepText;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CouchToFiveKTest {

    @Test
    void theProgrammeIsTwentySevenSessionsWithWeeksFiveAndSixInThreeSteps() {
        assertThat(CouchToFiveK.week(0)).isEqualTo(1);
        assertThat(CouchToFiveK.week(26)).isEqualTo(9);
        assertThat(CouchToFiveK.longestRunS(14)).isEqualTo(1200);   // week 5 day 3: 20 minutes
        assertThat(CouchToFiveK.longestRunS(16)).isEqualTo(600);    // week 6 day 2: 10-3-10
        assertThat(CouchToFiveK.longestRunS(17)).isEqualTo(1500);   // week 6 day 3: 25 minutes
    }

    /** Finding 5: on two days the programme skipped 10-3-10 and the first 25 minutes non-stop. */
    @Test
    void twoDaysAWeekKeepEveryStepInOrder() {
        final Plan p = new PlanGenerator(Golden.CLOCK).generate(new PlanRequest(Goal.FINISH, Optional.of(RaceDistance.FIVE_K),
                Optional.empty(), Optional.of(Golden.MONDAY), Optional.empty(), Optional.of(12),
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), Optional.empty(),
                Golden.fitness(Optional.empty(), null, null, null, 0, null, 0, false)));
        final List<SessionBrief> done = p.sessions().stream().filter(s -> List.of("c25k", "c25kContinuous").contains(s.description().code())).map(Session::description).toList();
        for (int i = 0; i < done.size(); i++) {
            assertThat(done.get(i)).isEqualTo(CouchToFiveK.session(LocalDate.EPOCH, i).description());
        }
        assertThat(done).contains(CouchToFiveK.session(LocalDate.EPOCH, 16).description(), CouchToFiveK.session(LocalDate.EPOCH, 17).description());
    }
}
