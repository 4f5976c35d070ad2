package no.smartmat.planner.solver;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import no.smartmat.planner.model.RouteSchedule;
import no.smartmat.planner.model.RoutingInstance;
import no.smartmat.planner.model.StopData;
import no.smartmat.planner.model.VehicleData;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.PlannedStop;
import no.smartmat.planner.scenario.Route;
import no.smartmat.planner.scenario.Totals;

/**
 * Turns routes (stop indexes per vehicle) into a {@link Plan}, recomputing every time from the rules. The
 * score is computed the same way the constraint provider computes it, so a plan's score can be checked
 * without a solver.
 */
public final class PlanBuilder {

    private PlanBuilder() {
    }

    /** @param routes one array per vehicle of the instance, in the instance's vehicle order */
    public static Plan build(RoutingInstance instance, List<int[]> routes, List<Integer> unassigned) {
        List<RouteSchedule> schedules = schedules(instance, routes);
        List<Route> planned = new ArrayList<>();
        long hard = 0;
        long soft = 0;
        double distance = 0;
        int assigned = 0;
        int withPreference = 0;
        int preferenceKept = 0;
        for (RouteSchedule r : schedules) {
            hard += r.hardPenalty();
            soft += r.distance() + r.mismatchPenalty();
            if (r.size() == 0) {
                continue;
            }
            VehicleData v = r.vehicle();
            List<PlannedStop> stops = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                StopData s = instance.stops().get(r.stop(i));
                stops.add(new PlannedStop(s.id(), instance.planTime(r.arrival(i)), instance.planTime(r.serviceStart(i)),
                        instance.planTime(r.departure(i))));
                if (s.preferredDriverId().isPresent()) {
                    withPreference++;
                    if (!s.prefersOtherThan(v.driverId())) {
                        preferenceKept++;
                    }
                }
            }
            assigned += r.size();
            double km = reportDistance(instance, r.exactDistance());
            distance += r.exactDistance();
            planned.add(new Route(v.id(), v.driverId(), instance.planTime(v.shiftStart()),
                    instance.planTime(r.returnTime()), km, stops));
        }
        List<String> unassignedIds = unassigned.stream().map(i -> instance.stops().get(i).id()).toList();
        HardMediumSoftLongScore score = HardMediumSoftLongScore.of(-hard, -unassignedIds.size(), -soft);
        double share = withPreference == 0 ? 1.0 : (double) preferenceKept / withPreference;
        Totals totals = new Totals(reportDistance(instance, distance), planned.size(), assigned,
                Math.round(share * 10_000) / 10_000.0);
        return new Plan(score.toString(), hard == 0, planned, unassignedIds, totals);
    }

    static List<RouteSchedule> schedules(RoutingInstance instance, List<int[]> routes) {
        if (routes.size() != instance.vehicles().size()) {
            throw new IllegalArgumentException("need one route per vehicle: " + routes.size() + " routes for "
                    + instance.vehicles().size() + " vehicles");
        }
        List<RouteSchedule> schedules = new ArrayList<>();
        for (int v = 0; v < routes.size(); v++) {
            schedules.add(RouteSchedule.of(instance, instance.vehicles().get(v), routes.get(v)));
        }
        return schedules;
    }

    /** Scenario distances are reported to the metre; Solomon distances unrounded. */
    private static double reportDistance(RoutingInstance instance, double exact) {
        return instance.kind() == RoutingInstance.Kind.SCENARIO ? Math.round(exact * 1000.0) / 1000.0 : exact;
    }
}
