package app.stride;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void addsTheDirectiveAtStartAndRemovesItAfterwards() throws Exception {
        final long before = c2Excluded(StartupCompiler.directives());

        final StartupCompiler.Deferred deferred = StartupCompiler.deferC2(false, List::of);

        assertThat(deferred.awaitAdded()).isTrue();
        assertThat(c2Excluded(StartupCompiler.directives())).as(StartupCompiler.directives()).isEqualTo(before + 1);
        deferred.removing().join();
        assertThat(c2Excluded(StartupCompiler.directives())).isEqualTo(before);
    }

    @Test
    void theRunnerCanKeepC2AtStart() throws Exception {
        final long before = c2Excluded(StartupCompiler.directives());

        final StartupCompiler.Deferred deferred = StartupCompiler.deferC2(true, List::of);

        assertThat(deferred.awaitAdded()).isFalse();
        assertThat(c2Excluded(StartupCompiler.directives())).isEqualTo(before);
        deferred.removing().join();
        assertThat(c2Excluded(StartupCompiler.directives())).isEqualTo(before);
    }

    @Test
    void aLauncherThatChoseTheCompilersIsLeftAlone() throws Exception {
        for (String arg : List.of("-XX:TieredStopAtLevel=1", "-Xint", "-XX:-TieredCompilation",
                "-XX:CompileCommand=exclude,*.*", "-XX:CompilerDirectivesFile=d.json")) {
            final long before = c2Excluded(StartupCompiler.directives());
            final StartupCompiler.Deferred deferred = StartupCompiler.deferC2(false, () -> List.of("-Xmx256m", arg));
            assertThat(deferred.awaitAdded()).as(arg).isFalse();
            assertThat(c2Excluded(StartupCompiler.directives())).as(arg).isEqualTo(before);
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
