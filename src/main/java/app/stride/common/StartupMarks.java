package app.stride.common;

/**
 * Start-up timestamps for profiling (issue 11): with {@code -Dstride.startupMarks=true} each {@link #mark} prints
 * {@code startup-mark <ms since JVM start> <what>} to stderr; otherwise it does nothing.
 */
public final class StartupMarks {

    private static final boolean ON = Boolean.getBoolean("stride.startupMarks");
    private static final long START = ON ? ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis()) : 0;

    private StartupMarks() {
    }

    /** Whether marks are printed (a step may be split into parts only then). */
    public static boolean enabled() {
        return ON;
    }

    /** Notes that {@code what} has just happened. */
    public static void mark(final String what) {
        if (ON) {
            final long ms = System.currentTimeMillis() - START;
            System.err.println("startup-mark " + ms + " " + what + " [" + Thread.currentThread().getName() + "]");
        }
    }
}
