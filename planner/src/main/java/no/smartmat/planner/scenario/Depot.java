package no.smartmat.planner.scenario;

/** The kitchen the vans leave from and return to. */
public record Depot(String id, String name, double lat, double lon) {
}
