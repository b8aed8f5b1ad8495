package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaperTest {

    @Test
    void raceWeekIsHalfTheBestWeek() {
        assertThat(Taper.share(RaceDistance.FIVE_K, 8, 8, false)).contains(0.5);
    }

    @Test
    void theWeekBeforeEasesByDistance() {
        assertThat(Taper.share(RaceDistance.HALF, 11, 12, false)).contains(0.75);
        assertThat(Taper.share(RaceDistance.TEN_K, 9, 10, false)).contains(0.8);
        // Finding 1: a 6-week 5K had its biggest week 7 days before the race.
        assertThat(Taper.share(RaceDistance.FIVE_K, 5, 6, false)).contains(0.8);
        assertThat(Taper.share(RaceDistance.FIVE_K, 4, 6, false)).isEmpty();
    }
}
