package no.smartmat.console.tasks;

import java.util.function.Consumer;

/**
 * Long work (import, solving, PDFs, reports) described without JavaFX: the UI runs it off the FX thread
 * with progress and cancel; tests and headless commands run it on the calling thread.
 */
public record BackgroundTask<T>(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {

    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return new BackgroundTask<>(title, work, onSuccess, onFailure);
    }
}
