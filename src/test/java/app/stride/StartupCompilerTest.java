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
}
