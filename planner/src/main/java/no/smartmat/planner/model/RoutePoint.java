package no.smartmat.planner.model;

/**
 * Something a stop can be placed after: a visit, or a vehicle (= right after its depot). The nearby
 * distance meter of a list variable gets both kinds as destinations, so they share this type.
 */
public interface RoutePoint {

    /** Index into the instance's matrices (0 = depot). */
    int location();
}
