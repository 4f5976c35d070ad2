package no.smartmat.planner.solver;

import java.time.Duration;

/**
 * A new best plan was found while solving. {@code feasible}: no hard rule broken; {@code assigned} of
 * {@code total} stops are in a route. Sent on the solver's thread: a UI must hand it to its own thread.
 */
public record Progress(String bestScore, Duration elapsed, int assigned, int total, boolean feasible) {

    /** Feasible with every stop assigned. */
    public boolean complete() {
        return feasible && assigned == total;
    }
}
