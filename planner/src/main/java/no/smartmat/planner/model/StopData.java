package no.smartmat.planner.model;

import java.util.Optional;

import no.smartmat.planner.scenario.Pin;

/**
 * A stop in solver units. {@code location} indexes the instance's matrices; {@code mismatchPenalty} is the
 * soft penalty when another driver than {@code preferredDriverId} serves it.
 */
public record StopData(int index, String id, int location, long windowStart, long windowEnd, long service,
        int[] demand, Optional<String> preferredDriverId, long mismatchPenalty, Optional<Pin> pin) {

    public boolean prefersOtherThan(Optional<String> driverId) {
        return preferredDriverId.isPresent() && !preferredDriverId.equals(driverId);
    }
}
