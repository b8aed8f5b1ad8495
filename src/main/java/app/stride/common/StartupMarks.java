package app.stride.common;

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
            System.err.println("startup-mark " + ms + " " + what + " [" + Thread.currentThread().getName() + "]");
        }
    }

    /**
     * CPU time this process has used so far, all threads (ms), or -1 when the OS does not say. Less at the mercy of
     * other programs on a busy machine than the time on the clock, so the start-up benchmark prints both.
     */
    public static long processCpuMs() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /**
     * Milliseconds since this process started, to within the kernel's 10 ms tick. On Linux it is read from
     * {@code /proc} (the process's start and the time since boot, both on the kernel's boot clock):
     * {@code ProcessHandle.info().startInstant()} adds the boot time, which {@code /proc/stat} gives in whole seconds,
     * so it put every start up to a second early (about 300 ms on the machine that found it), the same for the empty
     * stage and for Stride, which made the start-up ratio look better than it was (issue 11).
     */
    public static long sinceProcessStartMs() {
        try {
            final String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // Fields after the command name (which may hold spaces) start at field 3; the start time is field 22.
            final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            final long startTicks = Long.parseLong(fields[22 - 3]);
            final String uptime = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime"));
            final double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            // USER_HZ is 100 on every Linux the JDK runs on (the kernel reports /proc times in it whatever HZ is).
            return Math.round(upSeconds * 1000) - startTicks * 10;
        } catch (java.io.IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant()
                    .map(s -> java.time.Duration.between(s, java.time.Instant.now()).toMillis()).orElse(0L);
        }
    }
}
