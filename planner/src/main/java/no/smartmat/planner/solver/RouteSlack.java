package no.smartmat.planner.solver;

import no.smartmat.planner.model.RouteSchedule;
import no.smartmat.planner.model.RoutingInstance;
import no.smartmat.planner.model.StopData;
import no.smartmat.planner.model.VehicleData;

/**
 * A route's departure times and latest feasible arrivals, so checking one insertion takes constant time:
 * inserting stop u before position p is on time iff u starts service by its window end and the next stop
 * (or the depot) is reached by its latest arrival. A route that already breaks a hard rule (a warm start
 * can) is checked by recomputing it instead.
 */
final class RouteSlack {

    private final RoutingInstance instance;
    private final VehicleData vehicle;
    private final int[] stops;
    private final long[] departure;
    private final long[] latestArrival; // index size = back at the depot
    private final int[] load = new int[3];
    private final boolean feasible;
    private final long hardPenalty;

    RouteSlack(RoutingInstance instance, VehicleData vehicle, int[] stops) {
        this.instance = instance;
        this.vehicle = vehicle;
        this.stops = stops;
        int n = stops.length;
        departure = new long[n];
        long time = vehicle.shiftStart();
        int location = 0;
        long late = 0;
        for (int i = 0; i < n; i++) {
            StopData s = instance.stops().get(stops[i]);
            long arrival = time + instance.travelTime(location, s.location());
            long start = Math.max(arrival, s.windowStart());
            late += Math.max(0, start - s.windowEnd());
            departure[i] = start + s.service();
            time = departure[i];
            location = s.location();
            for (int c = 0; c < 3; c++) {
                load[c] += s.demand()[c];
            }
        }
        long overtime = n == 0 ? 0 : Math.max(0, time + instance.travelTime(location, 0) - vehicle.shiftEnd());
        long excess = 0;
        for (int c = 0; c < 3; c++) {
            excess += Math.max(0, load[c] - vehicle.capacity()[c]);
        }
        hardPenalty = late + overtime + excess * instance.capacityPenalty();
        feasible = hardPenalty == 0;
        latestArrival = new long[n + 1];
        latestArrival[n] = vehicle.shiftEnd();
        for (int i = n - 1; i >= 0; i--) {
            StopData s = instance.stops().get(stops[i]);
            int next = i == n - 1 ? 0 : instance.stops().get(stops[i + 1]).location();
            latestArrival[i] = Math.min(s.windowEnd(),
                    latestArrival[i + 1] - s.service() - instance.travelTime(s.location(), next));
        }
    }

    int size() {
        return stops.length;
    }

    int stop(int position) {
        return stops[position];
    }

    int[] stops() {
        return stops;
    }

    VehicleData vehicle() {
        return vehicle;
    }

    boolean fits(int[] demand) {
        int[] cap = vehicle.capacity();
        return load[0] + demand[0] <= cap[0] && load[1] + demand[1] <= cap[1] && load[2] + demand[2] <= cap[2];
    }

    /** Added distance of inserting {@code s} before {@code p}, or {@link Long#MIN_VALUE} if a hard rule breaks. */
    long feasibleInsertionDelta(StopData s, int p) {
        int n = stops.length;
        int prevLocation = p == 0 ? 0 : instance.stops().get(stops[p - 1]).location();
        int nextLocation = p == n ? 0 : instance.stops().get(stops[p]).location();
        long delta = instance.distance(prevLocation, s.location()) + instance.distance(s.location(), nextLocation)
                - instance.distance(prevLocation, nextLocation);
        if (!feasible) {
            int[] changed = new int[n + 1];
            System.arraycopy(stops, 0, changed, 0, p);
            changed[p] = s.index();
            System.arraycopy(stops, p, changed, p + 1, n - p);
            RouteSchedule after = RouteSchedule.of(instance, vehicle, changed);
            return after.hardPenalty() <= hardPenalty && after.lateness(p) == 0 ? delta : Long.MIN_VALUE;
        }
        long previousDeparture = p == 0 ? vehicle.shiftStart() : departure[p - 1];
        long arrival = previousDeparture + instance.travelTime(prevLocation, s.location());
        if (arrival > s.windowEnd()) {
            return Long.MIN_VALUE;
        }
        long leave = Math.max(arrival, s.windowStart()) + s.service();
        long nextArrival = leave + instance.travelTime(s.location(), nextLocation);
        return nextArrival <= latestArrival[p] ? delta : Long.MIN_VALUE;
    }

    /** The route with {@code stop} inserted before {@code p}. */
    int[] with(int stop, int p) {
        int[] changed = new int[stops.length + 1];
        System.arraycopy(stops, 0, changed, 0, p);
        changed[p] = stop;
        System.arraycopy(stops, p, changed, p + 1, stops.length - p);
        return changed;
    }
}
