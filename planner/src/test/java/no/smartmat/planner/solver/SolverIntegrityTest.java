package no.smartmat.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

import no.smartmat.planner.model.RoutingInstance;
import no.smartmat.planner.model.RoutingSolution;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.testing.TestData;
import no.smartmat.planner.benchmark.DemoDay;

/**
 * Runs the solver in OptaPlanner's FULL_ASSERT mode, which recomputes the score from scratch after every
 * move and fails on any difference: a wrong arrival-time listener or a filter that lets a move corrupt
 * the pinned prefix would show up here.
 */
class SolverIntegrityTest {

    @Test
    void incrementalScoreAndShadowVariablesStayCorrectUnderEveryMove() {
        Scenario day = TestData.smallDay();
        check(day);
    }

    @Test
    void staysCorrectOnABusierDayWithPinsAndStopsThatCannotBeServed() {
        Scenario day = DemoDay.generate(70, 2, 11); // more portions than two vans hold: stops shuttle to and from the bucket
        List<StopSpec> stops = new ArrayList<>(day.stops());
        stops.set(5, TestData.pinned(stops.get(5), "BIL-2", 0));
        stops.set(6, TestData.pinned(stops.get(6), "BIL-2", 1));
        check(day.withStops(stops));
    }

    @Test
    void staysCorrectOnALargeDayWhereRuinAndRecreateOnlyTriesNearbyRoutes() {
        // above 200 stops a reinserted stop is only tried in routes near it; capacity-tight again
        check(DemoDay.generate(260, 6, 12));
    }

    private static void check(Scenario day) {
        List<StopSpec> stops = new ArrayList<>(day.stops());
        stops.set(3, TestData.pinned(stops.get(3), "BIL-1", 0));
        String pinnedId = stops.get(3).id();
        stops.add(TestData.stop("S-LATE", 59.95, 10.60, "07:00", "07:30", 5, new Capacity(1, 0, 0), null));
        stops.add(TestData.stop("S-TIGHT", 59.93, 10.45, "09:10", "09:20", 5, new Capacity(1, 0, 0), "D-02"));
        Scenario scenario = day.withStops(stops);
        RoutingInstance instance = RoutingInstance.fromScenario(scenario, 5.0);
        RoutingSolution start = RoutingSolutions.create(instance, InitialRoutes.build(instance, Optional.empty()));
        // the default profile with ruin and recreate; pins present, so no unfilterable 2-opt
        SolverFactory<RoutingSolution> factory = SolverFactory.create(SolverConfigs.build(
                PlannerSettings.defaults().withRandomSeed(3), SolveLimits.of(Duration.ofMillis(2000)),
                scenario.stops().size(), true,
                EnvironmentMode.FULL_ASSERT));
        Solver<RoutingSolution> solver = factory.buildSolver();
        RoutingSolution best = solver.solve(start);
        Plan plan = RoutePlanner.toPlan(best);
        assertThat(plan.score()).isEqualTo(best.getScore().toString());
        assertThat(IndependentCheck.stopsOf(plan, "BIL-1")).startsWith(pinnedId);
        IndependentCheck.check(scenario, plan, false);
    }
}
