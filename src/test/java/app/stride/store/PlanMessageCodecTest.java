package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.plan.Length;
import app.stride.plan.PlanAlternative;
import app.stride.plan.RaceDistance;
import app.stride.plan.RunWalk;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A warning's arguments come back from the store as the same values, of the same types. */
class PlanMessageCodecTest {

    @Test
    void everyArgumentTypeComesBackEqualAndOfItsType() {
        final List<Object> args = List.of(new Length(1609.344), Duration.ofMillis(1_650_123), LocalDate.of(2027, 3, 7),
                RaceDistance.HALF, DayOfWeek.TUESDAY, new RunWalk(60, 30), 41.25, 8, 9L, "text: with a colon",
                List.of(DayOfWeek.SUNDAY, DayOfWeek.TUESDAY), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(PlanAlternative.laterRace(LocalDate.of(2027, 5, 2)), PlanAlternative.shorter(RaceDistance.TEN_K)));

        final List<Object> back = PlanMessageCodec.decode(PlanMessageCodec.encode(args));

        assertThat(back).isEqualTo(args);
        assertThat(back.get(8)).isInstanceOf(Long.class);
        assertThat(back.get(10)).asList().containsExactly(DayOfWeek.SUNDAY, DayOfWeek.TUESDAY);
        assertThat(back.get(11).toString()).isEqualTo("[MONDAY, FRIDAY]"); // a set in week order, as it renders
    }

    @Test
    void anArgumentWithNoStoreCodeIsRefusedRatherThanKeptAsText() {
        assertThatThrownBy(() -> PlanMessageCodec.encode(List.of(new StringBuilder("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StringBuilder");
    }

    @Test
    void aDamagedArgumentIsReportedNotMisread() {
        assertThatThrownBy(() -> PlanMessageCodec.decode("no type here")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlanMessageCodec.decode("Q:1")).isInstanceOf(IllegalArgumentException.class);
    }
}
