package no.smartmat.planner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.solomon.SolomonCustomer;
import no.smartmat.planner.solomon.SolomonInstance;
import no.smartmat.planner.solver.RoutingSolutions;
import no.smartmat.planner.testing.TestData;

/**
 * Each rule on hand-made routes whose numbers are easy to check: customers on 3-4-5 triangles around a
 * depot at (0,0), so every distance is a whole number (times 10 000 in solver units).
 */
class RoutingConstraintsTest {

    private static final long S = RoutingInstance.SOLOMON_SCALE;

    private final ConstraintVerifier<RoutingConstraints, RoutingSolution> verifier =
            ConstraintVerifier.build(new RoutingConstraints(), RoutingSolution.class, Vehicle.class, Visit.class);

    /** depot (0,0) due {@code depotDue}; 1 at (30,40), 2 at (30,0), 3 at (0,40); capacity 10. */
    private static RoutingInstance triangle(double depotDue, double window1End, int demand1, int demand2) {
        SolomonCustomer depot = new SolomonCustomer(0, 0, 0, 0, 0, depotDue, 0);
        return RoutingInstance.fromSolomon(new SolomonInstance("triangle", 2, 10, depot, List.of(
                new SolomonCustomer(1, 30, 40, demand1, 0, window1End, 10),
                new SolomonCustomer(2, 30, 0, demand2, 0, 1000, 10),
                new SolomonCustomer(3, 0, 40, 1, 0, 1000, 10))));
    }

    private record Built(List<Vehicle> vehicles, List<Visit> visits) {
        Object[] facts() {
            List<Object> all = new ArrayList<>(vehicles);
            all.addAll(visits);
            return all.toArray();
        }
    }

    /** routes[v] = stop indexes of vehicle v; stops in no route go to the bucket. */
    private static Built build(RoutingInstance instance, int[]... routes) {
        List<Visit> visits = instance.stops().stream().map(s -> new Visit(instance, s)).toList();
        List<Vehicle> vehicles = new ArrayList<>();
        boolean[] used = new boolean[visits.size()];
        for (int v = 0; v < instance.vehicles().size(); v++) {
            Vehicle vehicle = new Vehicle(instance, instance.vehicles().get(v));
            if (v < routes.length) {
                for (int s : routes[v]) {
                    vehicle.getVisits().add(visits.get(s));
                    used[s] = true;
                }
            }
            vehicles.add(vehicle);
        }
        Vehicle bucket = Vehicle.bucket(instance);
        for (int s = 0; s < visits.size(); s++) {
            if (!used[s]) {
                bucket.getVisits().add(visits.get(s));
            }
        }
        vehicles.add(bucket);
        vehicles.forEach(RoutingSolutions::updateShadows);
        return new Built(vehicles, visits);
    }

    @Test
    void penalizesServiceAfterWindowEndByTheTimeLate() {
        // depot -> 1 is 50 long; window of 1 ends at 40: 10 units late
        Built b = build(triangle(1000, 40, 1, 1), new int[] {0, 1, 2});
        verifier.verifyThat(RoutingConstraints::lateService).given(b.facts()).penalizesBy(10 * S);
    }

    @Test
    void doesNotPenalizeServiceThatStartsExactlyAtWindowEnd() {
        Built b = build(triangle(1000, 50, 1, 1), new int[] {0, 1, 2});
        verifier.verifyThat(RoutingConstraints::lateService).given(b.facts()).penalizesBy(0);
    }

    @Test
    void lateServiceCountsWaitingAndServiceOfEarlierStops() {
        // 2 (30,0) at 30, serve 10 -> leave 40, to 1 (30,40) 40 more: arrive 80, window ends at 70
        Built b = build(triangle(1000, 70, 1, 1), new int[] {1, 0});
        verifier.verifyThat(RoutingConstraints::lateService).given(b.facts()).penalizesBy(10 * S);
    }

    @Test
    void penalizesPortionsOverCapacity() {
        Built b = build(triangle(1000, 1000, 6, 7), new int[] {0, 1});
        verifier.verifyThat(RoutingConstraints::compartmentCapacity).given(b.facts()).penalizesBy(3 * S);
    }

    @Test
    void capacityIsPerCompartmentNotSummed() {
        Capacity van = new Capacity(3, 1, 3);
        Scenario day = TestData.scenario(List.of(TestData.vehicle("BIL-1", "D-01", "08:00", "16:00", van)), List.of(
                TestData.stop("A", 59.90, 10.52, "09:00", "15:00", 5, new Capacity(1, 1, 0), null),
                TestData.stop("B", 59.91, 10.52, "09:00", "15:00", 5, new Capacity(0, 1, 1), null)));
        RoutingInstance instance = RoutingInstance.fromScenario(day, 5.0);
        Built b = build(instance, new int[] {0, 1});
        // 4 portions in a van of 7 would fit if summed, but the frozen compartment holds 2 of 1: one over
        verifier.verifyThat(RoutingConstraints::compartmentCapacity).given(b.facts())
                .penalizesBy(instance.capacityPenalty());
    }

    @Test
    void penalizesReturnAfterShiftEnd() {
        // depot -> 1 (50) + service 10 + back 50 = 110, depot due 100
        Built b = build(triangle(100, 1000, 1, 1), new int[] {0});
        verifier.verifyThat(RoutingConstraints::shiftEnd).given(b.facts()).penalizesBy(10 * S);
    }

    @Test
    void emptyVehicleIsNeverLate() {
        Built b = build(triangle(10, 1000, 1, 1), new int[] {}, new int[] {});
        verifier.verifyThat(RoutingConstraints::shiftEnd).given(b.facts()).penalizesBy(0);
    }

    @Test
    void penalizesEachUnassignedStopOnce() {
        Built b = build(triangle(1000, 1000, 1, 1), new int[] {0});
        verifier.verifyThat(RoutingConstraints::unassignedStop).given(b.facts()).penalizesBy(2);
    }

    @Test
    void penalizesTravelDistanceIncludingTheWayBack() {
        // depot -> 1: 50, 1 -> 2: 40, 2 -> depot: 30; vehicle 2: depot -> 3 -> depot: 80
        Built b = build(triangle(1000, 1000, 1, 1), new int[] {0, 1}, new int[] {2});
        verifier.verifyThat(RoutingConstraints::travelDistance).given(b.facts()).penalizesBy(200 * S);
    }

    @Test
    void unassignedStopsTravelNowhere() {
        Built b = build(triangle(1000, 1000, 1, 1));
        verifier.verifyThat(RoutingConstraints::travelDistance).given(b.facts()).penalizesBy(0);
        verifier.verifyThat(RoutingConstraints::lateService).given(b.facts()).penalizesBy(0);
    }

    @Test
    void penalizesStopServedByAnotherDriverThanItsPreferredOne() {
        Capacity van = new Capacity(10, 10, 10);
        Scenario day = TestData.scenario(List.of(
                TestData.vehicle("BIL-1", "D-01", "08:00", "16:00", van),
                TestData.vehicle("BIL-2", "D-02", "08:00", "16:00", van)), List.of(
                TestData.stop("A", 59.90, 10.52, "09:00", "15:00", 5, Capacity.ZERO, "D-01"),
                TestData.stop("B", 59.91, 10.52, "09:00", "15:00", 5, Capacity.ZERO, "D-01"),
                TestData.stop("C", 59.92, 10.52, "09:00", "15:00", 5, Capacity.ZERO, null)));
        RoutingInstance instance = RoutingInstance.fromScenario(day, 2.5);
        // A with its driver, B and C with D-02: only B counts (C has no preference): 2.5 km = 2500 m
        Built b = build(instance, new int[] {0}, new int[] {1, 2});
        verifier.verifyThat(RoutingConstraints::otherDriver).given(b.facts()).penalizesBy(2500);
    }

    @Test
    void wholeScoreMatchesTheRulesComputedWithoutTheSolver() {
        RoutingInstance instance = triangle(100, 45, 6, 7);
        Built b = build(instance, new int[] {0, 1}, new int[] {});
        RoutingSolution solution = new RoutingSolution(instance, b.vehicles(), b.visits());
        // late at 1: arrive 50 > 45 -> 5; capacity 13 > 10 -> 3; return 50+10+40+10+30 = 140 > 100 -> 40
        long hard = 5 * S + 3 * S + 40 * S;
        long soft = (50 + 40 + 30) * S;
        verifier.verifyThat().givenSolution(solution).scores(HardMediumSoftLongScore.of(-hard, -1, -soft));
    }

    @Test
    void arrivalShadowFollowsWaitingForWindowStart() {
        SolomonCustomer depot = new SolomonCustomer(0, 0, 0, 0, 0, 1000, 0);
        RoutingInstance instance = RoutingInstance.fromSolomon(new SolomonInstance("wait", 1, 10, depot, List.of(
                new SolomonCustomer(1, 30, 40, 1, 100, 200, 10),
                new SolomonCustomer(2, 30, 0, 1, 0, 1000, 10))));
        Built b = build(instance, new int[] {0, 1});
        // arrive 50, wait until 100, leave 110, 40 to the next
        assertThat(b.visits().get(0).getArrival()).isEqualTo(50 * S);
        assertThat(b.visits().get(1).getArrival()).isEqualTo(150 * S);
    }
}
