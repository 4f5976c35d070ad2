package no.smartmat.planner.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One delivery day as the planner sees it: {@code smartmat-scenario/1}. */
public record Scenario(LocalDate date, String timezone, Depot depot, Travel travel, List<VehicleSpec> vehicles,
        List<StopSpec> stops) {

    public static final String FORMAT = "smartmat-scenario/1";
    public static final String DEFAULT_TIMEZONE = "Europe/Oslo";

    public Scenario {
        vehicles = List.copyOf(vehicles);
        stops = List.copyOf(stops);
    }

    public Optional<StopSpec> stop(String stopId) {
        return stops.stream().filter(s -> s.id().equals(stopId)).findFirst();
    }

    public Optional<VehicleSpec> vehicle(String vehicleId) {
        return vehicles.stream().filter(v -> v.id().equals(vehicleId)).findFirst();
    }

    public Scenario withStops(List<StopSpec> newStops) {
        return new Scenario(date, timezone, depot, travel, vehicles, newStops);
    }
}
