package no.smartmat.planner.advice;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The answer for one window. {@code feasible}: the stop can be inserted into some route (or an idle van)
 * without breaking a hard rule; {@code reason} says why not. {@code detourKm}: least added distance of a
 * feasible insertion. {@code green}: a planned route already passes within the configured detour.
 */
public record WindowAdvice(CandidateWindow window, boolean feasible, Optional<Reason> reason, OptionalDouble detourKm,
        Optional<Insertion> best, boolean green) {

    /** Why a window is not feasible: a code for the UI's own words, and an English explanation. */
    public record Reason(Obstacle obstacle, String message) {
    }

    public enum Obstacle {
        /** The day has no vehicles. */
        NO_VEHICLES,
        /** No van has room for the stop's portions in every compartment. */
        NO_CAPACITY,
        /** No van can reach the client before the window ends, even straight from the depot. */
        UNREACHABLE,
        /** Every insertion that reaches the client in time makes another stop late or a van late back. */
        NO_TIME
    }
}
