package no.smartmat.console.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;

/**
 * A delivery day from the database as the planner sees it, with the keys back to the database:
 * planner stop ids are {@code "S-<stop row id>"}, vehicle ids the van codes, driver ids the driver codes.
 * Stops that cannot be planned (a client without coordinates) are listed, not silently dropped.
 */
public record DayScenario(LocalDate date, Scenario scenario, Map<String, StopInfo> stops, List<StopInfo> unplannable) {

    /** What the console shows about a stop beside the planner's view of it. */
    public record StopInfo(long stopId, String plannerId, long clientId, String clientNumber, String clientName,
                           String address, String area, Optional<String> regularDriverCode) {}

    public DayScenario {
        stops = Map.copyOf(stops);
        unplannable = List.copyOf(unplannable);
    }

    public static String plannerId(long stopId) {
        return "S-" + stopId;
    }

    public static long stopId(String plannerId) {
        return Long.parseLong(plannerId.substring(2));
    }

    public Optional<StopSpec> spec(String plannerId) {
        return scenario.stop(plannerId);
    }
}
