package no.smartmat.console.planning.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import no.smartmat.planner.solver.SolveHandle;

/** One solve in progress: its handle once the solver runs, and whether Stopp came before that. */
final class SolveRun {

    private final AtomicReference<SolveHandle> handle = new AtomicReference<>();
    private final long startedNanos = System.nanoTime();
    private volatile boolean stopRequested;
    final long limitSeconds;

    SolveRun(long limitSeconds) {
        this.limitSeconds = limitSeconds;
    }

    void attach(SolveHandle h) {
        handle.set(h);
        if (stopRequested) {
            h.stop();
        }
    }

    void stop() {
        stopRequested = true;
        Optional.ofNullable(handle.get()).ifPresent(SolveHandle::stop);
    }

    boolean stopRequested() {
        return stopRequested;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
