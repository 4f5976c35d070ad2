package no.smartmat.planner.advice;

import java.time.LocalTime;

/**
 * Where a candidate stop fits best: before the stop at {@code position} of {@code vehicleId}'s route (or at
 * its end), adding {@code detourKm}. {@code newRoute}: the vehicle had no stops yet.
 */
public record Insertion(String vehicleId, int position, double detourKm, LocalTime arrival, LocalTime serviceStart,
        boolean newRoute, boolean preferredDriver) {
}
