package no.smartmat.console.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.delivery.PlanStatus;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Pin;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.solver.Violation;
import org.junit.jupiter.api.Test;

/** The Planlegging screen's working copy of a plan: moves, pins, undo and comparisons, on a small hand-made day. */
class PlanWorkbenchTest {

    @Test
    void movingAStopToAnotherVanRecomputesTimesAndLoadsOfBothRoutesAtOnce() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());
        LocalTime s3Before = bench.stopRows("BIL-1").get(2).arrival().orElseThrow();

        assertThat(bench.move("S-2", Optional.of("BIL-2"), 0)).isTrue();

        assertThat(bench.assignment()).containsEntry("BIL-1", List.of("S-1", "S-3")).containsEntry("BIL-2", List.of("S-2", "S-4", "S-5"));
        assertThat(bench.placement("S-2")).contains(new PlanWorkbench.Placement("BIL-2", 0));
        RouteRow bil1 = bench.routeRows().get(0);
        RouteRow bil2 = bench.routeRows().get(1);
        assertThat(bil1.load()).isEqualTo(new Capacity(4, 2, 2));
        assertThat(bil2.load()).isEqualTo(new Capacity(6, 3, 3));
        assertThat(bil1.stops()).isEqualTo(2);
        // S-3 no longer waits behind S-2's service: it is reached earlier
        StopRow s3 = bench.stopRows("BIL-1").get(1);
        assertThat(s3.stopId()).isEqualTo("S-3");
        assertThat(s3.arrival().orElseThrow()).isBefore(s3Before);
        // the totals are the planner's own evaluation of the new routes, not an estimate
        Plan recomputed = SmallDay.EVALUATE.evaluate(bench.day(), bench.assignment()).plan();
        assertThat(bench.figures().orElseThrow().distanceKm()).isEqualTo(recomputed.totals().distanceKm());
        assertThat(bench.unsaved()).isTrue();
    }

    @Test
    void movingWithinARouteReordersItAndTheIndexIsTheStopsNewPlace() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());

        bench.move("S-1", Optional.of("BIL-1"), 2);
        assertThat(bench.assignment().get("BIL-1")).containsExactly("S-2", "S-3", "S-1");

        bench.move("S-1", Optional.of("BIL-1"), 0);
        assertThat(bench.assignment().get("BIL-1")).containsExactly("S-1", "S-2", "S-3");
        assertThat(bench.stopRows("BIL-1")).extracting(StopRow::position).containsExactly(1, 2, 3);
    }

    @Test
    void aMoveThatChangesNothingIsNotAChange() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());

        assertThat(bench.move("S-2", Optional.of("BIL-1"), 1)).isFalse();
        assertThat(bench.move("S-6", Optional.empty(), 0)).isFalse();
        assertThat(bench.move("S-99", Optional.of("BIL-1"), 0)).isFalse();
        assertThat(bench.move("S-1", Optional.of("BIL-99"), 0)).isFalse();

        assertThat(bench.canUndo()).isFalse();
        assertThat(bench.unsaved()).isFalse();
    }

    @Test
    void anUnassignedStopCanBeTakenIntoARouteAndAnAssignedOneTakenOut() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());
        assertThat(bench.unassignedRows()).extracting(StopRow::stopId).containsExactly("S-6");

        bench.move("S-6", Optional.of("BIL-3"), 5);
        assertThat(bench.assignment().get("BIL-3")).containsExactly("S-6");
        assertThat(bench.unassignedRows()).isEmpty();
        assertThat(bench.figures().orElseThrow().assigned()).isEqualTo(6);

        bench.move("S-4", Optional.empty(), 0);
        assertThat(bench.unassignedRows()).extracting(StopRow::stopId).containsExactly("S-4");
        assertThat(bench.stopRow("S-4").orElseThrow().assigned()).isFalse();
    }

    @Test
    void aVanLoadedBeyondACompartmentIsFlaggedOverCapacity() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day(new Capacity(10, 2, 10), Map.of()));
        assertThat(bench.routeRows().get(0).problems()).as("BIL-1 carries 3 frozen, capacity 2")
                .extracting(Violation::kind).containsExactly(Violation.Kind.OVER_CAPACITY);

        bench.move("S-3", Optional.of("BIL-3"), 0);

        assertThat(bench.routeRows().get(0).hasProblems()).isFalse();
        assertThat(bench.routeRows().get(0).load().frozen()).isEqualTo(2);
        assertThat(bench.figures().orElseThrow().hardViolations()).isZero();
    }

    @Test
    void aStopMovedWhereItIsReachedAfterItsWindowIsMarkedLateInTheTableAndOnTheMap() {
        DayScenario day = SmallDay.day(new Capacity(10, 4, 10), Map.of(1, new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(8, 10)}));
        PlanWorkbench bench = SmallDay.bench(day);
        assertThat(bench.stopRow("S-1").orElseThrow().late()).isFalse();

        bench.move("S-1", Optional.of("BIL-1"), 2);

        StopRow s1 = bench.stopRow("S-1").orElseThrow();
        assertThat(s1.late()).isTrue();
        assertThat(s1.lateMinutes()).isPositive();
        assertThat(bench.routeRows().get(0).lateStops()).isEqualTo(1);
        assertThat(bench.figures().orElseThrow().hardViolations()).isEqualTo(1);
        assertThat(bench.mapModel(List.of()).stop("S-1").orElseThrow().late()).isTrue();
        assertThat(bench.mapModel(List.of()).stop("S-2").orElseThrow().late()).isFalse();
    }

    @Test
    void theRegularDriverMatchIsShownPerStopAndCountedPerRoute() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());
        assertThat(bench.stopRow("S-1").orElseThrow().driverMatch()).isEqualTo(StopRow.DriverMatch.REGULAR);

        bench.move("S-1", Optional.of("BIL-2"), 0);

        assertThat(bench.stopRow("S-1").orElseThrow().driverMatch()).isEqualTo(StopRow.DriverMatch.OTHER);
        assertThat(bench.stopRow("S-1").orElseThrow().servedBy()).contains("D-2");
        assertThat(bench.routeRows().get(1).otherDriverStops()).isEqualTo(1);
        assertThat(bench.stopRow("S-6").orElseThrow().driverMatch()).isEqualTo(StopRow.DriverMatch.UNASSIGNED);
    }

    @Test
    void aPinFollowsItsStopAndIsHandedToTheSolverAtTheStopsCurrentPlace() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());
        bench.setPinned("S-3", true);
        assertThat(bench.pins()).isEqualTo(Map.of("S-3", new Pin("BIL-1", 2)));
        assertThat(bench.stopRows("BIL-1")).extracting(StopRow::fixedByPin).containsExactly(true, true, false);

        bench.move("S-1", Optional.of("BIL-3"), 0);
        assertThat(bench.pins()).isEqualTo(Map.of("S-3", new Pin("BIL-1", 1)));

        bench.move("S-3", Optional.of("BIL-2"), 1);
        assertThat(bench.pins()).as("moving a pinned stop by hand pins it at its new place")
                .isEqualTo(Map.of("S-3", new Pin("BIL-2", 1)));
        assertThat(bench.pinnedStopIds()).containsExactly("S-3");

        bench.move("S-3", Optional.empty(), 0);
        assertThat(bench.pins()).as("an unassigned stop cannot stay pinned").isEmpty();
        assertThat(bench.isPinned("S-3")).isFalse();
    }

    @Test
    void onlyAStopInARouteCanBePinnedAndPinningTwiceIsNoChange() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());

        assertThat(bench.setPinned("S-6", true)).isFalse();
        assertThat(bench.setPinned("S-2", true)).isTrue();
        assertThat(bench.setPinned("S-2", true)).isFalse();
        assertThat(bench.setPinned("S-2", false)).isTrue();
        assertThat(bench.pins()).isEmpty();
    }

    @Test
    void undoGoesBackThroughMovesAndPinsInTurn() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());
        Map<String, List<String>> start = bench.assignment();
        bench.move("S-2", Optional.of("BIL-3"), 0);
        bench.setPinned("S-2", true);

        assertThat(bench.undo()).isTrue();
        assertThat(bench.isPinned("S-2")).isFalse();
        assertThat(bench.placement("S-2")).contains(new PlanWorkbench.Placement("BIL-3", 0));

        assertThat(bench.undo()).isTrue();
        assertThat(bench.assignment()).isEqualTo(start);
        assertThat(bench.unsaved()).as("back at the opened plan").isFalse();
        assertThat(bench.undo()).isFalse();
    }

    @Test
    void theComparisonIsAgainstThePlanBeforeTheLastChange() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());
        PlanFigures before = bench.figures().orElseThrow();
        assertThat(bench.sinceLastChange()).isEmpty();

        bench.move("S-6", Optional.of("BIL-2"), 2);

        PlanComparison c = bench.sinceLastChange().orElseThrow();
        assertThat(c.before()).isEqualTo(before);
        assertThat(c.after()).isEqualTo(bench.figures().orElseThrow());
        assertThat(c.line(PlanComparison.Measure.ASSIGNED).delta()).isEqualTo(1.0);
        assertThat(c.line(PlanComparison.Measure.ASSIGNED).direction()).isEqualTo(PlanComparison.Direction.BETTER);
        assertThat(c.line(PlanComparison.Measure.DISTANCE_KM).direction()).isEqualTo(PlanComparison.Direction.WORSE);
        assertThat(c.line(PlanComparison.Measure.DISTANCE_KM).delta())
                .isCloseTo(bench.figures().orElseThrow().distanceKm() - before.distanceKm(), within(1e-9));

        bench.setPinned("S-6", true);
        assertThat(bench.sinceLastChange().orElseThrow().before()).as("a pin changes no figure; the last move is compared")
                .isEqualTo(before);
    }

    @Test
    void theBestPlaceForAStopIsWhereItAddsLeastDrivingWithoutBreakingARule() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());

        // BIL-2 drives out east to S-4 (4 km) and S-5 (5 km) and back: S-2 belongs in front, on the way out
        assertThat(bench.bestIndex("S-2", "BIL-2")).isZero();
        // S-6 lies beyond both: first costs 2 km more than anywhere after S-4 (where it costs nothing extra)
        assertThat(bench.bestIndex("S-6", "BIL-2")).isIn(1, 2);
        PlanWorkbench moved = SmallDay.bench(SmallDay.day());
        moved.move("S-6", Optional.of("BIL-2"), moved.bestIndex("S-6", "BIL-2"));
        PlanWorkbench first = SmallDay.bench(SmallDay.day());
        first.move("S-6", Optional.of("BIL-2"), 0);
        assertThat(moved.figures().orElseThrow().distanceKm()).isLessThan(first.figures().orElseThrow().distanceKm() - 2);
    }

    @Test
    void theBestPlaceAvoidsMakingAStopLateEvenIfThatDrivesMore() {
        DayScenario day = SmallDay.day(new Capacity(10, 4, 10), Map.of(6, new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(8, 20)}));
        PlanWorkbench bench = SmallDay.bench(day);

        assertThat(bench.bestIndex("S-6", "BIL-2")).isZero();
    }

    @Test
    void aSolvedPlanBecomesCurrentKeepsThePinsAndCanBeUndone() {
        PlanWorkbench bench = SmallDay.bench(SmallDay.day());
        bench.setPinned("S-1", true);
        Map<String, List<String>> solved = SmallDay.startingAssignment();
        solved.get("BIL-3").add("S-6");

        bench.solved(bench.day(), SmallDay.EVALUATE.evaluate(bench.day(), solved).plan());

        assertThat(bench.figures().orElseThrow().assigned()).isEqualTo(6);
        assertThat(bench.pins()).containsKey("S-1");
        assertThat(bench.sinceLastChange().orElseThrow().line(PlanComparison.Measure.ASSIGNED).delta()).isEqualTo(1.0);
        bench.undo();
        assertThat(bench.unassignedRows()).extracting(StopRow::stopId).containsExactly("S-6");
    }

    @Test
    void aSavedVersionOpensWithItsPinsAndSavingClearsUnsaved() {
        DayScenario day = SmallDay.day();
        Plan plan = SmallDay.EVALUATE.evaluate(day, SmallDay.startingAssignment()).plan();
        StoredPlan stored = new StoredPlan(7, SmallDay.DATE, 2, PlanStatus.PUBLISHED, plan.score(), true, 3.0, "kari",
                Instant.EPOCH, Optional.of("kari"), Optional.of(Instant.EPOCH), "", List.of(new StoredPlan.StoredRoute(1, "BIL-1",
                "EL 1", Optional.of("D-1"), Optional.of("Lise"), LocalTime.of(8, 0), LocalTime.of(9, 0), 3.0, List.of(
                new StoredPlan.StoredStop(1, 1, LocalTime.of(8, 5), LocalTime.of(8, 5), LocalTime.of(8, 10), false,
                        LocalTime.of(8, 0), LocalTime.of(12, 0), new no.smartmat.planner.scenario.Capacity(1, 0, 0)),
                new StoredPlan.StoredStop(2, 2, LocalTime.of(8, 15), LocalTime.of(8, 15), LocalTime.of(8, 20), true,
                        LocalTime.of(8, 0), LocalTime.of(12, 0), new no.smartmat.planner.scenario.Capacity(1, 0, 0))))),
                List.of());
        PlanWorkbench bench = new PlanWorkbench(day, SmallDay.EVALUATE);

        bench.open(day, Optional.of(stored), Optional.of(plan));

        assertThat(bench.isPinned("S-2")).isTrue();
        assertThat(bench.isPinned("S-1")).isFalse();
        assertThat(bench.version()).contains(stored);
        assertThat(bench.unsaved()).isFalse();
        bench.move("S-5", Optional.of("BIL-3"), 0);
        assertThat(bench.unsaved()).isTrue();
        bench.savedAs(stored);
        assertThat(bench.unsaved()).isFalse();
        bench.undo();
        assertThat(bench.unsaved()).as("the plan before the save differs from the saved version").isTrue();
    }

    @Test
    void beforePlanningEveryStopIsListedAsUnassignedAndNothingCanBeMoved() {
        DayScenario day = SmallDay.day();
        PlanWorkbench bench = new PlanWorkbench(day, SmallDay.EVALUATE);
        bench.open(day, Optional.empty(), Optional.empty());

        assertThat(bench.unassignedRows()).hasSize(6);
        assertThat(bench.routeRows()).hasSize(3).noneMatch(RouteRow::used);
        assertThat(bench.move("S-1", Optional.of("BIL-1"), 0)).isFalse();
        assertThat(bench.figures()).isEmpty();
        assertThat(bench.mapModel(List.of()).routes()).isEmpty();
        assertThat(bench.mapModel(List.of()).stops()).hasSize(6).allMatch(s -> s.colour() == -1);
    }
}
