package no.smartmat.planner.scenario;

/**
 * A coordinator's (or an already driven route's) decision that a stop is served by {@code vehicleId}
 * as its stop number {@code position} (0 = first stop after the depot). Optional extension of
 * {@code smartmat-scenario/1}: {@code "pin": {"vehicleId": "BIL-1", "position": 0}} on a stop.
 *
 * <p>Pins fix the start of a route: the solver keeps every pinned stop at its vehicle and position and
 * never inserts another stop in front of one (see the planner README for how gaps are handled).
 */
public record Pin(String vehicleId, int position) {
}
