package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.Length;
import app.stride.plan.RaceDistance;
import app.stride.plan.RunWalk;
import app.stride.plan.SessionBrief;
import app.stride.settings.DistanceUnit;
import app.stride.text.PlanText;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** V009 reads the English descriptions older versions stored back as codes with arguments. */
class SessionBriefsV009Test {

    private static SessionBriefsV009.Read read(final String text) {
        return SessionBriefsV009.read(text).orElseThrow(() -> new AssertionError("not recognised: " + text));
    }

    private static String rendered(final String text) {
        final SessionBriefsV009.Read r = read(text);
        return PlanText.description(new SessionBrief(r.code(), r.args()), DistanceUnit.KM);
    }

    @Test
    void repeatsKeepTheirCountLengthAndTime() {
        assertThat(read("Intervals: warm up, 6 × 400 m hard (2:08 each) with equal-time jog, cool down."))
                .isEqualTo(new SessionBriefsV009.Read("intervals", List.of(6, new Length(400), Duration.ofSeconds(128))));
        assertThat(read("Cruise intervals: warm up, 3 × 6 min comfortably hard with 1 min easy jog, cool down."))
                .isEqualTo(new SessionBriefsV009.Read("cruise.effort", List.of(3, Duration.ofMinutes(6))));
        assertThat(read("Repetitions: warm up, 8 × 1.5 min fast and smooth with a full recovery jog, cool down.").args())
                .containsExactly(8, Duration.ofSeconds(90));
    }

    @Test
    void runWalkRatiosAndRacesAreRead() {
        assertThat(read("Race day: the half marathon with walk breaks from the start: run 240 s, walk 60 s."))
                .isEqualTo(new SessionBriefsV009.Read("raceRunWalk", List.of(RaceDistance.HALF, new RunWalk(240, 60))));
        assertThat(read("Long run with walk breaks: run 1 min 30 s, walk 30 s, from the start.").args())
                .containsExactly(new RunWalk(90, 30));
        assertThat(read("Race day: the 10K, aiming at about 55:22. Even pace; the first kilometre no faster than the rest."))
                .isEqualTo(new SessionBriefsV009.Read("racePaced", List.of(RaceDistance.TEN_K, Duration.ofSeconds(55 * 60 + 22))));
    }

    /** Every wording the V003 fixture holds, and today's wording of each, renders as the runner read it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Cruise intervals: warm up, 2 × 6 min comfortably hard with 1 min easy jog, cool down.",
        "Easy run at a pace you could chat at.",
        "Easy run, then 4 strides of 20 seconds, quick and relaxed, walking a minute between.",
        "Hills: warm up, 10 × 60 s hard up a steady hill, jog back down, cool down.",
        "Intervals: warm up, 4 × 400 m hard (2:08 each) with equal-time jog, cool down.",
        "Long run, easy and steady: time on your feet matters more than pace.",
        "Race day: the 10K, aiming at about 55:22. Even pace; the first kilometre no faster than the rest.",
        "Race day: the 5K. Start easy, settle in, finish strong.",
        "Race pace: warm up, 2 × 400 m at race pace (2:13 each) with 2 min jog, cool down.",
        "Race week: 5 min brisk walk, 15 minutes of easy running, 5 min walk. Short and easy, to be fresh on race day.",
        "Short, very easy run to loosen up.",
        "Tempo: warm up, 4 km comfortably hard (about 23:10), cool down.",
        "Easy run with walk breaks: run 2 min, walk 30 s.",
        "Bridge week: easy and shorter than planned, to get going again. The plan picks up after it.",
        "Optional cross-training: 30 minutes of easy cycling, swimming or brisk walking.",
    })
    void oldWordingsRenderAsTheyRead(final String text) {
        assertThat(rendered(text)).isEqualTo(text);
    }

    /** Couch to 5K sessions now start with "Run/walk", the week after it; the runs come from the steps (review 11). */
    @Test
    void olderCouchToFiveKWordingsAreReadAndSayTodaysWords() {
        assertThat(read("Couch to 5K week 1: 5 min brisk walk, then alternate running and walking (8 min running in all), 5 min walk."))
                .isEqualTo(new SessionBriefsV009.Read("c25k", List.of(1, 8)));
        assertThat(rendered("Couch to 5K week 1: 5 min brisk walk, then alternate running and walking (8 min running in all), 5 min walk."))
                .isEqualTo("Run/walk (as in week 1 of Couch to 5K): 5 min brisk walk, then alternate running and walking "
                        + "(8 min running in all), 5 min walk.");
        assertThat(rendered("Couch to 5K week 5: 5 min brisk walk, 20 minutes running without stopping, 5 min walk."))
                .isEqualTo("20 minutes running without stopping (as in week 5 of Couch to 5K): 5 min brisk walk, the 20-minute run, 5 min walk.");
    }

    @Test
    void anOlderTimeTrialWordingIsReadAndSaysTodaysWords() {
        assertThat(read("Time trial: warm up, run one mile (1609 m) as fast as you can hold evenly, cool down. "
                + "Enter the time with --recent-race 1mi=MM:SS to get paces.").code()).isEqualTo("timeTrial");
    }

    @Test
    void textItCannotReadIsLeftAlone() {
        assertThat(SessionBriefsV009.read("Run to the park and back, with a friend.")).isEmpty();
        assertThat(SessionBriefsV009.read("Intervals: warm up, 4 × 400 m hard (two minutes each) with equal-time jog, cool down."))
                .isEmpty();
    }
}
