package app.stride;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The start's compiler directive (issue 11): added to the running JVM's directives stack, taken away again, and not
 * added at all when the runner or the launcher already chose the compilers.
 */
class StartupCompilerTest {

    /** How HotSpot prints a directive that excludes C2 from compiling ({@code Compiler.directives_print}). */
    private static long c2Excluded(final String printed) {
        return printed.lines().filter(l -> l.contains("*.*")).count();
    }

    /** What the JVM's compiler directives stack holds now ({@code jcmd PID Compiler.directives_print}). */
    static String directives() throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                new Object[] {new String[0]}, new String[] {String[].class.getName()}));
    }

    @Test
    void addsTheDirectiveAtStartAndRemovesItAfterwards() throws Exception {
        final long before = c2Excluded(directives());

        final StartupCompiler.Deferred deferred = StartupCompiler.deferC2(false, List::of);

        assertThat(deferred.awaitAdded()).isTrue();
        assertThat(c2Excluded(directives())).as(directives()).isEqualTo(before + 1);
        deferred.removing().join();
        assertThat(c2Excluded(directives())).isEqualTo(before);
    }

    @Test
    void theRunnerCanKeepC2AtStart() throws Exception {
        final long before = c2Excluded(directives());

        final StartupCompiler.Deferred deferred = StartupCompiler.deferC2(true, List::of);

        assertThat(deferred.awaitAdded()).isFalse();
        assertThat(c2Excluded(directives())).isEqualTo(before);
        deferred.removing().join();
        assertThat(c2Excluded(directives())).isEqualTo(before);
    }

    @Test
    void aLauncherThatChoseTheCompilersIsLeftAlone() throws Exception {
        for (String arg : List.of("-XX:TieredStopAtLevel=1", "-Xint", "-XX:-TieredCompilation",
                "-XX:CompileCommand=exclude,*.*", "-XX:CompilerDirectivesFile=d.json")) {
            final long before = c2Excluded(directives());
            final StartupCompiler.Deferred deferred = StartupCompiler.deferC2(false, () -> List.of("-Xmx256m", arg));
            assertThat(deferred.awaitAdded()).as(arg).isFalse();
            assertThat(c2Excluded(directives())).as(arg).isEqualTo(before);
        }
        assertThat(StartupCompiler.c2Enabled(List.of("-Xmx256m", "-XX:+UseSerialGC"))).isTrue();
    }

    @Test
    void aRuntimeWithoutTheManagementModuleStartsQuietly() throws Exception {
        // The packaged image's jlink'ed runtime has no java.management: reading the JVM's arguments throws
        // NoClassDefFoundError, which used to end the thread with a stack trace on stderr at every start.
        final List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        final Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        try {
            final StartupCompiler.Deferred deferred = StartupCompiler.deferC2(false, () -> {
                throw new NoClassDefFoundError("java/lang/management/ManagementFactory");
            });

            assertThat(deferred.awaitAdded()).isFalse();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertThat(uncaught).isEmpty();
    }
}
