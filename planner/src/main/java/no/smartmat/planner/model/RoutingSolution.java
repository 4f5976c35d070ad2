package no.smartmat.planner.model;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The OptaPlanner solution: the vehicles (plus the unassigned bucket, last) and the visits they share.
 * In OptaPlanner 10 the visits are a problem fact collection that provides the list variable's values,
 * although they carry shadow variables (STACK.md pitfall 8).
 */
@PlanningSolution
public class RoutingSolution {

    private RoutingInstance instance;

    @PlanningEntityCollectionProperty
    private List<Vehicle> vehicles;

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Visit> visits;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public RoutingSolution() {
    }

    public RoutingSolution(RoutingInstance instance, List<Vehicle> vehicles, List<Visit> visits) {
        this.instance = instance;
        this.vehicles = vehicles;
        this.visits = visits;
    }

    public RoutingInstance instance() {
        return instance;
    }

    public List<Vehicle> getVehicles() {
        return vehicles;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    /** The unassigned bucket (always the last vehicle). */
    public Vehicle bucket() {
        return vehicles.getLast();
    }

    public int assignedCount() {
        int n = 0;
        for (Vehicle v : vehicles) {
            if (!v.isBucket()) {
                n += v.getVisits().size();
            }
        }
        return n;
    }
}
