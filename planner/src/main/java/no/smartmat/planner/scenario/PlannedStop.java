package no.smartmat.planner.scenario;

/** A stop in a route with its times: service starts at max(arrival, window start). */
public record PlannedStop(String stopId, PlanTime arrival, PlanTime serviceStart, PlanTime departure) {
}
