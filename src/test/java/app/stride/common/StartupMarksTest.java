package app.stride.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The probe's "since the process started" (issue 11). How close it is to the truth on a real start is the start-up
 * benchmark's business (bench/startup.sh prints it beside the JVM's uptime); here only what holds on any machine.
 */
class StartupMarksTest {

    /** A /proc/self/stat line of a process started 1,234.56 s after boot, its command name holding ") " itself. */
    private static final String STAT = "4242 (odd) name) S 1 4242 4242 0 -1 4194304 124 0 0 0 0 0 0 0 20 0 1 0 123456 "
            + "3133440 394 18446744073709551615 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";

    @Test
    void theTimeSinceStartIsTheUptimeLessTheStartTicksAtAHundredPerSecond() {
        assertThat(StartupMarks.sinceStartMs(STAT, "1236.78 4711.00\n")).isEqualTo(2_220);
    }

    @Test
    void aProcessStartedThisVeryTickHasRunNoTime() {
        assertThat(StartupMarks.sinceStartMs(STAT, "1234.56 4711.00\n")).isZero();
    }

    /**
     * The process starts before its JVM, so the time since the start is never less than the JVM's uptime read before
     * it (less the two 10 ms ticks /proc rounds to). A busy machine only makes the gap wider: no upper bound here.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void onLinuxTheTimeSinceStartIsAtLeastTheJvmsUptime() {
        final long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        assertThat(StartupMarks.sinceProcessStartMs()).isGreaterThanOrEqualTo(uptime - 20);
    }
}
