package no.smartmat.planner.model;

/**
 * One route's times, load and cost in solver units, computed straight from the rules: leave the depot
 * at shift start, arrive after the travel time, start service at max(arrival, window start), leave after
 * the service, return to the depot. The solver's shadow variables follow the same steps incrementally.
 */
public final class RouteSchedule {

    private final RoutingInstance instance;
    private final VehicleData vehicle;
    private final int[] stops;
    private final long[] arrival;
    private final long[] serviceStart;
    private final long[] departure;
    private final long returnTime;
    private final long distance;
    private final double exactDistance;
    private final int[] load = new int[3];

    private RouteSchedule(RoutingInstance instance, VehicleData vehicle, int[] stops) {
        this.instance = instance;
        this.vehicle = vehicle;
        this.stops = stops.clone();
        int n = stops.length;
        arrival = new long[n];
        serviceStart = new long[n];
        departure = new long[n];
        long time = vehicle.shiftStart();
        int location = 0;
        long dist = 0;
        double exact = 0;
        for (int i = 0; i < n; i++) {
            StopData s = instance.stops().get(stops[i]);
            arrival[i] = time + instance.travelTime(location, s.location());
            serviceStart[i] = Math.max(arrival[i], s.windowStart());
            departure[i] = serviceStart[i] + s.service();
            dist += instance.distance(location, s.location());
            exact += instance.exactDistance(location, s.location());
            for (int c = 0; c < 3; c++) {
                load[c] += s.demand()[c];
            }
            time = departure[i];
            location = s.location();
        }
        if (n > 0) {
            dist += instance.distance(location, 0);
            exact += instance.exactDistance(location, 0);
            returnTime = time + instance.travelTime(location, 0);
        } else {
            returnTime = vehicle.shiftStart();
        }
        distance = dist;
        exactDistance = exact;
    }

    public static RouteSchedule of(RoutingInstance instance, VehicleData vehicle, int[] stops) {
        return new RouteSchedule(instance, vehicle, stops);
    }

    public VehicleData vehicle() {
        return vehicle;
    }

    public int size() {
        return stops.length;
    }

    public int stop(int position) {
        return stops[position];
    }

    public int[] stops() {
        return stops.clone();
    }

    public long arrival(int position) {
        return arrival[position];
    }

    public long serviceStart(int position) {
        return serviceStart[position];
    }

    public long departure(int position) {
        return departure[position];
    }

    /** Solver time units the service at {@code position} starts after its window end (0 when on time). */
    public long lateness(int position) {
        return Math.max(0, serviceStart[position] - instance.stops().get(stops[position]).windowEnd());
    }

    public long returnTime() {
        return returnTime;
    }

    /** Time units back after shift end (0 when on time or when the vehicle stays at the depot). */
    public long overtime() {
        return stops.length == 0 ? 0 : Math.max(0, returnTime - vehicle.shiftEnd());
    }

    public long distance() {
        return distance;
    }

    public double exactDistance() {
        return exactDistance;
    }

    public int[] load() {
        return load.clone();
    }

    /** Portions over capacity, summed over the compartments. */
    public long capacityExcess() {
        long excess = 0;
        for (int c = 0; c < 3; c++) {
            excess += Math.max(0, load[c] - vehicle.capacity()[c]);
        }
        return excess;
    }

    public long mismatchPenalty() {
        long penalty = 0;
        for (int s : stops) {
            StopData stop = instance.stops().get(s);
            if (stop.prefersOtherThan(vehicle.driverId())) {
                penalty += stop.mismatchPenalty();
            }
        }
        return penalty;
    }

    /** Hard score part of this route, as the constraint provider counts it (a positive number). */
    public long hardPenalty() {
        long late = 0;
        for (int i = 0; i < stops.length; i++) {
            late += lateness(i);
        }
        return late + capacityExcess() * instance.capacityPenalty() + overtime();
    }
}
