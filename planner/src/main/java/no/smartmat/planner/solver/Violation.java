package no.smartmat.planner.solver;

import java.util.Optional;

/**
 * Something wrong with a plan, for the coordinator to see next to the stop or route it is about.
 * {@code amount}: minutes late or after the shift end, portions over capacity, 0 otherwise.
 */
public record Violation(Kind kind, Optional<String> vehicleId, Optional<String> stopId, double amount,
        String message) {

    public enum Kind {
        /** Service would start after the stop's window end (hard). */
        LATE(true),
        /** A compartment holds more than its capacity (hard). */
        OVER_CAPACITY(true),
        /** The van is back after its shift end (hard). */
        AFTER_SHIFT_END(true),
        /** A stop is in no route. */
        UNASSIGNED(false),
        /** A stop is served by another driver than its preferred one (allowed, costs the penalty). */
        OTHER_DRIVER(false),
        /** A pinned stop is not at its pinned vehicle and position. */
        PIN_NOT_KEPT(false),
        /** The assignment names a stop the scenario does not have (ignored). */
        UNKNOWN_STOP(false),
        /** The assignment names a vehicle the scenario does not have (its stops become unassigned). */
        UNKNOWN_VEHICLE(false),
        /** The assignment lists a stop more than once (only the first is kept). */
        DUPLICATE_STOP(false);

        private final boolean hard;

        Kind(boolean hard) {
            this.hard = hard;
        }

        /** Breaks a hard rule of formats.md: the plan is not feasible. */
        public boolean hard() {
            return hard;
        }
    }
}
