package no.smartmat.planner.solver;

import java.util.List;
import java.util.Map;

import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Plan;

/**
 * A plan recomputed from an assignment: times, the load of each used vehicle (per compartment) and every
 * problem found. {@code plan.score()} is the score the solver would give the same routes.
 */
public record Evaluation(Plan plan, Map<String, Capacity> loads, List<Violation> violations) {

    public Evaluation {
        loads = Map.copyOf(loads);
        violations = List.copyOf(violations);
    }

    public List<Violation> violationsOfStop(String stopId) {
        return violations.stream().filter(v -> v.stopId().filter(stopId::equals).isPresent()).toList();
    }

    public List<Violation> violationsOfVehicle(String vehicleId) {
        return violations.stream().filter(v -> v.vehicleId().filter(vehicleId::equals).isPresent()).toList();
    }

    /** The hard rules broken, counted as {@link Progress} counts them while solving. */
    public BrokenRules broken() {
        int late = (int) violations.stream().filter(v -> v.kind() == Violation.Kind.LATE).count();
        int over = (int) violations.stream().filter(v -> v.kind() == Violation.Kind.OVER_CAPACITY)
                .map(Violation::vehicleId).distinct().count();
        int afterShift = (int) violations.stream().filter(v -> v.kind() == Violation.Kind.AFTER_SHIFT_END).count();
        return new BrokenRules(late, over, afterShift);
    }

    public boolean hasHardViolations() {
        return violations.stream().anyMatch(v -> v.kind().hard());
    }
}
