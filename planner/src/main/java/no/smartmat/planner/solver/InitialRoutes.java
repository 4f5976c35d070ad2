package no.smartmat.planner.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import no.smartmat.planner.model.RouteSchedule;
import no.smartmat.planner.model.RoutingInstance;
import no.smartmat.planner.model.StopData;
import no.smartmat.planner.model.VehicleData;
import no.smartmat.planner.scenario.Pin;

/**
 * The solver's starting point: pinned route starts, then the warm-start plan's routes, then every other
 * stop inserted where it adds least (distance plus preferred-driver penalty) without breaking a hard rule;
 * a stop that fits nowhere starts unassigned. Plain Java, so it is fast for 1000 stops and keeps pins
 * where OptaPlanner's own construction heuristic would not.
 *
 * <p>Pins of a vehicle fix the start of its route up to its highest pinned position. A position without
 * a pinned stop is filled with the stop the warm-start plan has there (so a pin at position 3 keeps the
 * three stops before it); without such a stop the gap closes up and the pinned stops move forward,
 * keeping their order.
 */
public final class InitialRoutes {

    private final RoutingInstance instance;
    private final List<List<Integer>> routes = new ArrayList<>();
    private final int[] pinnedCount;
    private final List<Integer> unassigned = new ArrayList<>();

    private InitialRoutes(RoutingInstance instance) {
        this.instance = instance;
        this.pinnedCount = new int[instance.vehicles().size()];
        for (int i = 0; i < instance.vehicles().size(); i++) {
            routes.add(new ArrayList<>());
        }
    }

    /**
     * @param warmStart vehicle id to stop ids in order (e.g. {@code plan.assignment()}); stops or vehicles
     *        it names that are not in the instance are ignored
     */
    public static InitialRoutes build(RoutingInstance instance, Optional<Map<String, List<String>>> warmStart) {
        InitialRoutes initial = new InitialRoutes(instance);
        initial.place(warmStart.orElse(Map.of()));
        return initial;
    }

    public List<List<Integer>> routes() {
        return routes;
    }

    public int pinnedCount(int vehicle) {
        return pinnedCount[vehicle];
    }

    public List<Integer> unassigned() {
        return unassigned;
    }

    private void place(Map<String, List<String>> warmStart) {
        Map<String, Integer> vehicleIndex = new HashMap<>();
        for (VehicleData v : instance.vehicles()) {
            vehicleIndex.put(v.id(), v.index());
        }
        Map<String, Integer> stopIndex = new HashMap<>();
        for (StopData s : instance.stops()) {
            stopIndex.put(s.id(), s.index());
        }
        Set<Integer> placed = new HashSet<>();
        // 1. pinned prefixes
        List<TreeMap<Integer, Integer>> pinsByVehicle = new ArrayList<>();
        for (int v = 0; v < routes.size(); v++) {
            pinsByVehicle.add(new TreeMap<>());
        }
        Set<Integer> pinnedStops = new HashSet<>();
        for (StopData s : instance.stops()) {
            if (s.pin().isPresent()) {
                Pin pin = s.pin().get();
                Integer v = vehicleIndex.get(pin.vehicleId());
                if (v != null) {
                    pinsByVehicle.get(v).put(pin.position(), s.index());
                    pinnedStops.add(s.index());
                }
            }
        }
        for (int v = 0; v < routes.size(); v++) {
            TreeMap<Integer, Integer> pins = pinsByVehicle.get(v);
            if (pins.isEmpty()) {
                continue;
            }
            List<String> warm = warmStart.getOrDefault(instance.vehicles().get(v).id(), List.of());
            for (int position = 0; position <= pins.lastKey(); position++) {
                Integer stop = pins.get(position);
                if (stop == null && position < warm.size()) {
                    Integer candidate = stopIndex.get(warm.get(position));
                    if (candidate != null && !pinnedStops.contains(candidate) && !placed.contains(candidate)) {
                        stop = candidate;
                    }
                }
                if (stop != null) {
                    routes.get(v).add(stop);
                    placed.add(stop);
                }
            }
            pinnedCount[v] = routes.get(v).size();
        }
        // 2. the rest of the warm-start routes, in their order
        for (Map.Entry<String, List<String>> e : warmStart.entrySet()) {
            Integer v = vehicleIndex.get(e.getKey());
            if (v == null) {
                continue;
            }
            for (String id : e.getValue()) {
                Integer stop = stopIndex.get(id);
                if (stop != null && !placed.contains(stop)) {
                    routes.get(v).add(stop);
                    placed.add(stop);
                }
            }
        }
        // 3. insert the others, hardest first: narrow windows and far from the depot
        List<Integer> toInsert = new ArrayList<>();
        for (StopData s : instance.stops()) {
            if (!placed.contains(s.index())) {
                toInsert.add(s.index());
            }
        }
        toInsert.sort(Comparator.comparingLong((Integer s) -> instance.stops().get(s).windowEnd())
                .thenComparing(s -> -instance.distance(0, instance.stops().get(s).location())));
        Insertion insertion = new Insertion(instance, routes, pinnedCount);
        for (int stop : toInsert) {
            if (!insertion.insertCheapest(stop)) {
                unassigned.add(stop);
            }
        }
    }

    /** Cheapest insertion that keeps every hard rule the route kept before. */
    static final class Insertion {
        private final RoutingInstance instance;
        private final List<List<Integer>> routes;
        private final int[] pinnedCount;
        private final RouteState[] states;

        Insertion(RoutingInstance instance, List<List<Integer>> routes, int[] pinnedCount) {
            this.instance = instance;
            this.routes = routes;
            this.pinnedCount = pinnedCount;
            this.states = new RouteState[routes.size()];
            for (int v = 0; v < routes.size(); v++) {
                states[v] = new RouteState(instance, instance.vehicles().get(v), routes.get(v));
            }
            markEmptyTwins();
        }

        boolean insertCheapest(int stop) {
            StopData s = instance.stops().get(stop);
            long bestCost = Long.MAX_VALUE;
            int bestVehicle = -1;
            int bestPosition = -1;
            boolean triedEmpty = false;
            for (int v = 0; v < routes.size(); v++) {
                RouteState state = states[v];
                VehicleData vehicle = instance.vehicles().get(v);
                if (routes.get(v).isEmpty() && triedEmpty && state.sameAsFirstEmpty) {
                    continue; // identical empty vans: one is enough to try
                }
                if (!state.fits(s.demand())) {
                    continue;
                }
                long penalty = s.prefersOtherThan(vehicle.driverId()) ? s.mismatchPenalty() : 0;
                for (int p = pinnedCount[v]; p <= routes.get(v).size(); p++) {
                    long delta = state.feasibleInsertionDelta(s, p);
                    if (delta != Long.MIN_VALUE && delta + penalty < bestCost) {
                        bestCost = delta + penalty;
                        bestVehicle = v;
                        bestPosition = p;
                    }
                }
                if (routes.get(v).isEmpty()) {
                    triedEmpty = true;
                }
            }
            if (bestVehicle < 0) {
                return false;
            }
            routes.get(bestVehicle).add(bestPosition, stop);
            states[bestVehicle] = new RouteState(instance, instance.vehicles().get(bestVehicle), routes.get(bestVehicle));
            markEmptyTwins();
            return true;
        }

        private void markEmptyTwins() {
            VehicleData first = null;
            for (int v = 0; v < routes.size(); v++) {
                if (!routes.get(v).isEmpty()) {
                    states[v].sameAsFirstEmpty = false;
                    continue;
                }
                VehicleData vehicle = instance.vehicles().get(v);
                if (first == null) {
                    first = vehicle;
                    states[v].sameAsFirstEmpty = false;
                } else {
                    states[v].sameAsFirstEmpty = first.shiftStart() == vehicle.shiftStart()
                            && first.shiftEnd() == vehicle.shiftEnd()
                            && Arrays.equals(first.capacity(), vehicle.capacity())
                            && first.driverId().equals(vehicle.driverId());
                }
            }
        }
    }

    /**
     * Departure times and latest feasible arrivals of a route, so that checking one insertion takes constant
     * time. A route that already breaks a hard rule (a warm start can) is checked by full recomputation.
     */
    static final class RouteState {
        private final RoutingInstance instance;
        private final VehicleData vehicle;
        private final List<Integer> stops;
        private final long[] departure;
        private final long[] latestArrival; // index size = back at the depot
        private final int[] load;
        private final boolean feasible;
        private final long hardPenalty;
        boolean sameAsFirstEmpty = true;

        RouteState(RoutingInstance instance, VehicleData vehicle, List<Integer> stops) {
            this.instance = instance;
            this.vehicle = vehicle;
            this.stops = stops;
            int n = stops.size();
            RouteSchedule schedule = RouteSchedule.of(instance, vehicle,
                    stops.stream().mapToInt(Integer::intValue).toArray());
            departure = new long[n];
            for (int i = 0; i < n; i++) {
                departure[i] = schedule.departure(i);
            }
            load = schedule.load();
            hardPenalty = schedule.hardPenalty();
            feasible = hardPenalty == 0;
            latestArrival = new long[n + 1];
            latestArrival[n] = vehicle.shiftEnd();
            for (int i = n - 1; i >= 0; i--) {
                StopData s = instance.stops().get(stops.get(i));
                int nextLocation = i == n - 1 ? 0 : instance.stops().get(stops.get(i + 1)).location();
                latestArrival[i] = Math.min(s.windowEnd(),
                        latestArrival[i + 1] - s.service() - instance.travelTime(s.location(), nextLocation));
            }
        }

        boolean fits(int[] demand) {
            int[] cap = vehicle.capacity();
            return load[0] + demand[0] <= cap[0] && load[1] + demand[1] <= cap[1] && load[2] + demand[2] <= cap[2];
        }

        /** Added distance of inserting {@code s} before position {@code p}, or MIN_VALUE if a hard rule breaks. */
        long feasibleInsertionDelta(StopData s, int p) {
            int n = stops.size();
            int prevLocation = p == 0 ? 0 : instance.stops().get(stops.get(p - 1)).location();
            int nextLocation = p == n ? 0 : instance.stops().get(stops.get(p)).location();
            long delta = instance.distance(prevLocation, s.location()) + instance.distance(s.location(), nextLocation)
                    - instance.distance(prevLocation, nextLocation);
            if (!feasible) {
                List<Integer> changed = new ArrayList<>(stops);
                changed.add(p, s.index());
                RouteSchedule after = RouteSchedule.of(instance, vehicle,
                        changed.stream().mapToInt(Integer::intValue).toArray());
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
    }
}
