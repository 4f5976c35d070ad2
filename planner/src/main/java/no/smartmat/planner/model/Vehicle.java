package no.smartmat.planner.model;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * A van with its ordered stops (the planning list variable). One extra vehicle per solution is the
 * <em>unassigned bucket</em>: OptaPlanner 10.2's list variable must hold every stop somewhere (it has no
 * {@code allowsUnassignedValues}), so a stop the solver cannot serve sits in the bucket and costs a
 * medium penalty. The bucket has no times, distance or capacity.
 *
 * <p>{@code pinnedCount}: the first stops of the list are pinned and never moved (see {@code PinFilter}).
 */
@PlanningEntity
public class Vehicle implements RoutePoint {

    @PlanningId
    private Integer planningId;
    private VehicleData data;
    private RoutingInstance instance;
    private boolean bucket;
    private int pinnedCount;

    @PlanningListVariable
    private List<Visit> visits = new ArrayList<>();

    public Vehicle() {
    }

    public Vehicle(RoutingInstance instance, VehicleData data) {
        this.instance = instance;
        this.data = data;
        this.planningId = data.index();
    }

    public static Vehicle bucket(RoutingInstance instance) {
        Vehicle v = new Vehicle();
        v.instance = instance;
        v.bucket = true;
        v.planningId = -1;
        v.data = new VehicleData(-1, "(unassigned)", java.util.Optional.empty(), 0, Long.MAX_VALUE / 4,
                new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE});
        return v;
    }

    public VehicleData data() {
        return data;
    }

    public RoutingInstance instance() {
        return instance;
    }

    public boolean isBucket() {
        return bucket;
    }

    public int pinnedCount() {
        return pinnedCount;
    }

    public void setPinnedCount(int pinnedCount) {
        this.pinnedCount = pinnedCount;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    @Override
    public int location() {
        return 0;
    }

    public boolean isRoute() {
        return !bucket && !visits.isEmpty();
    }

    /** Hard penalty for portions over capacity (weighted per portion), 0 for the bucket. */
    public long capacityPenalty() {
        if (bucket) {
            return 0;
        }
        int c0 = 0;
        int c1 = 0;
        int c2 = 0;
        for (Visit v : visits) {
            int[] d = v.stop().demand();
            c0 += d[0];
            c1 += d[1];
            c2 += d[2];
        }
        int[] cap = data.capacity();
        long excess = Math.max(0, c0 - cap[0]) + Math.max(0, c1 - cap[1]) + Math.max(0, c2 - cap[2]);
        return excess * instance.capacityPenalty();
    }

    /** Time the vehicle is back at the depot, from the shadow arrival time of its last visit. */
    public long returnTime() {
        if (visits.isEmpty()) {
            return data.shiftStart();
        }
        Visit last = visits.getLast();
        Long departure = last.departureTime();
        if (departure == null) {
            return data.shiftStart();
        }
        return departure + instance.travelTime(last.location(), 0);
    }

    /** Time units back after the shift end; 0 for an empty vehicle and for the bucket. */
    public long overtime() {
        if (bucket || visits.isEmpty()) {
            return 0;
        }
        return Math.max(0, returnTime() - data.shiftEnd());
    }

    @Override
    public String toString() {
        return data.id();
    }
}
