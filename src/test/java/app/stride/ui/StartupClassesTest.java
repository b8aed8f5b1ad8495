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
}
