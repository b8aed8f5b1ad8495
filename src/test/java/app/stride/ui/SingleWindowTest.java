package app.stride.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleWindowTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartBringsTheOpenWindowForward() throws Exception {
        final CountDownLatch raised = new CountDownLatch(1);
        try (SingleWindow open = SingleWindow.listen(dir, raised::countDown)) {
            assertThat(SingleWindow.askToRaise(dir, Duration.ofSeconds(10))).isTrue();
            assertThat(raised.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(dir.resolve(SingleWindow.RAISE_FILE)).doesNotExist();
    }

    @Test
    void withNoWindowListeningTheSecondStartIsToldNoAndLeavesNothingBehind() {
        assertThat(SingleWindow.askToRaise(dir, Duration.ofMillis(200))).isFalse();
        assertThat(dir.resolve(SingleWindow.RAISE_FILE)).doesNotExist();
    }
}
