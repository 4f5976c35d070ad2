package no.smartmat.planner.advice;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import no.smartmat.planner.model.RouteSchedule;
import no.smartmat.planner.model.RoutingInstance;
import no.smartmat.planner.model.StopData;
import no.smartmat.planner.model.VehicleData;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;

/**
 * Answers, for each window a client could book, whether the day's current plan can take the stop without
 * breaking a hard rule, at what detour, and whether a planned route already passes nearby ("green").
 *
 * <p>Every vehicle and every position is tried (idle vans too: a new route). An insertion is accepted when
 * the new stop starts service inside the window, every compartment has room, and the route's existing
 * stops and return are no later beyond their limits than before: a plan that already has a late stop
 * does not make every window infeasible. Times are recomputed from the scenario, not read from the plan.
 */
public final class InsertionAdvisor {

    private static final String CANDIDATE_ID = "\u0000candidate";

    private final AdvisorSettings settings;

    public InsertionAdvisor(AdvisorSettings settings) {
        this.settings = settings;
    }

    public InsertionAdvisor() {
        this(AdvisorSettings.defaults());
    }

    public List<WindowAdvice> advise(Scenario scenario, Plan plan, CandidateStop candidate,
            List<CandidateWindow> windows) {
        List<StopSpec> stops = new ArrayList<>(scenario.stops());
        stops.add(new StopSpec(CANDIDATE_ID, CANDIDATE_ID, candidate.lat(), candidate.lon(), LocalTime.MIDNIGHT,
                LocalTime.MAX, candidate.serviceMinutes(), candidate.demand(), candidate.preferredDriverId(),
                Optional.empty()));
        RoutingInstance instance = RoutingInstance.fromScenario(scenario.withStops(stops),
                settings.preferredDriverPenaltyKm());
        StopData c = instance.stops().getLast();
        List<RouteSchedule> routes = routesOf(instance, plan);
        List<WindowAdvice> advice = new ArrayList<>();
        for (CandidateWindow w : windows) {
            advice.add(adviseWindow(instance, routes, c, w));
        }
        return advice;
    }

    private static List<RouteSchedule> routesOf(RoutingInstance instance, Plan plan) {
        Map<String, Integer> index = new HashMap<>();
        instance.stops().forEach(s -> index.put(s.id(), s.index()));
        List<RouteSchedule> routes = new ArrayList<>();
        for (VehicleData v : instance.vehicles()) {
            int[] stops = plan.route(v.id()).map(r -> r.stopIds().stream().filter(index::containsKey)
                    .mapToInt(index::get).toArray()).orElse(new int[0]);
            routes.add(RouteSchedule.of(instance, v, stops));
        }
        return routes;
    }

    private WindowAdvice adviseWindow(RoutingInstance instance, List<RouteSchedule> routes, StopData c,
            CandidateWindow window) {
        long ws = instance.time(window.start());
        long we = instance.time(window.end());
        if (routes.isEmpty()) {
            return infeasible(window, WindowAdvice.Obstacle.NO_VEHICLES, "the day has no vehicles");
        }
        boolean anyRoom = false;
        boolean anyReachable = false;
        Optional<Insertion> best = Optional.empty();
        long bestCost = Long.MAX_VALUE;
        long bestExistingDetour = Long.MAX_VALUE;
        long minDetour = Long.MAX_VALUE;
        double minDetourKm = 0;
        for (RouteSchedule r : routes) {
            VehicleData v = r.vehicle();
            int[] load = r.load();
            int[] cap = v.capacity();
            int[] demand = c.demand();
            boolean room = true;
            for (int k = 0; k < 3; k++) {
                if (demand[k] > 0 && load[k] + demand[k] > cap[k]) {
                    room = false;
                }
            }
            if (!room) {
                continue;
            }
            anyRoom = true;
            long directArrival = v.shiftStart() + instance.travelTime(0, c.location());
            if (directArrival <= we) {
                anyReachable = true;
            }
            long before = timePenalty(r);
            boolean preferred = !c.prefersOtherThan(v.driverId());
            for (int p = 0; p <= r.size(); p++) {
                Try t = tryInsert(instance, r, p, c, ws, we);
                if (t == null || t.timePenalty > before) {
                    continue;
                }
                int prev = p == 0 ? 0 : instance.stops().get(r.stop(p - 1)).location();
                int next = p == r.size() ? 0 : instance.stops().get(r.stop(p)).location();
                long detour = instance.distance(prev, c.location()) + instance.distance(c.location(), next)
                        - instance.distance(prev, next);
                long cost = detour + (preferred ? 0 : c.mismatchPenalty());
                double km = instance.exactDistance(prev, c.location()) + instance.exactDistance(c.location(), next)
                        - instance.exactDistance(prev, next);
                if (r.size() > 0 && detour < bestExistingDetour) {
                    bestExistingDetour = detour;
                }
                if (detour < minDetour) {
                    minDetour = detour;
                    minDetourKm = km;
                }
                if (cost < bestCost) {
                    bestCost = cost;
                    best = Optional.of(new Insertion(v.id(), p, Math.round(km * 1000) / 1000.0,
                            LocalTime.ofSecondOfDay(Math.clamp(t.arrival, 0, 86_399)),
                            LocalTime.ofSecondOfDay(Math.clamp(t.serviceStart, 0, 86_399)), r.size() == 0, preferred));
                }
            }
        }
        if (best.isPresent()) {
            boolean green = bestExistingDetour != Long.MAX_VALUE
                    && bestExistingDetour <= Math.round(settings.greenDetourKm() * 1000);
            return new WindowAdvice(window, true, Optional.empty(), OptionalDouble.of(Math.round(minDetourKm * 1000) / 1000.0),
                    best, green);
        }
        if (!anyRoom) {
            return infeasible(window, WindowAdvice.Obstacle.NO_CAPACITY,
                    "no van has room for " + capacityText(c.demand()) + " more");
        }
        if (!anyReachable) {
            return infeasible(window, WindowAdvice.Obstacle.UNREACHABLE,
                    "no van can reach the client by " + window.end() + ", even straight from the depot");
        }
        return infeasible(window, WindowAdvice.Obstacle.NO_TIME, "no route can serve the client between "
                + window.start() + " and " + window.end() + " without making another stop late or a van late back");
    }

    private static WindowAdvice infeasible(CandidateWindow w, WindowAdvice.Obstacle obstacle, String message) {
        return new WindowAdvice(w, false, Optional.of(new WindowAdvice.Reason(obstacle, message)),
                OptionalDouble.empty(), Optional.empty(), false);
    }

    private static String capacityText(int[] demand) {
        return String.format(Locale.ROOT, "%d chilled, %d frozen and %d ambient portions", demand[0], demand[1],
                demand[2]);
    }

    private record Try(long arrival, long serviceStart, long timePenalty) {
    }

    /**
     * Simulates the route with the candidate before {@code position}; null when the candidate itself would
     * start after the window. The time penalty is the lateness of the other stops plus time back after the
     * shift end.
     */
    private static Try tryInsert(RoutingInstance instance, RouteSchedule r, int position, StopData c, long ws,
            long we) {
        VehicleData v = r.vehicle();
        long time = position == 0 ? v.shiftStart() : r.departure(position - 1);
        int location = position == 0 ? 0 : instance.stops().get(r.stop(position - 1)).location();
        long arrival = time + instance.travelTime(location, c.location());
        if (arrival > we) {
            return null;
        }
        long start = Math.max(arrival, ws);
        time = start + c.service();
        location = c.location();
        long penalty = 0;
        for (int i = 0; i < position; i++) {
            penalty += r.lateness(i);
        }
        for (int i = position; i < r.size(); i++) {
            StopData s = instance.stops().get(r.stop(i));
            long a = time + instance.travelTime(location, s.location());
            long st = Math.max(a, s.windowStart());
            penalty += Math.max(0, st - s.windowEnd());
            time = st + s.service();
            location = s.location();
        }
        long back = time + instance.travelTime(location, 0);
        penalty += Math.max(0, back - v.shiftEnd());
        return new Try(arrival, start, penalty);
    }

    /** The route's own time penalty before any insertion. */
    private static long timePenalty(RouteSchedule r) {
        long penalty = r.overtime();
        for (int i = 0; i < r.size(); i++) {
            penalty += r.lateness(i);
        }
        return penalty;
    }
}
