package no.smartmat.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.testing.TestData;

class RoutePlannerTest {

    private final RoutePlanner planner = new RoutePlanner(PlannerSettings.defaults().withRandomSeed(7));

    @Test
    void solvesASmallDayWhoseTimesAndLoadsFollowTheRules() {
        Scenario day = TestData.smallDay();
        Plan plan = planner.solve(day, Optional.empty(), SolveLimits.seconds(2));
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.feasible()).isTrue();
        IndependentCheck.check(day, plan, true);
    }

    @Test
    void reportsProgressAndTheLastScoreIsThePlansScore() {
        List<Progress> events = new CopyOnWriteArrayList<>();
        Plan plan = planner.start(TestData.smallDay(), Optional.empty(), SolveLimits.seconds(1), events::add).await();
        assertThat(events).isNotEmpty();
        assertThat(events.getLast().bestScore()).isEqualTo(plan.score());
        assertThat(events.getLast().total()).isEqualTo(12);
        assertThat(events.getLast().assigned()).isEqualTo(12);
        assertThat(events).extracting(Progress::elapsed).isSorted();
    }

    @Test
    void progressCarriesTheDistanceAndTheRulesStillBrokenOfTheBestPlanSoFar() {
        List<Progress> events = new CopyOnWriteArrayList<>();
        Plan plan = planner.start(TestData.smallDay(), Optional.empty(), SolveLimits.seconds(1), events::add).await();
        Progress last = events.getLast();
        assertThat(last.distanceKm()).isCloseTo(plan.totals().distanceKm(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(last.broken()).isEqualTo(BrokenRules.NONE);
        assertThat(last.feasible()).isTrue();
    }

    @Test
    void brokenRulesAreCountedPerLateStopAndPerVanOverCapacity() {
        Scenario day = TestData.smallDay();
        // every stop on the first van: more than it can carry, and the last ones far past their windows
        Map<String, List<String>> allOnOne = new HashMap<>();
        day.vehicles().forEach(v -> allOnOne.put(v.id(), new ArrayList<>()));
        allOnOne.put(day.vehicles().getFirst().id(), day.stops().stream().map(StopSpec::id).toList());
        Evaluation evaluation = new PlanEvaluator().evaluate(day, allOnOne);
        long late = evaluation.violations().stream().filter(v -> v.kind() == Violation.Kind.LATE).count();
        long over = evaluation.violations().stream().filter(v -> v.kind() == Violation.Kind.OVER_CAPACITY)
                .map(v -> v.vehicleId().orElseThrow()).distinct().count();
        BrokenRules broken = BrokenRules.of(PlanBuilder.schedules(
                no.smartmat.planner.model.RoutingInstance.fromScenario(day, PlannerSettings.defaults().preferredDriverPenaltyKm()),
                routesOf(day, allOnOne)));
        assertThat(broken.lateStops()).isEqualTo((int) late);
        assertThat(broken.vansOverCapacity()).isEqualTo((int) over);
        assertThat(broken.total()).isPositive();
        assertThat(evaluation.broken()).isEqualTo(broken);
    }

    private static List<int[]> routesOf(Scenario day, Map<String, List<String>> assignment) {
        List<String> stopIds = day.stops().stream().map(StopSpec::id).toList();
        return day.vehicles().stream().map(v -> assignment.get(v.id()).stream().mapToInt(stopIds::indexOf).toArray()).toList();
    }

    @Test
    void callerCanStopASolveWithoutLimitAndGetsTheBestPlan() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        SolveHandle handle = planner.start(TestData.smallDay(), Optional.empty(), SolveLimits.untilStopped(),
                p -> first.countDown());
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(300);
        assertThat(handle.isDone()).isFalse();
        handle.stop();
        Plan plan = handle.await();
        assertThat(plan.totals().assigned()).isEqualTo(12);
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void stopsAfterTheUnimprovedTime() {
        long start = System.nanoTime();
        planner.solve(TestData.smallDay(), Optional.empty(),
                new SolveLimits(Optional.of(Duration.ofSeconds(30)), Optional.of(Duration.ofMillis(500))));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void keepsPinnedStopsAtTheirVehicleAndPosition() {
        Scenario day = TestData.smallDay();
        // pin two D-01 clients to D-02's van, against the preferred-driver penalty and geography
        List<StopSpec> stops = new ArrayList<>(day.stops());
        stops.set(9, TestData.pinned(stops.get(9), "BIL-2", 0)); // S-10
        stops.set(0, TestData.pinned(stops.get(0), "BIL-2", 1)); // S-01
        Scenario pinnedDay = day.withStops(stops);
        Plan plan = planner.solve(pinnedDay, Optional.empty(), SolveLimits.seconds(2));
        assertThat(IndependentCheck.stopsOf(plan, "BIL-2")).startsWith("S-10", "S-01");
        IndependentCheck.check(pinnedDay, plan, false);
    }

    @Test
    void aPinAtALaterPositionKeepsTheWarmStartStopsBeforeIt() {
        Scenario day = TestData.smallDay();
        // a poor hand-made plan: every stop on BIL-1 in id order, BIL-2 idle
        Plan warm = new PlanEvaluator().evaluate(day,
                Map.of("BIL-1", day.stops().stream().map(StopSpec::id).toList())).plan();
        List<StopSpec> stops = new ArrayList<>(day.stops());
        stops.set(6, TestData.pinned(stops.get(6), "BIL-1", 2)); // S-07 pinned as third stop
        Plan plan = planner.solve(day.withStops(stops), Optional.of(warm), SolveLimits.seconds(1));
        // S-07 was 7th in the warm plan: pinned as 3rd, it keeps the two stops the plan had before position 2
        assertThat(IndependentCheck.stopsOf(plan, "BIL-1")).startsWith("S-01", "S-02", "S-07");
        assertThat(IndependentCheck.stopsOf(plan, "BIL-2")).isNotEmpty();
    }

    @Test
    void reSolvingFromAPlanKeepsItsQualityAndInsertsANewStop() {
        Scenario day = TestData.smallDay();
        Plan first = planner.solve(day, Optional.empty(), SolveLimits.seconds(2));
        List<StopSpec> stops = new ArrayList<>(day.stops());
        stops.add(TestData.stop("S-13", 59.9000, 10.5300, "09:00", "15:00", 5, new Capacity(1, 0, 1), "D-01"));
        Scenario bigger = day.withStops(stops);
        Plan second = planner.solve(bigger, Optional.of(first), SolveLimits.seconds(1));
        assertThat(second.unassigned()).isEmpty();
        assertThat(second.totals().assigned()).isEqualTo(13);
        IndependentCheck.check(bigger, second, true);
    }

    @Test
    void leavesAStopThatNoVanCanReachInTimeUnassignedAndPlansTheRest() {
        Scenario day = TestData.smallDay();
        List<StopSpec> stops = new ArrayList<>(day.stops());
        // window closes before any van leaves the depot
        stops.add(TestData.stop("S-LATE", 59.95, 10.60, "07:00", "07:30", 5, new Capacity(1, 0, 0), null));
        // more frozen portions than any van holds
        stops.add(TestData.stop("S-BIG", 59.90, 10.50, "09:00", "15:00", 5, new Capacity(0, 7, 0), null));
        Scenario hard = day.withStops(stops);
        Plan plan = planner.solve(hard, Optional.empty(), SolveLimits.seconds(1));
        assertThat(plan.unassigned()).containsExactlyInAnyOrder("S-LATE", "S-BIG");
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.score()).contains("-2medium");
        IndependentCheck.check(hard, plan, true);
    }

    @Test
    void keepsRegularDriversWhenThePenaltyOutweighsTheDetour() {
        Scenario day = TestData.smallDay();
        Plan strict = new RoutePlanner(PlannerSettings.defaults().withPreferredDriverPenaltyKm(50).withRandomSeed(1))
                .solve(day, Optional.empty(), SolveLimits.seconds(1));
        Plan loose = new RoutePlanner(PlannerSettings.defaults().withPreferredDriverPenaltyKm(0).withRandomSeed(1))
                .solve(day, Optional.empty(), SolveLimits.seconds(1));
        assertThat(strict.totals().preferredDriverShare()).isEqualTo(1.0);
        assertThat(loose.totals().distanceKm()).isLessThanOrEqualTo(strict.totals().distanceKm());
    }

    @Test
    void aDayWithoutStopsGivesAnEmptyPlan() {
        Scenario empty = TestData.smallDay().withStops(List.of());
        Plan plan = planner.solve(empty, Optional.empty(), SolveLimits.seconds(1));
        assertThat(plan.routes()).isEmpty();
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.feasible()).isTrue();
    }

    @Test
    void warmStartFromAPlanOfOtherStopsIgnoresWhatIsUnknown() {
        Scenario day = TestData.smallDay();
        Map<String, List<String>> odd = new HashMap<>();
        odd.put("BIL-9", List.of("S-01"));
        odd.put("BIL-1", List.of("S-XX", "S-02"));
        Plan warm = new PlanEvaluator().evaluate(day, odd).plan();
        Plan plan = planner.solve(day, Optional.of(warm), SolveLimits.seconds(1));
        assertThat(plan.totals().assigned()).isEqualTo(12);
        assertThat(Collections.frequency(plan.unassigned(), "S-01")).isZero();
    }
}
