package app.stride.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class StartupMarksTest {

    /**
     * The probe's "since the process started" is at least the JVM's own uptime (the process starts just before the
     * JVM) and not much more. {@code ProcessHandle.info().startInstant()} failed this by the boot time's lost fraction
     * of a second (about 300 ms on the machine that found it), which every first-frame figure carried.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void timeSinceTheProcessStartedIsTheJvmsUptimeAndTheLauncherBeforeIt() {
        final long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        final long since = StartupMarks.sinceProcessStartMs();
        final long after = ManagementFactory.getRuntimeMXBean().getUptime();
        // 10 ms tick each side; the launcher's work before the JVM starts is tens of ms, allow for a loaded machine.
        assertTrue(since >= uptime - 20, "since start " + since + " ms, JVM uptime " + uptime + " ms");
        assertTrue(since <= after + 250, "since start " + since + " ms, JVM uptime " + after + " ms");
    }
}
