package no.smartmat.planner.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.smartmat.planner.model.RouteSchedule;
import no.smartmat.planner.model.RoutingInstance;
import no.smartmat.planner.model.StopData;
import no.smartmat.planner.model.VehicleData;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Pin;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.Scenario;

/**
 * Recomputes a plan after a coordinator moved stops by hand: ETAs, loads, lateness and every broken rule,
 * without running the solver. Stops the assignment does not name are unassigned.
 */
public final class PlanEvaluator {

    private final PlannerSettings settings;

    public PlanEvaluator(PlannerSettings settings) {
        this.settings = settings;
    }

    public PlanEvaluator() {
        this(PlannerSettings.defaults());
    }

    /** @param assignment vehicle id to its stop ids in driving order (e.g. {@code plan.assignment()} edited) */
    public Evaluation evaluate(Scenario scenario, Map<String, List<String>> assignment) {
        RoutingInstance instance = RoutingInstance.fromScenario(scenario, settings.preferredDriverPenaltyKm());
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> stopIndex = new HashMap<>();
        instance.stops().forEach(s -> stopIndex.put(s.id(), s.index()));
        Map<String, Integer> vehicleIndex = new HashMap<>();
        instance.vehicles().forEach(v -> vehicleIndex.put(v.id(), v.index()));

        List<List<Integer>> routes = new ArrayList<>();
        instance.vehicles().forEach(v -> routes.add(new ArrayList<>()));
        Set<Integer> placed = new HashSet<>();
        for (Map.Entry<String, List<String>> e : assignment.entrySet()) {
            Integer v = vehicleIndex.get(e.getKey());
            if (v == null) {
                violations.add(new Violation(Violation.Kind.UNKNOWN_VEHICLE, Optional.of(e.getKey()), Optional.empty(),
                        0, "vehicle " + e.getKey() + " is not in the scenario; its stops are left unassigned"));
                continue;
            }
            for (String stopId : e.getValue()) {
                Integer s = stopIndex.get(stopId);
                if (s == null) {
                    violations.add(new Violation(Violation.Kind.UNKNOWN_STOP, Optional.of(e.getKey()),
                            Optional.of(stopId), 0, "stop " + stopId + " is not in the scenario; ignored"));
                } else if (!placed.add(s)) {
                    violations.add(new Violation(Violation.Kind.DUPLICATE_STOP, Optional.of(e.getKey()),
                            Optional.of(stopId), 0, "stop " + stopId + " is listed more than once; the first is kept"));
                } else {
                    routes.get(v).add(s);
                }
            }
        }
        List<int[]> arrays = routes.stream().map(r -> r.stream().mapToInt(Integer::intValue).toArray()).toList();
        List<Integer> unassigned = new ArrayList<>();
        for (StopData s : instance.stops()) {
            if (!placed.contains(s.index())) {
                unassigned.add(s.index());
                violations.add(new Violation(Violation.Kind.UNASSIGNED, Optional.empty(), Optional.of(s.id()), 0,
                        "stop " + s.id() + " is in no route"));
                s.pin().ifPresent(pin -> violations.add(new Violation(Violation.Kind.PIN_NOT_KEPT, Optional.empty(),
                        Optional.of(s.id()), 0, "stop " + s.id() + " is pinned to " + pin.vehicleId() + " position "
                                + pin.position() + " but is in no route")));
            }
        }
        Plan plan = PlanBuilder.build(instance, arrays, unassigned);
        Map<String, Capacity> loads = new LinkedHashMap<>();
        for (RouteSchedule r : PlanBuilder.schedules(instance, arrays)) {
            if (r.size() > 0) {
                int[] load = r.load();
                loads.put(r.vehicle().id(), new Capacity(load[0], load[1], load[2]));
            }
            routeViolations(instance, r, violations);
        }
        return new Evaluation(plan, loads, violations);
    }

    private static void routeViolations(RoutingInstance instance, RouteSchedule r, List<Violation> out) {
        VehicleData v = r.vehicle();
        Optional<String> vehicleId = Optional.of(v.id());
        for (int i = 0; i < r.size(); i++) {
            StopData s = instance.stops().get(r.stop(i));
            if (r.lateness(i) > 0) {
                double minutes = r.lateness(i) / 60.0;
                out.add(new Violation(Violation.Kind.LATE, vehicleId, Optional.of(s.id()), minutes,
                        String.format(Locale.ROOT, "stop %s: service would start %s, %.0f min after its window end %s",
                                s.id(), instance.planTime(r.serviceStart(i)), Math.ceil(minutes),
                                instance.planTime(s.windowEnd()))));
            }
            if (s.prefersOtherThan(v.driverId())) {
                out.add(new Violation(Violation.Kind.OTHER_DRIVER, vehicleId, Optional.of(s.id()), 0,
                        "stop " + s.id() + " has regular driver " + s.preferredDriverId().orElseThrow() + ", served by "
                                + v.driverId().orElse("no driver")));
            }
            if (s.pin().isPresent()) {
                Pin pin = s.pin().get();
                if (!pin.vehicleId().equals(v.id()) || pin.position() != i) {
                    out.add(new Violation(Violation.Kind.PIN_NOT_KEPT, vehicleId, Optional.of(s.id()), 0,
                            "stop " + s.id() + " is pinned to " + pin.vehicleId() + " position " + pin.position()
                                    + " but is at " + v.id() + " position " + i));
                }
            }
        }
        String[] compartments = {"chilled", "frozen", "ambient"};
        int[] load = r.load();
        for (int c = 0; c < 3; c++) {
            int over = load[c] - v.capacity()[c];
            if (over > 0) {
                out.add(new Violation(Violation.Kind.OVER_CAPACITY, vehicleId, Optional.empty(), over,
                        String.format(Locale.ROOT, "vehicle %s: %d %s portions, capacity %d", v.id(), load[c],
                                compartments[c], v.capacity()[c])));
            }
        }
        if (r.overtime() > 0) {
            double minutes = r.overtime() / 60.0;
            out.add(new Violation(Violation.Kind.AFTER_SHIFT_END, vehicleId, Optional.empty(), minutes,
                    String.format(Locale.ROOT, "vehicle %s: back at %s, %.0f min after its shift end %s", v.id(),
                            instance.planTime(r.returnTime()), Math.ceil(minutes), instance.planTime(v.shiftEnd()))));
        }
    }
}
