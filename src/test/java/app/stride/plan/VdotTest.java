package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Daniels–Gilbert formulas against the published table (Daniels' Running Formula, 3rd ed.). */
class VdotTest {

    private static Duration t(final String s) {
        final String[] p = s.split(":");
        long secs = 0;
        for (String x : p) {
            secs = secs * 60 + Long.parseLong(x);
        }
        return Duration.ofSeconds(secs);
    }

    private static int secPerKm(final String mmss) {
        return (int) t(mmss).toSeconds();
    }

    @Test
    void referenceChecks() {
        assertThat(Vdot.fromRace(5000, t("30:00")).value()).isCloseTo(30.82, within(0.01));
        assertThat(Vdot.fromRace(5000, t("24:34")).value()).isCloseTo(39.11, within(0.01));
    }

    @ParameterizedTest(name = "VDOT {0}: 5K {1}, 10K {2}, half {3}")
    @CsvSource({
        "30, 30:40, 63:46, 2:21:04",
        "40, 24:08, 50:03, 1:50:59",
        "50, 19:57, 41:21, 1:31:35",
        "60, 17:03, 35:22, 1:18:09",
    })
    void raceTimesMatchTheTable(final double vdot, final String fiveK, final String tenK, final String half) {
        final Vdot v = new Vdot(vdot);
        // The table is rounded and built from the same curves: within 0.2% (3 s over 5K, 17 s over a half).
        assertThat(v.raceTime(5000).toSeconds()).isCloseTo(t(fiveK).toSeconds(), within(3L));
        assertThat(v.raceTime(10000).toSeconds()).isCloseTo(t(tenK).toSeconds(), within(6L));
        assertThat(v.raceTime(21097.5).toSeconds()).isCloseTo(t(half).toSeconds(), within(17L));
    }

    @ParameterizedTest(name = "VDOT {0}: T {1}, I {2}, E {3}-{4}")
    @CsvSource({
        "30, 6:24, 5:55, 7:27, 8:14",
        "40, 5:06, 4:42, 5:56, 6:38",
        "50, 4:15, 3:55, 4:56, 5:34",
        "60, 3:40, 3:23, 4:15, 4:49",
    })
    void trainingPacesMatchTheTable(final double vdot, final String threshold, final String interval,
                                    final String easyFast, final String easySlow) {
        final TrainingPaces p = new Vdot(vdot).paces();
        assertThat(p.threshold().midSecPerKm()).isCloseTo(secPerKm(threshold), within(3.0));
        assertThat(p.interval().midSecPerKm()).isCloseTo(secPerKm(interval), within(3.0));
        assertThat(p.easy().minSecPerKm()).isGreaterThanOrEqualTo(secPerKm(easyFast));
        assertThat(p.easy().maxSecPerKm()).isLessThanOrEqualTo(secPerKm(easySlow));
        assertThat(p.easy().maxSecPerKm() - p.easy().minSecPerKm()).isGreaterThan(20);
    }

    @ParameterizedTest(name = "VDOT {0}: R {1} s per 200 m")
    @CsvSource({"40, 52", "50, 43", "60, 37"})
    void repetitionPaceMatchesTheTable(final double vdot, final int per200) {
        assertThat(new Vdot(vdot).paces().repetition().midSecPerKm() / 5).isCloseTo(per200, within(1.5));
    }

    @Test
    void everyVdotFrom30To60RoundTripsThroughItsOwnRaceTimes() {
        for (int v = 30; v <= 60; v++) {
            final Vdot vdot = new Vdot(v);
            for (RaceDistance d : RaceDistance.values()) {
                assertThat(Vdot.fromRace(d.metres(), vdot.raceTime(d.metres())).value()).isCloseTo(v, within(0.01));
            }
            final TrainingPaces p = vdot.paces();
            assertThat(p.repetition().maxSecPerKm()).isLessThan(p.interval().minSecPerKm());
            assertThat(p.interval().maxSecPerKm()).isLessThan(p.threshold().minSecPerKm());
            assertThat(p.threshold().maxSecPerKm()).isLessThan(p.marathon().minSecPerKm());
            assertThat(p.marathon().maxSecPerKm()).isLessThan(p.easy().minSecPerKm());
        }
    }

    @ParameterizedTest(name = "{0} days off (cross-trained {1}) keeps {2}")
    @CsvSource({
        "0, false, 1.000", "5, false, 1.000", "7, false, 0.994", "7, true, 0.997", "14, false, 0.973",
        "21, true, 0.976", "28, false, 0.931", "42, false, 0.889", "42, true, 0.944", "56, false, 0.847",
        "70, true, 0.902", "72, false, 0.800", "400, true, 0.900", "35, false, 0.910",
    })
    void timeOffFollowsThePublishedTable(final int days, final boolean crossTrained, final double factor) {
        assertThat(Vdot.timeOffFactor(days, crossTrained)).isCloseTo(factor, within(0.0006));
        assertThat(new Vdot(50).afterTimeOff(days, crossTrained).value()).isCloseTo(50 * factor, within(0.03));
    }
}
