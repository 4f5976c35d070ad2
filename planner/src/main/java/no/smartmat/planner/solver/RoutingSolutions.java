package no.smartmat.planner.solver;

import java.util.ArrayList;
import java.util.List;

import no.smartmat.planner.model.ArrivalTimeListener;
import no.smartmat.planner.model.RoutingInstance;
import no.smartmat.planner.model.RoutingSolution;
import no.smartmat.planner.model.StopData;
import no.smartmat.planner.model.Vehicle;
import no.smartmat.planner.model.Visit;

/** Builds the OptaPlanner solution from an instance and its initial routes, and reads routes back out. */
public final class RoutingSolutions {

    private RoutingSolutions() {
    }

    public static RoutingSolution create(RoutingInstance instance, InitialRoutes initial) {
        List<Visit> visits = new ArrayList<>();
        for (StopData s : instance.stops()) {
            visits.add(new Visit(instance, s));
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < instance.vehicles().size(); v++) {
            Vehicle vehicle = new Vehicle(instance, instance.vehicles().get(v));
            List<Integer> route = initial.routes().get(v);
            for (int i = 0; i < route.size(); i++) {
                Visit visit = visits.get(route.get(i));
                vehicle.getVisits().add(visit);
                visit.setPinned(i < initial.pinnedCount(v));
            }
            vehicle.setPinnedCount(initial.pinnedCount(v));
            vehicles.add(vehicle);
        }
        Vehicle bucket = Vehicle.bucket(instance);
        for (int s : initial.unassigned()) {
            bucket.getVisits().add(visits.get(s));
        }
        vehicles.add(bucket);
        vehicles.forEach(RoutingSolutions::updateShadows);
        return new RoutingSolution(instance, vehicles, visits);
    }

    /**
     * Sets the shadow variables of a vehicle's visits as OptaPlanner would, for solutions that are built or
     * inspected outside a solver (tests, constraint verification).
     */
    public static void updateShadows(Vehicle vehicle) {
        List<Visit> visits = vehicle.getVisits();
        for (int i = 0; i < visits.size(); i++) {
            Visit v = visits.get(i);
            v.setVehicle(vehicle);
            v.setPrevious(i == 0 ? null : visits.get(i - 1));
            v.setNext(i == visits.size() - 1 ? null : visits.get(i + 1));
            v.setArrival(null);
        }
        ArrivalTimeListener.recompute(vehicle);
    }

    /** Stop indexes per real vehicle, in order (the bucket left out). */
    public static List<int[]> routes(RoutingSolution solution) {
        List<int[]> routes = new ArrayList<>();
        for (Vehicle v : solution.getVehicles()) {
            if (!v.isBucket()) {
                routes.add(v.getVisits().stream().mapToInt(x -> x.stop().index()).toArray());
            }
        }
        return routes;
    }
}
