package no.smartmat.planner.scenario;

/**
 * Plan totals. {@code preferredDriverShare}: of the assigned stops that have a preferred driver, the
 * share served by that driver (1.0 when no assigned stop has one).
 */
public record Totals(double distanceKm, int vehiclesUsed, int assigned, double preferredDriverShare) {
}
