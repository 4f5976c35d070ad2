package no.smartmat.planner.solver;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.optaplanner.core.api.solver.Solver;

import no.smartmat.planner.model.RoutingSolution;
import no.smartmat.planner.scenario.Plan;

/** A solve running on its own thread. {@link #stop()} keeps the best plan found so far. */
public final class SolveHandle {

    private final AtomicReference<Solver<RoutingSolution>> solver = new AtomicReference<>();
    private final CompletableFuture<Plan> result = new CompletableFuture<>();
    private volatile boolean stopRequested;

    SolveHandle() {
    }

    void attach(Solver<RoutingSolution> s) {
        solver.set(s);
        if (stopRequested) {
            s.terminateEarly();
        }
    }

    boolean stopRequested() {
        return stopRequested;
    }

    void complete(Plan plan) {
        result.complete(plan);
    }

    void fail(Throwable t) {
        result.completeExceptionally(t);
    }

    /** Asks the solver to stop; {@link #await()} then returns the best plan found. Safe from any thread. */
    public void stop() {
        stopRequested = true;
        Solver<RoutingSolution> s = solver.get();
        if (s != null) {
            s.terminateEarly();
        }
    }

    /**
     * Blocks until solving ends and returns the best plan. A bug in the solver is rethrown unchecked. A waiting
     * thread that is interrupted (a window closing its background work) stops the solve and gets the best plan so
     * far at once, with its interrupt flag set again: nobody is left waiting, and no solver keeps a core busy for a
     * plan nobody will look at.
     */
    public Plan await() {
        try {
            try {
                return result.get();
            } catch (InterruptedException e) {
                stop();
                Thread.currentThread().interrupt();
                return result.join();
            }
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** The best plan once solving has ended, else empty. */
    public Optional<Plan> resultNow() {
        return result.isDone() && !result.isCompletedExceptionally() ? Optional.of(result.join()) : Optional.empty();
    }

    /** For callers that compose futures (e.g. a UI task). */
    public CompletableFuture<Plan> future() {
        return result.copy();
    }
}
