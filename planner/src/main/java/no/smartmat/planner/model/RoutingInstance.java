package no.smartmat.planner.model;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.smartmat.planner.scenario.PlanTime;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.scenario.VehicleSpec;
import no.smartmat.planner.solomon.SolomonCustomer;
import no.smartmat.planner.solomon.SolomonInstance;

/**
 * A planning problem in the solver's integer units, built from a scenario or a Solomon instance. Every
 * part of the planner (solver, evaluator, insertion advice, plan output) computes times from these same
 * matrices, so they cannot disagree.
 *
 * <p>Scenario: time in seconds since midnight, distance in metres. Travel seconds are rounded up, so a
 * plan that is on time here is on time under the exact rule of formats.md too. Solomon: time and distance
 * in 1/{@value #SOLOMON_SCALE} of the instance's units, travel time rounded up for the same reason.
 * Location 0 is the depot; location i + 1 is stop i.
 */
public final class RoutingInstance {

    public static final long SOLOMON_SCALE = 10_000;

    /** Whether times are wall-clock seconds (a scenario) or scaled instance units (Solomon). */
    public enum Kind { SCENARIO, SOLOMON }

    private final String name;
    private final Kind kind;
    private final int size;
    private final double[] exactDistance; // km (scenario) or instance units (Solomon)
    private final long[] distance;
    private final long[] travelTime;
    private final List<VehicleData> vehicles;
    private final List<StopData> stops;
    private final long capacityPenalty;
    private final double distanceUnitsPerReportUnit;

    private RoutingInstance(String name, Kind kind, int size, double[] exactDistance, long[] distance,
            long[] travelTime, List<VehicleData> vehicles, List<StopData> stops, long capacityPenalty,
            double distanceUnitsPerReportUnit) {
        this.name = name;
        this.kind = kind;
        this.size = size;
        this.exactDistance = exactDistance;
        this.distance = distance;
        this.travelTime = travelTime;
        this.vehicles = List.copyOf(vehicles);
        this.stops = List.copyOf(stops);
        this.capacityPenalty = capacityPenalty;
        this.distanceUnitsPerReportUnit = distanceUnitsPerReportUnit;
    }

    /**
     * @param preferredDriverPenaltyKm soft penalty per stop served by another driver than its preferred one,
     *        in km of travel it is worth
     */
    public static RoutingInstance fromScenario(Scenario scenario, double preferredDriverPenaltyKm) {
        int n = scenario.stops().size() + 1;
        double[] lat = new double[n];
        double[] lon = new double[n];
        lat[0] = scenario.depot().lat();
        lon[0] = scenario.depot().lon();
        for (int i = 1; i < n; i++) {
            lat[i] = scenario.stops().get(i - 1).lat();
            lon[i] = scenario.stops().get(i - 1).lon();
        }
        double[] exact = new double[n * n];
        long[] dist = new long[n * n];
        long[] time = new long[n * n];
        double speed = scenario.travel().speedKmh();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double km = a == b ? 0.0 : scenario.travel().distanceKm(lat[a], lon[a], lat[b], lon[b]);
                exact[a * n + b] = km;
                dist[a * n + b] = Math.round(km * 1000.0);
                time[a * n + b] = (long) Math.ceil(km / speed * 3600.0 - 1e-9);
            }
        }
        List<VehicleData> vehicles = new ArrayList<>();
        for (VehicleSpec v : scenario.vehicles()) {
            vehicles.add(new VehicleData(vehicles.size(), v.id(), v.driverId(), v.shiftStart().toSecondOfDay(),
                    v.shiftEnd().toSecondOfDay(), v.capacity().toArray()));
        }
        long penalty = Math.round(preferredDriverPenaltyKm * 1000.0);
        List<StopData> stops = new ArrayList<>();
        for (StopSpec s : scenario.stops()) {
            stops.add(new StopData(stops.size(), s.id(), stops.size() + 1, s.windowStart().toSecondOfDay(),
                    s.windowEnd().toSecondOfDay(), s.serviceMinutes() * 60L, s.demand().toArray(),
                    s.preferredDriverId(), penalty, s.pin()));
        }
        // one portion over capacity weighs like ten minutes late: both are hard, this only steers the search
        return new RoutingInstance(scenario.date().toString(), Kind.SCENARIO, n, exact, dist, time, vehicles, stops,
                600, 1000.0);
    }

    public static RoutingInstance fromSolomon(SolomonInstance instance) {
        List<SolomonCustomer> all = new ArrayList<>();
        all.add(instance.depot());
        all.addAll(instance.customers());
        int n = all.size();
        double[] exact = new double[n * n];
        long[] dist = new long[n * n];
        long[] time = new long[n * n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double d = all.get(a).distanceTo(all.get(b));
                exact[a * n + b] = d;
                dist[a * n + b] = Math.round(d * SOLOMON_SCALE);
                time[a * n + b] = (long) Math.ceil(d * SOLOMON_SCALE - 1e-6);
            }
        }
        SolomonCustomer depot = instance.depot();
        List<VehicleData> vehicles = new ArrayList<>();
        for (int i = 0; i < instance.vehicleCount(); i++) {
            vehicles.add(new VehicleData(i, Integer.toString(i), Optional.empty(), scale(depot.readyTime()),
                    scale(depot.dueDate()), new int[] {instance.capacity(), 0, 0}));
        }
        List<StopData> stops = new ArrayList<>();
        for (SolomonCustomer c : instance.customers()) {
            stops.add(new StopData(stops.size(), Integer.toString(c.number()), stops.size() + 1, scale(c.readyTime()),
                    scale(c.dueDate()), scale(c.serviceTime()), new int[] {c.demand(), 0, 0}, Optional.empty(), 0,
                    Optional.empty()));
        }
        return new RoutingInstance(instance.name(), Kind.SOLOMON, n, exact, dist, time, vehicles, stops,
                SOLOMON_SCALE, SOLOMON_SCALE);
    }

    private static long scale(double v) {
        return Math.round(v * SOLOMON_SCALE);
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** Number of locations: the depot plus one per stop. */
    public int size() {
        return size;
    }

    public List<VehicleData> vehicles() {
        return vehicles;
    }

    public List<StopData> stops() {
        return stops;
    }

    public long distance(int from, int to) {
        return distance[from * size + to];
    }

    public long travelTime(int from, int to) {
        return travelTime[from * size + to];
    }

    /** Distance in km (scenario) or in the instance's units (Solomon), not rounded. */
    public double exactDistance(int from, int to) {
        return exactDistance[from * size + to];
    }

    /** Hard penalty per portion over a compartment's capacity. */
    public long capacityPenalty() {
        return capacityPenalty;
    }

    /** Solver distance units per reported unit: 1000 (metres per km) or the Solomon scale. */
    public double distanceUnitsPerReportUnit() {
        return distanceUnitsPerReportUnit;
    }

    /** A solver time as a plan time: a clock time for a scenario, instance units for Solomon. */
    public PlanTime planTime(long t) {
        if (kind == Kind.SOLOMON) {
            return PlanTime.units((double) t / SOLOMON_SCALE);
        }
        return PlanTime.of(LocalTime.ofSecondOfDay(Math.clamp(t, 0, 86_399)));
    }

    /** Solver time units per minute of a scenario (60); for Solomon, per instance time unit. */
    public long timeUnitsPerMinute() {
        return kind == Kind.SOLOMON ? SOLOMON_SCALE : 60;
    }

    public long time(LocalTime t) {
        return t.toSecondOfDay();
    }
}
