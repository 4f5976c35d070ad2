package no.smartmat.planner.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.Route;
import no.smartmat.planner.solomon.SolomonCustomer;
import no.smartmat.planner.solomon.SolomonInstance;

/**
 * Checks a Solomon plan straight from the instance file's numbers in double precision, independent of the
 * solver's integer units: every customer served once, capacity, time windows, depot due date, number of
 * vehicles. Also gives the distance in the DIMACS convention (each arc truncated to one decimal), which
 * the distance-only best-known solutions use.
 */
record SolomonCheck(boolean feasible, List<String> problems, int vehicles, double distance, double dimacsDistance) {

    private static final double EPS = 1e-9;

    static SolomonCheck of(SolomonInstance instance, Plan plan) {
        Map<String, SolomonCustomer> byNumber = new HashMap<>();
        instance.customers().forEach(c -> byNumber.put(Integer.toString(c.number()), c));
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        double distance = 0;
        double dimacs = 0;
        int vehicles = 0;
        SolomonCustomer depot = instance.depot();
        for (Route r : plan.routes()) {
            if (r.stops().isEmpty()) {
                continue;
            }
            vehicles++;
            double time = depot.readyTime();
            int load = 0;
            SolomonCustomer at = depot;
            for (var ps : r.stops()) {
                SolomonCustomer c = byNumber.get(ps.stopId());
                if (c == null) {
                    problems.add("unknown customer " + ps.stopId());
                    continue;
                }
                if (!seen.add(ps.stopId())) {
                    problems.add("customer " + ps.stopId() + " served twice");
                }
                double d = at.distanceTo(c);
                distance += d;
                dimacs += Math.floor(d * 10) / 10;
                time = Math.max(time + d, c.readyTime());
                if (time > c.dueDate() + EPS) {
                    problems.add("customer " + c.number() + " served at " + time + " after due " + c.dueDate());
                }
                time += c.serviceTime();
                load += c.demand();
                at = c;
            }
            double back = at.distanceTo(depot);
            distance += back;
            dimacs += Math.floor(back * 10) / 10;
            if (time + back > depot.dueDate() + EPS) {
                problems.add("route " + r.vehicleId() + " back at " + (time + back) + " after " + depot.dueDate());
            }
            if (load > instance.capacity()) {
                problems.add("route " + r.vehicleId() + " carries " + load + " > " + instance.capacity());
            }
        }
        if (seen.size() != instance.customers().size()) {
            problems.add((instance.customers().size() - seen.size()) + " customers not served");
        }
        if (vehicles > instance.vehicleCount()) {
            problems.add(vehicles + " vehicles > " + instance.vehicleCount());
        }
        return new SolomonCheck(problems.isEmpty(), problems, vehicles, distance, dimacs);
    }
}
