package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Coach review 4, item 4: the default days follow the runs a week asked for (4 days for 5 runs cut a run before). */
class DefaultDaysTest {

    private static String days(final Integer runs) {
        return TrainingDays.codes(List.copyOf(TrainingDays.defaultDays(Optional.ofNullable(runs))));
    }

    @Test
    void defaultDaysHoldTheRunsAskedFor() {
        assertThat(days(2)).isEqualTo("tue,thu,sun");
        assertThat(days(3)).isEqualTo("tue,thu,sun");
        assertThat(days(null)).isEqualTo("tue,thu,sat,sun");
        assertThat(days(4)).isEqualTo("tue,thu,sat,sun");
        assertThat(days(5)).isEqualTo("mon,tue,thu,sat,sun");
        assertThat(days(6)).isEqualTo("mon,tue,wed,thu,sat,sun");
        assertThat(days(7)).isEqualTo("mon,tue,wed,thu,fri,sat,sun");
    }

    @Test
    void sixRunsNeedAWeekThatFillsThemElseFourToFiveUsefulRuns() {
        // 28 km with a 14 km longest at 7:25/km: 14 km beside the long run is about 104 minutes, three half-hour runs.
        assertThat(RunCount.useful(28_000, 14_000, 445, 6)).isEqualTo(4);
        assertThat(RunCount.useful(64_000, 16_000, 330, 6)).isEqualTo(6);
        // Never under four; under six runs the 20-minute floor alone decides.
        assertThat(RunCount.useful(15_000, 8_000, 400, 6)).isEqualTo(4);
        assertThat(RunCount.useful(12_000, 5_000, 400, 5)).isEqualTo(5);
    }
}
