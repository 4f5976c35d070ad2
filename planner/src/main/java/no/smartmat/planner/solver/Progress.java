package no.smartmat.planner.solver;

import java.time.Duration;

/**
 * A new best plan was found while solving. {@code feasible}: no hard rule broken; {@code assigned} of
 * {@code total} stops are in a route, driving {@code distanceKm}; {@code broken}: the hard rules it still breaks.
 * {@code bestScore} is the solver's own score, for logs and benchmarks rather than people. Sent on the solver's
 * thread: a UI must hand it to its own thread.
 */
public record Progress(String bestScore, Duration elapsed, int assigned, int total, boolean feasible, double distanceKm,
                       BrokenRules broken) {

    /** Feasible with every stop assigned. */
    public boolean complete() {
        return feasible && assigned == total;
    }
}
