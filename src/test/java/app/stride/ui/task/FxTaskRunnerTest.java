package app.stride.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The real runner, on real threads, with the (headless) JavaFX toolkit delivering results. Waits on latches, never sleeps. */
class FxTaskRunnerTest {

    private FxTaskRunner tasks;
    private final List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(final LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        tasks = new FxTaskRunner();
        Logger.getLogger(TaskFailure.class.getName()).setLevel(Level.ALL);
        Logger.getLogger(TaskFailure.class.getName()).addHandler(capture);
    }

    @AfterEach
    void close() {
        Logger.getLogger(TaskFailure.class.getName()).removeHandler(capture);
        tasks.close();
    }

    private static void await(final CountDownLatch latch) throws InterruptedException {
        assertThat(latch.await(10, TimeUnit.SECONDS)).as("callbacks arrived").isTrue();
    }

    @Test
    void resultsArriveOnTheFxThreadInTheOrderTheWorkWasAskedFor() throws Exception {
        final List<Integer> delivered = Collections.synchronizedList(new ArrayList<>());
        final List<Boolean> onFxThread = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch done = new CountDownLatch(50);
        for (int i = 0; i < 50; i++) {
            final int n = i;
            tasks.run(() -> n, r -> {
                delivered.add(r);
                onFxThread.add(Platform.isFxApplicationThread());
                done.countDown();
            }, e -> done.countDown());
        }
        await(done);
        assertThat(delivered).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).boxed().toList());
        assertThat(onFxThread).containsOnly(true);
    }

    @Test
    void aFailureIsLoggedWithItsStackTraceAndShownInPlainWords() throws Exception {
        final CountDownLatch done = new CountDownLatch(1);
        final Throwable[] seen = new Throwable[1];
        final String[] shown = new String[1];
        tasks.run(() -> {
            final String nothing = null;
            return nothing.length();
        }, r -> done.countDown(), e -> {
            seen[0] = e;
            shown[0] = TaskFailure.message(e);
            done.countDown();
        });
        await(done);

        assertThat(seen[0]).isInstanceOf(NullPointerException.class);
        assertThat(shown[0]).contains("details in the log").doesNotContain("null").doesNotContain("NullPointer");
        assertThat(logged).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getThrown()).isSameAs(seen[0]);
        });
    }

    @Test
    void aCancelledTaskThatHasNotStartedNeverRunsAndCallsNothingBack() throws Exception {
        final CountDownLatch blockerStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        tasks.run(() -> {
            blockerStarted.countDown();
            return release.await(10, TimeUnit.SECONDS);
        }, r -> { }, e -> { });
        await(blockerStarted);

        final AtomicBoolean ran = new AtomicBoolean();
        final AtomicBoolean calledBack = new AtomicBoolean();
        final Cancellable queued = tasks.submit(() -> ran.getAndSet(true), r -> calledBack.set(true), e -> calledBack.set(true));
        queued.cancel();
        final CountDownLatch after = new CountDownLatch(1);
        tasks.run(() -> 1, r -> after.countDown(), e -> after.countDown());
        release.countDown();
        await(after);

        assertThat(ran).isFalse();
        assertThat(calledBack).isFalse();
    }

    @Test
    void withReloadsOnlyTheLatestAnswerReachesTheScreen() throws Exception {
        final Latest reloads = new Latest(tasks);
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> shown = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch secondDone = new CountDownLatch(1);

        Platform.runLater(() -> reloads.run(() -> {
            firstStarted.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "old";
        }, shown::add, e -> { }));
        await(firstStarted);
        Platform.runLater(() -> reloads.run(() -> "new", r -> {
            shown.add(r);
            secondDone.countDown();
        }, e -> { }));
        // The first read finishes after the second was asked for: its answer is stale.
        final CountDownLatch asked = new CountDownLatch(1);
        Platform.runLater(asked::countDown);
        await(asked);
        release.countDown();
        await(secondDone);

        assertThat(shown).containsExactly("new");
    }

    @Test
    void closingWaitsForAQueuedWriteEvenWhenTheOneBeforeItTakesLongerThanAFewSeconds() throws Exception {
        final CountDownLatch slowStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicBoolean saved = new AtomicBoolean();
        tasks.run(() -> {
            slowStarted.countDown();
            return release.await(30, TimeUnit.SECONDS); // a slow write, e.g. waiting for the CLI's lock
        }, r -> { }, e -> { });
        tasks.run(() -> saved.getAndSet(true), r -> { }, e -> { }); // told "being saved": must not be lost
        await(slowStarted);

        final boolean[] allSaved = new boolean[1];
        final Thread closer = new Thread(() -> allSaved[0] = tasks.close(FxTaskRunner.CLOSE_BOUND));
        closer.start();
        closer.join(4_000); // the old close gave up after 3 s, and the daemon worker died with the process
        assertThat(closer.isAlive()).as("still waiting for the queued write after 4 s").isTrue();
        release.countDown();
        closer.join(10_000);

        assertThat(closer.isAlive()).isFalse();
        assertThat(allSaved[0]).isTrue();
        assertThat(saved).isTrue();
    }

    @Test
    void closingDoesNotWaitForQueuedReloadsOnlyForWrites() throws Exception {
        final CountDownLatch blockerStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        tasks.run(() -> {
            blockerStarted.countDown();
            return release.await(10, TimeUnit.SECONDS);
        }, r -> { }, e -> { });
        await(blockerStarted);
        final AtomicBoolean reloaded = new AtomicBoolean();
        final AtomicBoolean written = new AtomicBoolean();
        tasks.submit(() -> reloaded.getAndSet(true), r -> { }, e -> { });
        tasks.run(() -> written.getAndSet(true), r -> { }, e -> { });
        final boolean[] allSaved = new boolean[1];
        final Thread closer = new Thread(() -> allSaved[0] = tasks.close(java.time.Duration.ofSeconds(10)));
        closer.start();
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, tasks::isClosing);
        release.countDown();
        closer.join(10_000);

        assertThat(allSaved[0]).isTrue();
        assertThat(written).isTrue();
        assertThat(reloaded).as("a reload nobody will see is not run on the way out").isFalse();
    }

    @Test
    void aWriteThatCannotFinishInTimeIsReportedNotSilentlyDropped() throws Exception {
        final CountDownLatch blockerStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        tasks.run(() -> {
            blockerStarted.countDown();
            return release.await(10, TimeUnit.SECONDS);
        }, r -> { }, e -> { });
        tasks.run(() -> 1, r -> { }, e -> { });
        await(blockerStarted);
        Logger.getLogger(FxTaskRunner.class.getName()).addHandler(capture);
        try {
            assertThat(tasks.close(java.time.Duration.ofMillis(200))).isFalse();
            assertThat(tasks.unfinishedWrites()).isEqualTo(2);
            assertThat(logged).anySatisfy(r -> {
                assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
                assertThat(r.getMessage()).contains("2 writes");
            });
        } finally {
            Logger.getLogger(FxTaskRunner.class.getName()).removeHandler(capture);
            release.countDown();
        }
    }

    @Test
    void workAskedForAfterClosingIsLoggedNotThrownAtTheUiThread() throws Exception {
        assertThat(tasks.close(java.time.Duration.ofSeconds(5))).isTrue();
        Logger.getLogger(FxTaskRunner.class.getName()).addHandler(capture);
        try {
            final AtomicBoolean ran = new AtomicBoolean();
            tasks.run(() -> ran.getAndSet(true), r -> { }, e -> { }); // threw RejectedExecutionException before
            tasks.submit(() -> ran.getAndSet(true), r -> { }, e -> { });

            assertThat(ran).isFalse();
            assertThat(tasks.unfinishedWrites()).isZero();
            assertThat(logged).anySatisfy(r -> assertThat(r.getMessage()).contains("after the task runner closed"));
        } finally {
            Logger.getLogger(FxTaskRunner.class.getName()).removeHandler(capture);
        }
    }
}
