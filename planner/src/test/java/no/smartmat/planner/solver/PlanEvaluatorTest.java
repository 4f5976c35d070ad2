package no.smartmat.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.testing.TestData;

class PlanEvaluatorTest {

    private final PlanEvaluator evaluator = new PlanEvaluator();

    @Test
    void givesBackTheSolversPlanForItsOwnAssignment() {
        Scenario day = TestData.smallDay();
        Plan solved = new RoutePlanner(PlannerSettings.defaults().withRandomSeed(5))
                .solve(day, Optional.empty(), SolveLimits.seconds(1));
        Evaluation e = evaluator.evaluate(day, solved.assignment());
        assertThat(e.plan()).isEqualTo(solved);
        assertThat(e.hasHardViolations()).isFalse();
    }

    @Test
    void aManualMoveIsRecomputedAndItsLatenessReported() {
        // S-02 must be served 09:00-11:00; put it last in a van that serves S-04 (13:00-15:00) first
        Scenario day = TestData.smallDay();
        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put("BIL-1", List.of("S-04", "S-02"));
        routes.put("BIL-2", List.of("S-01", "S-03", "S-05", "S-06", "S-07", "S-08", "S-09", "S-10", "S-11", "S-12"));
        Evaluation e = evaluator.evaluate(day, routes);
        assertThat(e.violationsOfStop("S-02")).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.LATE);
            assertThat(v.vehicleId()).contains("BIL-1");
            assertThat(v.amount()).isGreaterThan(120);
            assertThat(v.message()).contains("after its window end 11:00");
        });
        assertThat(e.plan().feasible()).isFalse();
        assertThat(e.plan().score()).doesNotStartWith("0hard");
        assertThat(e.loads()).containsEntry("BIL-1", new Capacity(2, 1, 4));
        IndependentCheck.check(day, e.plan(), false);
    }

    @Test
    void reportsEachCompartmentOverCapacity() {
        Scenario day = TestData.smallDay();
        List<StopSpec> stops = new ArrayList<>(day.stops());
        stops.add(TestData.stop("S-BIG", 59.90, 10.50, "09:00", "15:00", 5, new Capacity(19, 6, 0), null));
        Scenario heavy = day.withStops(stops);
        Evaluation e = evaluator.evaluate(heavy, Map.of("BIL-1", List.of("S-BIG", "S-01")));
        assertThat(e.violationsOfVehicle("BIL-1")).filteredOn(v -> v.kind() == Violation.Kind.OVER_CAPACITY)
                .extracting(Violation::message)
                .containsExactly("vehicle BIL-1: 21 chilled portions, capacity 20",
                        "vehicle BIL-1: 7 frozen portions, capacity 6");
    }

    @Test
    void reportsAReturnAfterTheShiftEnd() {
        Scenario day = TestData.scenario(List.of(TestData.vehicle("BIL-1", "D-01", "08:30", "09:00",
                new Capacity(10, 10, 10))), List.of(TestData.stop("A", 59.95, 10.60, "08:00", "15:00", 20,
                Capacity.ZERO, null)));
        Evaluation e = evaluator.evaluate(day, Map.of("BIL-1", List.of("A")));
        assertThat(e.violations()).extracting(Violation::kind).containsExactly(Violation.Kind.AFTER_SHIFT_END);
        assertThat(e.plan().feasible()).isFalse();
    }

    @Test
    void namesUnknownDuplicateUnassignedAndMovedPinnedStops() {
        Scenario day = TestData.smallDay();
        List<StopSpec> stops = new ArrayList<>(day.stops());
        stops.set(0, TestData.pinned(stops.get(0), "BIL-1", 0));
        Scenario pinned = day.withStops(stops);
        Map<String, List<String>> routes = new LinkedHashMap<>();
        routes.put("BIL-1", List.of("S-02", "S-01", "S-02", "S-99"));
        routes.put("BIL-7", List.of("S-03"));
        Evaluation e = evaluator.evaluate(pinned, routes);
        assertThat(e.violations()).extracting(Violation::kind).contains(Violation.Kind.DUPLICATE_STOP,
                Violation.Kind.UNKNOWN_STOP, Violation.Kind.UNKNOWN_VEHICLE, Violation.Kind.PIN_NOT_KEPT,
                Violation.Kind.UNASSIGNED);
        assertThat(e.violationsOfStop("S-01")).extracting(Violation::kind).contains(Violation.Kind.PIN_NOT_KEPT);
        assertThat(e.plan().unassigned()).contains("S-03", "S-04").doesNotContain("S-01", "S-02");
        assertThat(e.plan().score()).contains("-10medium");
        assertThat(e.plan().route("BIL-1").orElseThrow().stopIds()).containsExactly("S-02", "S-01");
    }

    @Test
    void flagsStopsServedByAnotherDriverWithoutMakingThePlanInfeasible() {
        Scenario day = TestData.smallDay();
        Evaluation e = evaluator.evaluate(day, Map.of("BIL-2", List.of("S-01")));
        assertThat(e.violationsOfStop("S-01")).extracting(Violation::kind).containsExactly(Violation.Kind.OTHER_DRIVER);
        assertThat(e.plan().totals().preferredDriverShare()).isEqualTo(0.0);
        assertThat(e.hasHardViolations()).isFalse();
    }
}
