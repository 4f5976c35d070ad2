package no.smartmat.console.planning;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.solver.Violation;

/**
 * One stop of a route (or of the unassigned list) in the Planlegging screen: who, where, when, what it carries,
 * whether the client's own driver serves it, and what is wrong with it.
 *
 * @param position 1 for the first stop after the depot; 0 when unassigned
 * @param fixedByPin not pinned itself, but a later stop of the route is, which keeps this one in place too
 */
public record StopRow(int position, String stopId, Optional<String> vehicleId, DayScenario.StopInfo info, StopSpec spec,
                      Optional<LocalTime> arrival, Optional<LocalTime> serviceStart, Optional<String> servedBy,
                      boolean pinned, boolean fixedByPin, List<Violation> violations) {

    public StopRow {
        violations = List.copyOf(violations);
    }

    public enum DriverMatch { REGULAR, OTHER, NO_REGULAR, UNASSIGNED }

    public boolean assigned() {
        return vehicleId.isPresent();
    }

    public Capacity demand() {
        return spec.demand();
    }

    /** Minutes after the window end that service would start; 0 when on time. */
    public double lateMinutes() {
        return violations.stream().filter(v -> v.kind() == Violation.Kind.LATE).mapToDouble(Violation::amount).sum();
    }

    public boolean late() {
        return lateMinutes() > 0;
    }

    /** Minutes the driver waits at the door for the window to open. */
    public long waitMinutes() {
        return arrival.flatMap(a -> serviceStart.map(s -> java.time.Duration.between(a, s).toMinutes())).orElse(0L);
    }

    public DriverMatch driverMatch() {
        if (vehicleId.isEmpty()) {
            return DriverMatch.UNASSIGNED;
        }
        if (info.regularDriverCode().isEmpty()) {
            return DriverMatch.NO_REGULAR;
        }
        return info.regularDriverCode().equals(servedBy) ? DriverMatch.REGULAR : DriverMatch.OTHER;
    }
}
