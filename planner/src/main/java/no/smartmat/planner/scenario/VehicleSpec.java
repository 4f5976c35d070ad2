package no.smartmat.planner.scenario;

import java.time.LocalTime;
import java.util.Optional;

/** A van for the day: it leaves the depot at {@code shiftStart} and must be back by {@code shiftEnd}. */
public record VehicleSpec(String id, Optional<String> driverId, LocalTime shiftStart, LocalTime shiftEnd,
        Capacity capacity) {
}
