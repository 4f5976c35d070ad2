package no.smartmat.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.smartmat.console.tasks.BackgroundTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * When the window closes, no background work may carry on in the kitchen's folder: FirstRunScreenTest's temporary
 * folder was "not empty" at clean-up because the dashboard's loading task opened the database again after the test.
 */
class FxTaskExecutorTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // javafx.concurrent.Task reports progress through the FX thread
    }

    @Test
    void shutdownReturnsOnlyWhenTheRunningTaskHasEnded() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor();
        CountDownLatch started = new CountDownLatch(1);
        Path written = dir.resolve("smartmat.db-wal");
        // Like a JDBC call into SQLite: it neither sleeps nor looks at the interrupt, and touches the folder last.
        tasks.submit(BackgroundTask.of("database work", p -> {
            started.countDown();
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(700);
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return Files.writeString(written, "x");
        }, r -> { }, e -> { }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(tasks.shutdown(Duration.ofSeconds(30))).isTrue();

        assertThat(written).exists(); // the write happened before shutdown returned, not after
    }

    @Test
    void workQueuedOrSubmittedAfterShutdownNeverRuns() throws Exception {
        FxTaskExecutor tasks = new FxTaskExecutor();
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ran = new AtomicBoolean();
        for (int i = 0; i < 2; i++) { // the pool's two threads wait...
            tasks.submit(BackgroundTask.of("busy", p -> release.await(30, TimeUnit.SECONDS), r -> { }, e -> { }));
        }
        tasks.submit(BackgroundTask.of("queued", p -> ran.getAndSet(true), r -> { }, e -> { })); // ...so this queues

        assertThat(tasks.shutdown(Duration.ofSeconds(30))).isTrue(); // the interrupt ends the waiting ones
        tasks.submit(BackgroundTask.of("late", p -> ran.getAndSet(true), r -> { }, e -> { }));
        Thread.sleep(200);

        assertThat(ran).isFalse();
    }
}
