package no.smartmat.console.tasks;

/** Runs {@link BackgroundTask}s; {@code onSuccess}/{@code onFailure} are called where the UI may be touched. */
public interface TaskExecutor {

    /** Starts the task; the returned handle cancels it. */
    Cancellable submit(BackgroundTask<?> task);

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
