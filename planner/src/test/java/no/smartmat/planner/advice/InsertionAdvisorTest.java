package no.smartmat.planner.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.solver.PlanEvaluator;
import no.smartmat.planner.testing.TestData;

class InsertionAdvisorTest {

    private static final double DEPOT_LAT = 59.8907;
    private static final double DEPOT_LON = 10.5246;

    private final InsertionAdvisor advisor = new InsertionAdvisor(new AdvisorSettings(1.0, 5.0));

    private static CandidateWindow window(String from, String to) {
        return new CandidateWindow(LocalTime.parse(from), LocalTime.parse(to));
    }

    private static Plan plan(Scenario day, Map<String, List<String>> routes) {
        return new PlanEvaluator().evaluate(day, routes).plan();
    }

    /** One van; A 2.2 km north of the depot, B 2.2 km north-east of A. */
    private static Scenario oneVan(String aFrom, String aTo) {
        return TestData.scenario(
                List.of(TestData.vehicle("BIL-1", "D-01", "08:30", "15:30", new Capacity(10, 2, 10))),
                List.of(TestData.stop("A", DEPOT_LAT + 0.02, DEPOT_LON, aFrom, aTo, 5, new Capacity(1, 0, 0), "D-01"),
                        TestData.stop("B", DEPOT_LAT + 0.03, DEPOT_LON + 0.03, "09:00", "15:00", 5,
                                new Capacity(1, 0, 0), "D-01")));
    }

    @Test
    void aStopNextToAPlannedRouteIsFeasibleAndGreenWithAlmostNoDetour() {
        Scenario day = oneVan("09:00", "15:00");
        Plan plan = plan(day, Map.of("BIL-1", List.of("A", "B")));
        // the client lives on the way from A to B
        CandidateStop client = new CandidateStop(DEPOT_LAT + 0.025, DEPOT_LON + 0.015, 5, new Capacity(1, 0, 0),
                Optional.of("D-01"));
        List<WindowAdvice> advice = advisor.advise(day, plan, client, List.of(window("09:00", "15:00")));
        WindowAdvice w = advice.getFirst();
        assertThat(w.feasible()).isTrue();
        assertThat(w.green()).isTrue();
        assertThat(w.best()).get().extracting(Insertion::vehicleId, Insertion::position, Insertion::newRoute)
                .containsExactly("BIL-1", 1, false);
        assertThat(w.detourKm().getAsDouble()).isLessThan(1.0);
    }

    @Test
    void aStopFarFromEveryRouteIsFeasibleButNotGreen() {
        Scenario day = oneVan("09:00", "15:00");
        Plan plan = plan(day, Map.of("BIL-1", List.of("A", "B")));
        CandidateStop far = new CandidateStop(DEPOT_LAT - 0.03, DEPOT_LON - 0.08, 5, new Capacity(1, 0, 0),
                Optional.empty());
        WindowAdvice w = advisor.advise(day, plan, far, List.of(window("09:00", "15:00"))).getFirst();
        assertThat(w.feasible()).isTrue();
        assertThat(w.green()).isFalse();
        assertThat(w.detourKm().getAsDouble()).isGreaterThan(5.0);
    }

    @Test
    void anIdleVanMakesAWindowFeasibleButNeverGreen() {
        Scenario day = oneVan("09:00", "15:00");
        Plan empty = plan(day, Map.of());
        CandidateStop near = new CandidateStop(DEPOT_LAT + 0.001, DEPOT_LON, 5, Capacity.ZERO, Optional.empty());
        WindowAdvice w = advisor.advise(day, empty, near, List.of(window("09:00", "11:00"))).getFirst();
        assertThat(w.feasible()).isTrue();
        assertThat(w.best().orElseThrow().newRoute()).isTrue();
        assertThat(w.green()).isFalse();
    }

    @Test
    void aWindowThatClosesBeforeAnyVanCanArriveIsUnreachable() {
        Scenario day = oneVan("09:00", "15:00");
        Plan plan = plan(day, Map.of("BIL-1", List.of("A", "B")));
        CandidateStop client = new CandidateStop(DEPOT_LAT + 0.02, DEPOT_LON, 5, Capacity.ZERO, Optional.empty());
        WindowAdvice w = advisor.advise(day, plan, client, List.of(window("07:00", "08:31"))).getFirst();
        assertThat(w.feasible()).isFalse();
        assertThat(w.reason().orElseThrow().obstacle()).isEqualTo(WindowAdvice.Obstacle.UNREACHABLE);
    }

    @Test
    void noRoomInAnyVanIsNoCapacity() {
        Scenario day = oneVan("09:00", "15:00");
        Plan plan = plan(day, Map.of("BIL-1", List.of("A", "B")));
        CandidateStop frozen = new CandidateStop(DEPOT_LAT + 0.02, DEPOT_LON, 5, new Capacity(0, 3, 0),
                Optional.empty());
        WindowAdvice w = advisor.advise(day, plan, frozen, List.of(window("09:00", "15:00"))).getFirst();
        assertThat(w.feasible()).isFalse();
        assertThat(w.reason().orElseThrow().obstacle()).isEqualTo(WindowAdvice.Obstacle.NO_CAPACITY);
        assertThat(w.reason().orElseThrow().message()).contains("3 frozen");
    }

    @Test
    void aWindowThatWouldMakeAPlannedStopLateHasNoTime() {
        // A must be served 08:36-08:40, 6 min north; the client is 6 min south and wants 08:30-08:45:
        // before A, A is late; after A, the client is late
        Scenario day = oneVan("08:36", "08:40");
        Plan plan = plan(day, Map.of("BIL-1", List.of("A", "B")));
        assertThat(plan.feasible()).isTrue();
        CandidateStop client = new CandidateStop(DEPOT_LAT - 0.02, DEPOT_LON, 5, Capacity.ZERO, Optional.empty());
        List<WindowAdvice> advice = advisor.advise(day, plan, client,
                List.of(window("08:30", "08:45"), window("09:00", "15:00")));
        assertThat(advice.get(0).feasible()).isFalse();
        assertThat(advice.get(0).reason().orElseThrow().obstacle()).isEqualTo(WindowAdvice.Obstacle.NO_TIME);
        assertThat(advice.get(1).feasible()).isTrue();
        assertThat(advice.get(1).window()).isEqualTo(window("09:00", "15:00"));
    }

    @Test
    void anAlreadyLateStopDoesNotBlockInsertionsThatDoNotMakeItLater() {
        // A's window has closed before the van can get there: the plan is late at A already
        Scenario day = oneVan("08:31", "08:32");
        Plan plan = plan(day, Map.of("BIL-1", List.of("A", "B")));
        assertThat(plan.feasible()).isFalse();
        CandidateStop client = new CandidateStop(DEPOT_LAT + 0.031, DEPOT_LON + 0.031, 5, Capacity.ZERO,
                Optional.empty());
        WindowAdvice after = advisor.advise(day, plan, client, List.of(window("09:00", "15:00"))).getFirst();
        assertThat(after.feasible()).isTrue();
        assertThat(after.best().orElseThrow().position()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void prefersTheRegularDriversVanWhenBothCanTakeTheStop() {
        Capacity van = new Capacity(10, 2, 10);
        StopSpec a = TestData.stop("A", DEPOT_LAT + 0.02, DEPOT_LON, "09:00", "15:00", 5, Capacity.ZERO, null);
        StopSpec b = TestData.stop("B", DEPOT_LAT + 0.021, DEPOT_LON, "09:00", "15:00", 5, Capacity.ZERO, null);
        Scenario day = TestData.scenario(List.of(
                TestData.vehicle("BIL-1", "D-01", "08:30", "15:30", van),
                TestData.vehicle("BIL-2", "D-02", "08:30", "15:30", van)), List.of(a, b));
        Plan plan = plan(day, Map.of("BIL-1", List.of("A"), "BIL-2", List.of("B")));
        CandidateStop client = new CandidateStop(DEPOT_LAT + 0.0205, DEPOT_LON, 5, Capacity.ZERO, Optional.of("D-02"));
        WindowAdvice w = advisor.advise(day, plan, client, List.of(window("09:00", "15:00"))).getFirst();
        assertThat(w.best().orElseThrow().vehicleId()).isEqualTo("BIL-2");
        assertThat(w.best().orElseThrow().preferredDriver()).isTrue();
    }
}
