package app.stride;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With {@code jdk.management} opened as the jar's manifest opens it, the start's directive goes straight to the JVM
 * (no JMX at start, issue 11) and is read back, and taken away again, the same way. Run in a child JVM: the test JVM
 * does not have the module opened, and takes the MBean server ({@code StartupCompilerTest}).
 */
class StartupCompilerDirectTest {

    @Test
    void theDirectiveGoesStraightToTheJvmWhenTheManifestOpensIt() throws Exception {
        final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        final Process child = new ProcessBuilder(java.toString(), "-verbose:class", "--add-opens",
                "jdk.management/com.sun.management.internal=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Child.class.getName()).redirectErrorStream(true).start();
        final List<String> out = new String(child.getInputStream().readAllBytes()).lines().toList(); // read first: a full pipe blocks it
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out.stream().filter(l -> !l.startsWith("[")).toList())
                .containsExactly("direct=true", "added=true", "excluded=1", "excluded after=0");
        // -verbose:class: JMX's MBean server was never started.
        assertThat(out).noneMatch(l -> l.contains("com.sun.jmx.mbeanserver.JmxMBeanServer "));
    }

    /** The child: adds the directive, reads it back and removes it. */
    public static final class Child {
        public static void main(final String[] args) throws Exception {
            System.out.println("direct=" + StartupCompiler.Direct.available());
            final long before = excluding(); // the JVM's default directive matches *.* too
            final StartupCompiler.Deferred deferred = StartupCompiler.deferC2(false, List::of);
            System.out.println("added=" + deferred.awaitAdded());
            System.out.println("excluded=" + (excluding() - before));
            deferred.removing().join();
            System.out.println("excluded after=" + (excluding() - before));
        }

        private static long excluding() {
            return StartupCompiler.directives().lines().filter(l -> l.contains("*.*")).count();
        }
    }
}
