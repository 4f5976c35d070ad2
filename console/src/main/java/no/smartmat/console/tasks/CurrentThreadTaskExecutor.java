package no.smartmat.console.tasks;

/** Runs a task to its end on the calling thread: for headless commands and tests of view models. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public Cancellable submit(BackgroundTask<?> task) {
        run(task);
        return () -> {};
    }

    private static <T> void run(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().run(Progress.NONE);
        } catch (Exception e) {
            task.onFailure().accept(e);
            return;
        }
        task.onSuccess().accept(result);
    }
}
