package app.stride.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Start-up timestamps for profiling (issue 11): with {@code -Dstride.startupMarks=true} each {@link #mark} prints
 * {@code startup-mark <ms since the process started> <what>} to stderr; otherwise it does nothing.
 */
public final class StartupMarks {

    private static final boolean ON = Boolean.getBoolean("stride.startupMarks");
    /** {@link System#nanoTime()} at the moment the process started, worked out once. */
    private static final long START_NANOS = ON ? System.nanoTime() - sinceProcessStartMs() * 1_000_000L : 0;

    private StartupMarks() {
    }

    /** Whether marks are printed (a step may be split into parts only then). */
    public static boolean enabled() {
        return ON;
    }

    /** Notes that {@code what} has just happened. */
    public static void mark(final String what) {
        if (ON) {
            final long ms = (System.nanoTime() - START_NANOS) / 1_000_000L;
            System.err.println("startup-mark " + ms + " " + what + " [" + Thread.currentThread().getName() + threadCpu() + "]");
        }
    }

    /** With marks on, prints the CPU each thread of the process has used so far (ms), busiest first: where it went. */
    public static void threadsCpu() {
        if (!ON) {
            return;
        }
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.map(t -> {
                try {
                    final String stat = Files.readString(t.resolve("stat"));
                    final String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    final long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
                    return new Object[] {ms, stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))};
                } catch (IOException | RuntimeException gone) {
                    return new Object[] {0L, "?"};
                }
            }).filter(a -> (Long) a[0] > 0).sorted((a, b) -> Long.compare((Long) b[0], (Long) a[0]))
                    .forEach(a -> System.err.println("startup-thread-cpu " + a[0] + " " + a[1]));
        } catch (IOException | RuntimeException none) {
            // no /proc: nothing to say
        }
    }

    /**
     * " cpu N": the CPU the calling thread has used so far (ms, to the kernel's 10 ms tick), read from
     * {@code /proc/thread-self/stat} (the management bean would load JMX into the start it measures); empty elsewhere.
     */
    private static String threadCpu() {
        try {
            final String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            final String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat(5), utime and stime in clock ticks (100 a second on Linux), here 11 and 12
            return " cpu " + (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (IOException | RuntimeException unknown) {
            return "";
        }
    }

    /**
     * CPU time this process has used so far, all threads (ms), or -1 when the OS does not say. Less at the mercy of
     * other programs on a busy machine than the time on the clock, so the start-up benchmark prints both.
     */
    public static long processCpuMs() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /**
     * Milliseconds since this process started, to within the kernel's 10 ms tick. On Linux it is read from
     * {@code /proc} (the process's start and the time since boot, both on the kernel's boot clock):
     * {@code ProcessHandle.info().startInstant()} adds the boot time, which {@code /proc/stat} gives in whole seconds,
     * so it put every start up to a second early (about 300 ms on the machine that found it), the same for the empty
     * stage and for Stride, which made the start-up ratio look better than it was (issue 11). Where there is no
     * {@code /proc} (Windows, macOS) it falls back to {@code ProcessHandle.info().startInstant()}, whatever that
     * system's precision is, or 0 when the system does not say.
     */
    public static long sinceProcessStartMs() {
        final Path stat = Path.of("/proc/self/stat");
        final Path uptime = Path.of("/proc/uptime");
        if (Files.isReadable(stat) && Files.isReadable(uptime)) {
            try {
                return sinceStartMs(Files.readString(stat), Files.readString(uptime));
            } catch (IOException | RuntimeException unexpected) {
                // A /proc that reads or parses differently: the portable answer below is still close.
            }
        }
        return ProcessHandle.current().info().startInstant()
                .map(s -> Duration.between(s, Instant.now()).toMillis()).orElse(0L);
    }

    /**
     * Milliseconds from the start recorded in {@code stat} (the text of {@code /proc/<pid>/stat}) to the time since
     * boot in {@code uptime} (the text of {@code /proc/uptime}).
     */
    static long sinceStartMs(final String stat, final String uptime) {
        // Fields after the command name (which may hold spaces and parentheses) start at field 3; the start time is
        // field 22, in clock ticks since boot.
        final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        final long startTicks = Long.parseLong(fields[22 - 3]);
        final double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
        // USER_HZ is 100 on every Linux the JDK runs on (the kernel reports /proc times in it whatever HZ is).
        return Math.round(upSeconds * 1000) - startTicks * 10;
    }
}
