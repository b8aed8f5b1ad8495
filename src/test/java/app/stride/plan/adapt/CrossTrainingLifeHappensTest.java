package app.stride.plan.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.common.InvalidInputException;
import app.stride.plan.Session;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionEffort;
import app.stride.plan.SessionStatus;
import app.stride.plan.SessionType;
import app.stride.plan.Step;
import app.stride.plan.Step.Kind;
import app.stride.settings.DistanceUnit;
import app.stride.text.PlanText;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Review (today): cross-training on Today was treated like a run by "life happens". */
public class CrossTrainingLifeHappensTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** The plan's optional cross-training: 30 minutes, no distance (as Sessions.crossTraining makes it). */
    public static Session crossTraining() {
        return new Session(TODAY, SessionType.CROSS_TRAINING, Optional.empty(), Optional.of(Duration.ofMinutes(30)),
                Optional.empty(), Optional.of(SessionEffort.EASY), Optional.empty(),
                List.of(Step.timed(Kind.RUN, Duration.ofMinutes(30), Optional.empty(), Optional.of(SessionEffort.EASY))),
                SessionBrief.of("crossTraining"), Session.Load.easy(0));
    }

    private static PlanDay day() {
        return new PlanDay(7, TODAY, SessionStatus.PLANNED, crossTraining());
    }

    @Test
    void shortenedCrossTrainingSaysOneDuration() {
        final Session to = ShortenSession.propose(day(), 20, TODAY).edits().get(0).to();

        final String text = PlanText.description(to.description(), DistanceUnit.KM);

        // Was "Shortened to 20 min. Optional cross-training: 30 minutes of easy cycling…".
        assertThat(text).contains("20 minutes").doesNotContain("30");
        assertThat(to.type()).isEqualTo(SessionType.CROSS_TRAINING);
        assertThat(to.distanceM()).isEmpty();
        assertThat(to.duration()).contains(Duration.ofMinutes(20));
    }

    @Test
    void crossTrainingIsNotShortenedToItsOwnLength() {
        assertThatThrownBy(() -> ShortenSession.propose(day(), 30, TODAY)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("minutes");
    }

    @Test
    void crossTrainingHasNoTreadmillVersion() {
        assertThatThrownBy(() -> IndoorVersion.propose(day(), TODAY)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("treadmill");
    }
}
