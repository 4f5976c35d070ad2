package no.smartmat.console.planning;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.solver.Violation;

/**
 * One van's route in the Planlegging screen's route table: its load per compartment against its capacity and
 * what is wrong with it. A van without stops today has {@code stops == 0} and no times.
 *
 * @param colour the van's index among the day's vans: the same colour on the map and in the table
 * @param problems the route's broken hard rules (over capacity, back after its shift, late stops)
 */
public record RouteRow(String vehicleId, int colour, Optional<String> driverId, int stops, double distanceKm,
                       LocalTime shiftStart, LocalTime shiftEnd, Optional<LocalTime> returnTime, Capacity load,
                       Capacity capacity, int otherDriverStops, int pinnedStops, List<Violation> problems) {

    public RouteRow {
        problems = List.copyOf(problems);
    }

    public boolean used() {
        return stops > 0;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public int lateStops() {
        return (int) problems.stream().filter(v -> v.kind() == Violation.Kind.LATE).count();
    }
}
