package app.stride;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code jdk.management} opened by the jar's manifest, the start's directive goes straight to the JVM (no JMX at
 * start, issue 11) and is read back, and taken away again, the same way. The child JVM starts with {@code -jar} and a
 * manifest carrying the pom's {@code Add-Opens} entry, as {@code java -jar target/stride.jar} does: without that entry
 * the direct entry is closed and this fails. The test JVM itself takes the MBean server ({@code StartupCompilerTest}).
 */
class StartupCompilerDirectTest {

    @TempDir
    Path dir;

    /** The {@code Add-Opens} the pom gives the jar's manifest (maven-jar-plugin's manifestEntries). */
    private static String addOpensInThePom() throws Exception {
        final Matcher m = Pattern.compile("<Add-Opens>([^<]+)</Add-Opens>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("the jar's manifest opens jdk.management (pom.xml, maven-jar-plugin)").isTrue();
        return m.group(1).trim();
    }

    @Test
    void theDirectiveGoesStraightToTheJvmWhenTheManifestOpensIt() throws Exception {
        final Manifest manifest = new Manifest();
        final Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, Child.class.getName());
        main.put(new Attributes.Name("Add-Opens"), addOpensInThePom());
        main.put(Attributes.Name.CLASS_PATH, List.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .stream().map(e -> Path.of(e).toUri().toString()).collect(Collectors.joining(" ")));
        final Path jar = dir.resolve("child.jar");
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        final Process child = new ProcessBuilder(java.toString(), "-verbose:class", "-jar", jar.toString())
                .redirectErrorStream(true).start();
        final List<String> out = new String(child.getInputStream().readAllBytes()).lines().toList(); // read first: a full pipe blocks it
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out.stream().filter(l -> !l.startsWith("[")).toList())
                .containsExactly("direct=true", "added=true", "excluded=1", "excluded after=0");
        // -verbose:class: JMX's MBean server was never started.
        assertThat(out).noneMatch(l -> l.contains("com.sun.jmx.mbeanserver.JmxMBeanServer "));
    }

    /** When the build has made the jar already (the lead's `mvn verify` after package), its manifest has it too. */
    @Test
    void theBuiltJarOpensWhatThePomSays() throws Exception {
        final Path built = Path.of("target", "stride.jar");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(built), "no target/stride.jar yet");
        try (JarFile jar = new JarFile(built.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Add-Opens")).isEqualTo(addOpensInThePom());
        }
    }

    /** The child: adds the directive, reads it back and removes it, all through the direct entry. */
    public static final class Child {
        public static void main(final String[] args) throws Exception {
            System.out.println("direct=" + StartupCompiler.Direct.run("compilerDirectivesPrint", new String[0]).isPresent());
            final long before = excluding(); // the JVM's default directive matches *.* too
            final StartupCompiler.Deferred deferred = StartupCompiler.deferC2(false, List::of);
            System.out.println("added=" + deferred.awaitAdded());
            System.out.println("excluded=" + (excluding() - before));
            deferred.removing().join();
            System.out.println("excluded after=" + (excluding() - before));
        }

        private static long excluding() {
            return StartupCompiler.Direct.run("compilerDirectivesPrint", new String[0]).orElse("")
                    .lines().filter(l -> l.contains("*.*")).count();
        }
    }
}
