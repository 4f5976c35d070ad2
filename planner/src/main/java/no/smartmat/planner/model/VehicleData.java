package no.smartmat.planner.model;

import java.util.Optional;

/** A vehicle in solver units: shift in solver time units, capacity per compartment (chilled, frozen, ambient). */
public record VehicleData(int index, String id, Optional<String> driverId, long shiftStart, long shiftEnd,
        int[] capacity) {
}
