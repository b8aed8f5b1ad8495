package app.stride.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordedRunTest {

    private static final Instant T0 = Instant.parse("2026-11-24T07:00:00Z");

    private static TrackPoint at(final long s, final double metres, final double elevation) {
        return new TrackPoint(T0.plusSeconds(s), Optional.empty(), Optional.empty(), Optional.of(elevation), Optional.of(metres));
    }

    @Test
    void standingStillWithTheWatchRunningIsNotMovingTimeButWalkingIs() {
        final List<TrackPoint> points = new ArrayList<>();
        for (int s = 0; s <= 600; s += 5) {
            points.add(at(s, s * 3.0, 20));                   // 10 minutes running at 3 m/s
        }
        for (int s = 605; s <= 725; s += 5) {
            points.add(at(s, 1800 + (s - 600) * 0.05, 20));   // 2 minutes at a crossing (a few cm of drift)
        }
        for (int s = 730; s <= 850; s += 5) {
            points.add(at(s, 1806 + (s - 725) * 1.3, 20));   // 2 minutes walking
        }

        final RecordedRun run = RecordedRun.of("f", List.of(points)).orElseThrow();

        assertThat(run.movingTime().toSeconds()).isEqualTo(600 + 125);
        assertThat(run.distanceM()).isCloseTo(1806 + 125 * 1.3, within(0.01));
    }

    @Test
    void timeAndDistanceBetweenSegmentsDoNotCount() {
        final RecordedRun run = RecordedRun.of("f", List.of(
                List.of(at(0, 0, 10), at(100, 300, 10)),
                List.of(at(400, 1000, 10), at(500, 1300, 10)))).orElseThrow();

        assertThat(run.movingTime().toSeconds()).isEqualTo(200);
        assertThat(run.start()).isEqualTo(T0);
    }

    @Test
    void climbingCountsWholeHillsAndIgnoresWobbles() {
        final List<TrackPoint> points = new ArrayList<>();
        for (int i = 0; i <= 200; i++) {
            final double hill = i <= 100 ? i * 0.2 : (200 - i) * 0.2;      // 20 m up, 20 m down
            points.add(at(i * 5L, i * 15.0, hill + (i % 2 == 0 ? 0.8 : -0.8))); // ±0.8 m of barometer wobble
        }

        final RecordedRun run = RecordedRun.of("f", List.of(points)).orElseThrow();

        assertThat(run.elevationGainM()).isCloseTo(20, within(1.5));
    }

    @Test
    void noDistanceIsNoRun() {
        assertThat(RecordedRun.of("f", List.of(List.of(at(0, 0, 1), at(60, 0, 1))))).isEmpty();
        assertThat(RecordedRun.of("f", List.of())).isEmpty();
    }
}
