package no.smartmat.planner.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A planned day: {@code smartmat-plan/1}. Every stop of the scenario is in exactly one route or in
 * {@code unassigned}. {@code feasible} means no hard rule is broken (time windows, capacity, shift end);
 * unassigned stops are counted by the score's medium level and listed, not hidden in "feasible".
 */
public record Plan(String score, boolean feasible, List<Route> routes, List<String> unassigned, Totals totals) {

    public static final String FORMAT = "smartmat-plan/1";

    public Plan {
        routes = List.copyOf(routes);
        unassigned = List.copyOf(unassigned);
    }

    public Optional<Route> route(String vehicleId) {
        return routes.stream().filter(r -> r.vehicleId().equals(vehicleId)).findFirst();
    }

    /** Vehicle id to its stop ids in order: the shape {@code PlanEvaluator} takes back after a manual move. */
    public Map<String, List<String>> assignment() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        routes.forEach(r -> result.put(r.vehicleId(), r.stopIds()));
        return result;
    }
}
