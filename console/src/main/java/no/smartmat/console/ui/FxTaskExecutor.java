package no.smartmat.console.ui;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.tasks.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background work off the JavaFX thread with {@link Task}; results and failures come back on the FX
 * thread. The latest task's message and progress feed the status bar, so long work is always visible.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "smartmat-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    @Override
    public Cancellable submit(BackgroundTask<?> task) {
        if (pool.isShutdown()) {
            // A screen that refreshes after its window closed (a success handler starting the next load) starts
            // nothing: the kitchen's folder may already be released, or gone.
            return () -> {};
        }
        Task<?> fxTask = wrap(task);
        running.set(running.get() + 1);
        message.bind(fxTask.messageProperty());
        progress.bind(fxTask.progressProperty());
        pool.submit(fxTask);
        return () -> fxTask.cancel(true);
    }

    private <T> Task<T> wrap(BackgroundTask<T> task) {
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(task.title());
                Task<T> self = this;
                return task.work().run(new Progress() {
                    @Override
                    public void update(long done, long total, String text) {
                        updateProgress(done, total);
                        updateMessage(text.isEmpty() ? task.title() : task.title() + ": " + text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        fxTask.setOnSucceeded(e -> {
            finished();
            task.onSuccess().accept(fxTask.getValue());
        });
        fxTask.setOnFailed(e -> {
            finished();
            LOG.warn("Background task '{}' failed", task.title(), fxTask.getException());
            task.onFailure().accept(fxTask.getException());
        });
        fxTask.setOnCancelled(e -> finished());
        return fxTask;
    }

    private void finished() {
        running.set(running.get() - 1);
        if (running.get() == 0) {
            message.unbind();
            progress.unbind();
            message.set("");
            progress.set(-1);
        }
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Drops the waiting work, interrupts the running tasks and waits for them to end, at most {@code patience}.
     * The window calls it when it closes: a task that carried on afterwards would open the kitchen's database
     * again (SQLite creates the file, its -wal and -shm) in a folder that is being released, moved or deleted.
     * Returns whether every task ended in time.
     */
    public boolean shutdown(Duration patience) {
        pool.shutdownNow();
        try {
            return pool.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
