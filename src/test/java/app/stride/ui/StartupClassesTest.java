package app.stride.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The list of classes loaded ahead of the first frame (issue 11) still names the classes a start loads. */
class StartupClassesTest {

    @Test
    void nearlyEveryListedClassExistsSoThePreloadStillHelps() throws IOException {
        final long listed;
        try (InputStream in = StartupClasses.class.getResourceAsStream("startup-classes.txt")) {
            assertThat(in).as("startup-classes.txt beside StartupClasses").isNotNull();
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
        assertThat(listed).isGreaterThan(1000);
        assertThat(StartupClasses.preload()).as("classes found; if this fails, run bench/startup-classes.sh")
                .isGreaterThanOrEqualTo((int) (listed * 0.9));
    }

    @Test
    void preloadsWithACoreToSpareOrWhenToldTo() {
        assertThat(StartupClasses.wanted(null, 2, 0.7)).as("2 cores, quiet").isTrue();
        assertThat(StartupClasses.wanted(null, 2, 9.5)).as("2 cores under load").isFalse();
        assertThat(StartupClasses.wanted(null, 2, 1.5)).as("one core's worth busy of 2").isFalse();
        assertThat(StartupClasses.wanted(null, 8, 3.0)).as("8 cores, 3 busy").isTrue();
        assertThat(StartupClasses.wanted(null, 1, 0.0)).as("a single core").isFalse();
        assertThat(StartupClasses.wanted(null, 4, -1)).as("no load figure, 4 cores").isTrue();
        assertThat(StartupClasses.wanted(null, 2, -1)).as("no load figure, 2 cores").isFalse();
        assertThat(StartupClasses.wanted("true", 1, 20)).as("told to").isTrue();
        assertThat(StartupClasses.wanted("false", 16, 0)).as("told not to").isFalse();
    }

    @Test
    void readsTheLoadAverageWhereTheSystemSaysIt() {
        final double load = StartupClasses.loadAverage();
        if (java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/loadavg"))) {
            assertThat(load).isGreaterThanOrEqualTo(0);
        } else {
            assertThat(load).isEqualTo(-1);
        }
    }
}
