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
}
