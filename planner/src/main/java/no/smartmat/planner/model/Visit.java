package no.smartmat.planner.model;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.InverseRelationShadowVariable;
import org.optaplanner.core.api.domain.variable.NextElementShadowVariable;
import org.optaplanner.core.api.domain.variable.PreviousElementShadowVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * A stop as the solver moves it. Its vehicle, neighbours and arrival time are shadow variables that
 * OptaPlanner keeps in step with the vehicles' lists; arrival time is null in the unassigned bucket.
 */
@PlanningEntity
public class Visit implements RoutePoint {

    @PlanningId
    private Integer planningId;
    private StopData stop;
    private RoutingInstance instance;
    private int location;
    private long windowStart;
    private long windowEnd;
    private long service;
    private boolean pinned;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private Vehicle vehicle;
    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private Visit previous;
    @NextElementShadowVariable(sourceVariableName = "visits")
    private Visit next;
    @ShadowVariable(variableListenerClass = ArrivalTimeListener.class, sourceEntityClass = Vehicle.class,
            sourceVariableName = "visits")
    private Long arrival;

    public Visit() {
    }

    public Visit(RoutingInstance instance, StopData stop) {
        this.instance = instance;
        this.stop = stop;
        this.planningId = stop.index();
        this.location = stop.location();
        this.windowStart = stop.windowStart();
        this.windowEnd = stop.windowEnd();
        this.service = stop.service();
    }

    public StopData stop() {
        return stop;
    }

    public RoutingInstance instance() {
        return instance;
    }

    /** Pinned: part of its vehicle's fixed route start; no move may touch it. */
    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @Override
    public int location() {
        return location;
    }

    public Vehicle getVehicle() {
        return vehicle;
    }

    public void setVehicle(Vehicle vehicle) {
        this.vehicle = vehicle;
    }

    public Visit getPrevious() {
        return previous;
    }

    public void setPrevious(Visit previous) {
        this.previous = previous;
    }

    public Visit getNext() {
        return next;
    }

    public void setNext(Visit next) {
        this.next = next;
    }

    public Long getArrival() {
        return arrival;
    }

    public void setArrival(Long arrival) {
        this.arrival = arrival;
    }

    public Long serviceStart() {
        return arrival == null ? null : Math.max(arrival, windowStart);
    }

    public Long departureTime() {
        return arrival == null ? null : Math.max(arrival, windowStart) + service;
    }

    /** In a real vehicle (not the unassigned bucket). */
    public boolean isRouted() {
        return vehicle != null && !vehicle.isBucket();
    }

    public boolean isUnassigned() {
        return vehicle == null || vehicle.isBucket();
    }

    /** Time units the service starts after the window end; 0 when on time or not routed. */
    public long lateness() {
        if (arrival == null || !isRouted()) {
            return 0;
        }
        return Math.max(0, Math.max(arrival, windowStart) - windowEnd);
    }

    public boolean isLate() {
        return lateness() > 0;
    }

    /** Distance from the previous stop (or the depot), plus back to the depot when this is the last stop. */
    public long distanceCost() {
        int from = previous == null ? 0 : previous.location;
        long d = instance.distance(from, location);
        if (next == null) {
            d += instance.distance(location, 0);
        }
        return d;
    }

    public boolean isServedByOtherDriver() {
        return isRouted() && stop.prefersOtherThan(vehicle.data().driverId());
    }

    public long mismatchPenalty() {
        return stop.mismatchPenalty();
    }

    @Override
    public String toString() {
        return stop.id();
    }
}
