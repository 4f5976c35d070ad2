package no.smartmat.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.PlanTime;
import no.smartmat.planner.scenario.PlannedStop;
import no.smartmat.planner.scenario.Route;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.scenario.VehicleSpec;

/**
 * Re-derives a scenario plan from formats.md with its own arithmetic (haversine written out here, times
 * in double minutes) and checks every time, load and rule of the plan against it. Deliberately shares
 * no code with the planner.
 */
final class IndependentCheck {

    private IndependentCheck() {
    }

    static double km(double lat1, double lon1, double lat2, double lon2, double detour) {
        double r = 6371.0088;
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(h)) * detour;
    }

    static double minutes(PlanTime t) {
        return ((PlanTime.Clock) t).time().toSecondOfDay() / 60.0;
    }

    static double minutes(LocalTime t) {
        return t.toSecondOfDay() / 60.0;
    }

    /** Checks the plan; {@code requireFeasible} also demands every hard rule kept. */
    static void check(Scenario scenario, Plan plan, boolean requireFeasible) {
        double detour = scenario.travel().detourFactor();
        double speed = scenario.travel().speedKmh();
        Set<String> seen = new HashSet<>();
        double totalKm = 0;
        boolean allKept = true;
        for (Route route : plan.routes()) {
            VehicleSpec v = scenario.vehicle(route.vehicleId()).orElseThrow();
            assertThat(route.driverId()).isEqualTo(v.driverId());
            assertThat(minutes(route.departure())).isEqualTo(minutes(v.shiftStart()));
            double t = minutes(v.shiftStart());
            double lat = scenario.depot().lat();
            double lon = scenario.depot().lon();
            int chilled = 0;
            int frozen = 0;
            int ambient = 0;
            double routeKm = 0;
            int legs = 0;
            for (PlannedStop ps : route.stops()) {
                assertThat(seen.add(ps.stopId())).as("stop %s planned once", ps.stopId()).isTrue();
                StopSpec s = scenario.stop(ps.stopId()).orElseThrow();
                double d = km(lat, lon, s.lat(), s.lon(), detour);
                routeKm += d;
                legs++;
                double arrival = t + d / speed * 60;
                double start = Math.max(arrival, minutes(s.windowStart()));
                double leave = start + s.serviceMinutes();
                // the plan rounds each leg up to the second: it may be later by at most a second per leg
                double slack = legs / 60.0 + 1e-9;
                assertThat(minutes(ps.arrival())).as("arrival at %s", s.id()).isBetween(arrival - 1 / 60.0, arrival + slack);
                assertThat(minutes(ps.serviceStart())).as("service start at %s", s.id())
                        .isBetween(start - 1 / 60.0, start + slack);
                assertThat(minutes(ps.departure())).as("departure from %s", s.id()).isBetween(leave - 1 / 60.0, leave + slack);
                if (minutes(ps.serviceStart()) > minutes(s.windowEnd())) {
                    allKept = false;
                }
                chilled += s.demand().chilled();
                frozen += s.demand().frozen();
                ambient += s.demand().ambient();
                t = minutes(ps.departure());
                lat = s.lat();
                lon = s.lon();
            }
            double back = km(lat, lon, scenario.depot().lat(), scenario.depot().lon(), detour);
            routeKm += back;
            double returnAt = t + back / speed * 60;
            assertThat(minutes(route.returnTime())).as("return of %s", v.id())
                    .isBetween(returnAt - 1 / 60.0, returnAt + 1 / 60.0 + 1e-9);
            assertThat(route.distanceKm()).as("distance of %s", v.id()).isCloseTo(routeKm, org.assertj.core.data.Offset.offset(0.001));
            totalKm += routeKm;
            if (chilled > v.capacity().chilled() || frozen > v.capacity().frozen() || ambient > v.capacity().ambient()
                    || minutes(route.returnTime()) > minutes(v.shiftEnd())) {
                allKept = false;
            }
        }
        Set<String> all = new HashSet<>();
        scenario.stops().forEach(s -> all.add(s.id()));
        Set<String> unassigned = new HashSet<>(plan.unassigned());
        assertThat(unassigned).doesNotContainAnyElementsOf(seen);
        Set<String> union = new HashSet<>(seen);
        union.addAll(unassigned);
        assertThat(union).as("every stop in a route or unassigned").isEqualTo(all);
        assertThat(plan.totals().distanceKm()).isCloseTo(totalKm, org.assertj.core.data.Offset.offset(0.002));
        assertThat(plan.totals().assigned()).isEqualTo(seen.size());
        assertThat(plan.feasible()).as("plan says feasible exactly when every hard rule holds").isEqualTo(allKept);
        if (requireFeasible) {
            assertThat(allKept).as("every window, capacity and shift kept").isTrue();
        }
    }

    static List<String> stopsOf(Plan plan, String vehicleId) {
        return plan.route(vehicleId).map(Route::stopIds).orElse(List.of());
    }
}
