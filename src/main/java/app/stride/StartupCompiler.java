package app.stride;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimising compiler (C2) out of the window's start when the JVM was started without options
 * ({@code java -jar stride.jar}), and lets it back in once the window is up (issue 11). On a 2-core laptop C2's
 * compiler threads compete with the UI and render threads for the first seconds; with only C1 the first frame came
 * about twice as fast under load. The packaged app gets the same with {@code -XX:TieredStopAtLevel=1}; a plain
 * {@code java -jar} cannot carry JVM options, so this adds a compiler directive at run time (the same as
 * {@code jcmd PID Compiler.directives_add}) and removes it later. Off with {@code -Dstride.c2AtStart=true}.
 */
final class StartupCompiler {

    private static final Logger LOG = Logger.getLogger(StartupCompiler.class.getName());
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private StartupCompiler() {
    }

    /** Starts a background thread that adds the directive; returns the action that removes it again. */
    static Runnable deferC2() {
        if (Boolean.getBoolean("stride.c2AtStart")) {
            return () -> { };
        }
        final java.util.concurrent.atomic.AtomicBoolean added = new java.util.concurrent.atomic.AtomicBoolean();
        // All of it off the main thread: the management classes cost a few hundred ms of loading under load.
        final Thread t = new Thread(() -> added.set(c2Enabled() && directive("compilerDirectivesAdd", true)), "stride-c1-start");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return () -> {
            final Thread r = new Thread(() -> {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (added.get()) {
                    directive("compilerDirectivesRemove", false);
                }
            }, "stride-c2-back");
            r.setDaemon(true);
            r.setPriority(Thread.MIN_PRIORITY);
            r.start();
        };
    }

    /** Whether C2 is in use at all (not when the launcher already said -XX:TieredStopAtLevel=1, as the package does). */
    private static boolean c2Enabled() {
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-XX:TieredStopAtLevel=") || arg.startsWith("-XX:CompileCommand") || arg.equals("-Xint")
                    || arg.startsWith("-XX:CompilerDirectives")) {
                return false;
            }
        }
        return true;
    }

    private static boolean directive(final String operation, final boolean withFile) {
        try {
            Object[] params = {new String[0]};
            Path file = null;
            if (withFile) {
                file = Files.createTempFile("stride-c1-start", ".json");
                Files.writeString(file, DIRECTIVE);
                params = new Object[] {new String[] {file.toString()}};
            }
            try {
                ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        operation, params, new String[] {String[].class.getName()});
            } finally {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            }
            return true;
        } catch (Exception | LinkageError e) {
            // Another JVM, or no java.management: start as the JVM would anyway.
            LOG.log(Level.FINE, "compiler directive not changed: " + operation, e);
            return false;
        }
    }
}
