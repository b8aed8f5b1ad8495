package app.stride;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimising compiler (C2) out of the window's start when the JVM was started without options
 * ({@code java -jar stride.jar}) (issue 11). On a 2-core laptop C2's compiler threads compete with the UI and render
 * threads for the first seconds; with only C1 the first frame came about twice as fast under load. The packaged app
 * runs C1 only ({@code -XX:TieredStopAtLevel=1}); a plain {@code java -jar} cannot carry JVM options, so this adds a
 * compiler directive at run time (the same as {@code jcmd PID Compiler.directives_add}) and removes it after the
 * start. Removing it lets C2 compile what gets hot later; HotSpot keeps the methods that were hot while it was on
 * (the start's CSS, layout and SQLite paths) at C1 for the rest of the run, which is what the packaged app does for
 * every method. Off with {@code -Dstride.c2AtStart=true}.
 */
final class StartupCompiler {

    private static final Logger LOG = Logger.getLogger(StartupCompiler.class.getName());
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private StartupCompiler() {
    }

    /** Starts a background thread that adds the directive; returns the action that removes it again. */
    static Runnable deferC2() {
        return deferC2(Boolean.getBoolean("stride.c2AtStart"), () -> ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /**
     * As {@link #deferC2()}, with the switch and the JVM's arguments given (read on the worker: the management classes
     * cost a few hundred ms of loading under load, so none of it happens on the main thread).
     */
    static Deferred deferC2(final boolean c2AtStart, final Supplier<List<String>> jvmArguments) {
        final AtomicBoolean added = new AtomicBoolean();
        final Thread t = new Thread(() -> added.set(!c2AtStart && c2Enabled(arguments(jvmArguments))
                && directive("compilerDirectivesAdd", true)), "stride-c1-start");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return new Deferred(t, added);
    }

    /** The directive being added at start; running it takes the directive away again (on a worker). */
    static final class Deferred implements Runnable {

        private final Thread adding;
        private final AtomicBoolean added;

        private Deferred(final Thread adding, final AtomicBoolean added) {
            this.adding = adding;
            this.added = added;
        }

        /** Waits for the adding thread; whether the directive was added. */
        boolean awaitAdded() throws InterruptedException {
            adding.join();
            return added.get();
        }

        @Override
        public void run() {
            removing();
        }

        /** Starts the removal and returns its thread. */
        Thread removing() {
            final Thread r = new Thread(() -> {
                try {
                    if (awaitAdded()) {
                        directive("compilerDirectivesRemove", false);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "stride-c2-back");
            r.setDaemon(true);
            r.setPriority(Thread.MIN_PRIORITY);
            r.start();
            return r;
        }
    }

    /**
     * The JVM's arguments; a runtime without java.management (the packaged image's jlink'ed one, which runs C1 only)
     * counts as one that chose its compilers, instead of ending the thread with a stack trace on every start.
     */
    private static List<String> arguments(final Supplier<List<String>> jvmArguments) {
        try {
            return jvmArguments.get();
        } catch (LinkageError e) {
            return List.of("-XX:TieredStopAtLevel=1");
        }
    }

    /** Whether C2 is in use at all (not when the launcher already said -XX:TieredStopAtLevel=1, as the package does). */
    static boolean c2Enabled(final List<String> jvmArguments) {
        for (String arg : jvmArguments) {
            if (arg.startsWith("-XX:TieredStopAtLevel=") || arg.startsWith("-XX:CompileCommand") || arg.equals("-Xint")
                    || arg.startsWith("-XX:CompilerDirectives") || arg.equals("-XX:-TieredCompilation")) {
                return false;
            }
        }
        return true;
    }

    private static boolean directive(final String operation, final boolean withFile) {
        try {
            String[] arguments = new String[0];
            Path file = null;
            if (withFile) {
                file = Files.createTempFile("stride-c1-start", ".json");
                file.toFile().deleteOnExit();
                Files.writeString(file, DIRECTIVE);
                arguments = new String[] {file.toString()};
            }
            try {
                final Object said = diagnosticCommand(operation, arguments);
                // A failed add returns normally with its reason ("Could not load file: ..."); only "... added" counts,
                // or the later remove would pop a directive somebody else put there.
                return !withFile || String.valueOf(said).contains("added");
            } finally {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (Exception | LinkageError e) {
            // Another JVM, or no java.management: start as the JVM would anyway.
            LOG.log(Level.FINE, "compiler directive not changed: " + operation, e);
            return false;
        }
    }

    /**
     * Runs one jcmd-style diagnostic command of this JVM ({@code Compiler.directives_add} and its kin). Straight into
     * the JVM's own entry for them when the jar's manifest opened it ({@code Add-Opens}, {@code java -jar}): going
     * through the platform MBean server instead starts JMX, about 80 ms more CPU at start on a 2-core laptop beside
     * the toolkit's own start (issue 11). Anything else (tests, another JVM) takes the MBean server.
     */
    private static Object diagnosticCommand(final String operation, final String[] arguments) throws Exception {
        final Optional<String> direct = Direct.run(operation, arguments);
        if (direct.isPresent()) {
            return direct.get();
        }
        return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                operation, new Object[] {arguments}, new String[] {String[].class.getName()});
    }

    /** HotSpot's diagnostic-command entry without JMX, when {@code jdk.management} is open to this code. */
    static final class Direct {

        private static final Map<String, String> COMMANDS = Map.of(
                "compilerDirectivesAdd", "Compiler.directives_add",
                "compilerDirectivesRemove", "Compiler.directives_remove",
                "compilerDirectivesPrint", "Compiler.directives_print");
        private static volatile Optional<Function<String, String>> entry;

        private Direct() {
        }

        /** The command's output, or empty when the direct entry cannot be reached here (then use the MBean server). */
        static Optional<String> run(final String operation, final String[] arguments) {
            final String command = COMMANDS.get(operation);
            if (command == null) {
                return Optional.empty();
            }
            final StringBuilder line = new StringBuilder(command);
            for (String a : arguments) {
                // The JVM splits a command line on spaces; a quoted argument stays whole (a temp folder with a space).
                line.append(' ').append(a.contains(" ") ? '"' + a + '"' : a);
            }
            return entry().map(e -> e.apply(line.toString()));
        }

        private static Optional<Function<String, String>> entry() {
            Optional<Function<String, String>> e = entry;
            if (e == null) {
                e = find();
                entry = e;
            }
            return e;
        }

        private static Optional<Function<String, String>> find() {
            try {
                // Its natives live in libmanagement_ext, which this class loads as it initialises (as JMX would).
                Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl", true, null);
                final Class<?> impl = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
                final Method get = impl.getDeclaredMethod("getDiagnosticCommandMBean");
                get.setAccessible(true);
                final Object bean = get.invoke(null);
                final Method execute = impl.getDeclaredMethod("executeDiagnosticCommand", String.class);
                execute.setAccessible(true);
                return Optional.of(line -> {
                    try {
                        return String.valueOf(execute.invoke(bean, line));
                    } catch (ReflectiveOperationException ex) {
                        throw new IllegalStateException(ex);
                    }
                });
            } catch (ReflectiveOperationException | RuntimeException | LinkageError notOpen) {
                // Not opened by a manifest (class path, tests) or another JVM: the MBean server does the same.
                return Optional.empty();
            }
        }
    }
}
