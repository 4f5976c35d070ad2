package no.smartmat.planner.scenario;

import java.util.List;
import java.util.Optional;

/**
 * One vehicle's day: it leaves the depot at {@code departure}, serves {@code stops} in order and is back
 * at {@code returnTime} ("return" in JSON). {@code distanceKm} is in the instance's units for Solomon.
 */
public record Route(String vehicleId, Optional<String> driverId, PlanTime departure, PlanTime returnTime,
        double distanceKm, List<PlannedStop> stops) {

    public Route {
        stops = List.copyOf(stops);
    }

    public List<String> stopIds() {
        return stops.stream().map(PlannedStop::stopId).toList();
    }
}
