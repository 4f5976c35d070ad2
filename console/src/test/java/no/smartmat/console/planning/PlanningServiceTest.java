package no.smartmat.console.planning;

import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.delivery.PlanStatus;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Pin;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.solver.SolveLimits;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning a day of the demo kitchen end to end: scenario from the database, solve, versions, publish. */
class PlanningServiceTest {

    static final LocalDate MONDAY = TestKitchen.MONDAY;

    @TempDir
    static Path dir;
    static AppContext app;
    static CurrentUser coordinator;

    @BeforeAll
    static void demoKitchen() {
        app = TestKitchen.demo(dir);
        coordinator = TestKitchen.user(app, Role.COORDINATOR);
    }

    @Test
    void theScenarioHoldsEveryOpenStopWithItsPackagesPerZoneAndEveryActiveVan() {
        DayScenario day = app.planning().scenario(MONDAY);

        int stops = app.db().dsl().fetchCount(STOP, STOP.DELIVERY_DATE.eq(MONDAY));
        assertThat(day.scenario().stops().size() + day.unplannable().size()).isEqualTo(stops);
        assertThat(day.scenario().vehicles()).hasSize(12).allSatisfy(v -> {
            assertThat(v.capacity()).isEqualTo(new Capacity(45, 14, 45));
            assertThat(v.driverId()).isPresent();
        });
        assertThat(day.scenario().stops()).allSatisfy(s -> {
            assertThat(s.demand().chilled()).isPositive();
            assertThat(s.preferredDriverId()).isPresent();
        });
        int packages = day.scenario().stops().stream().mapToInt(s -> s.demand().total()).sum();
        int stored = app.db().dsl().select(DSL.sum(ORDER_PACKAGE.COUNT)).from(ORDER_PACKAGE).join(SUPPLIER_ORDER)
                .on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID)).where(SUPPLIER_ORDER.DELIVERY_DATE.eq(MONDAY))
                .and(SUPPLIER_ORDER.STOP_ID.in(day.scenario().stops().stream().map(x -> DayScenario.stopId(x.id())).toList()))
                .fetchSingle().value1().intValue();
        assertThat(packages).isEqualTo(stored);
    }

    @Test
    void aClientWithoutCoordinatesIsListedAsUnplannableNotDropped() {
        long clientId = app.db().dsl().select(STOP.CLIENT_ID).from(STOP).where(STOP.DELIVERY_DATE.eq(MONDAY.plusDays(7)))
                .limit(1).fetchSingle(STOP.CLIENT_ID);
        app.db().transactionRun(tx -> tx.update(CLIENT).set(CLIENT.LAT, (Double) null).set(CLIENT.LON, (Double) null)
                .where(CLIENT.ID.eq(clientId)).execute());

        DayScenario day = app.planning().scenario(MONDAY.plusDays(7));

        assertThat(day.unplannable()).singleElement().satisfies(s -> assertThat(s.clientId()).isEqualTo(clientId));
        assertThat(day.scenario().stops()).noneMatch(s -> s.id().equals(day.unplannable().getFirst().plannerId()));
    }

    @Test
    void aPlannedDayIsSavedAsVersionsAndPublishingSupersedesTheEarlierOne() {
        LocalDate tuesday = MONDAY.plusDays(1);
        StoredPlan first = app.planning().planDay(tuesday, SolveLimits.seconds(3), true, coordinator, p -> {});

        assertThat(first.version()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(first.assignedCount() + first.unassignedStopIds().size())
                .isEqualTo(app.db().dsl().fetchCount(STOP, STOP.DELIVERY_DATE.eq(tuesday)));
        assertThat(first.publishedBy()).contains(coordinator.username());

        StoredPlan second = app.planning().planDay(tuesday, SolveLimits.seconds(2), true, coordinator, p -> {});

        assertThat(second.version()).isEqualTo(2);
        assertThat(app.planning().published(tuesday)).map(StoredPlan::id).contains(second.id());
        assertThat(app.planning().load(first.id()).orElseThrow().status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(second.changeSummary()).startsWith("erstatter v1: ");
        assertThat(app.audit().forEntity(app.db().dsl(), "plan", tuesday + " v2")).extracting(e -> e.action())
                .containsExactly("PLAN", "PUBLISH");
    }

    @Test
    void aPinnedStopStaysOnItsVanWhenTheDayIsPlannedAgain() {
        LocalDate wednesday = MONDAY.plusDays(2);
        DayScenario day = app.planning().scenario(wednesday);
        StopSpec chosen = day.scenario().stops().get(17);
        Map<String, Pin> pins = Map.of(chosen.id(), new Pin("BIL-05", 0));
        DayScenario pinned = app.planning().scenario(wednesday, pins);

        Plan plan = app.planning().start(pinned, Optional.empty(), SolveLimits.seconds(3), p -> {}).await();
        StoredPlan saved = app.planning().saveDraft(pinned, plan, Set.of(chosen.id()), coordinator);
        StoredPlan again = app.planning().planDay(wednesday, SolveLimits.seconds(2), false, coordinator, p -> {});

        for (StoredPlan version : java.util.List.of(saved, again)) {
            StoredPlan.StoredRoute route = version.routeOf(DayScenario.stopId(chosen.id())).orElseThrow();
            assertThat(route.vehicleCode()).isEqualTo("BIL-05");
            assertThat(route.stops().getFirst().stopId()).isEqualTo(DayScenario.stopId(chosen.id()));
            assertThat(route.stops().getFirst().pinned()).isTrue();
        }
        assertThat(again.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aStoredPlanReadsBackAsThePlannersPlanWithTheSameRoutes() {
        LocalDate thursday = MONDAY.plusDays(3);
        StoredPlan stored = app.planning().planDay(thursday, SolveLimits.seconds(2), false, coordinator, p -> {});
        DayScenario day = app.planning().scenario(thursday);

        Plan back = app.planning().asPlannerPlan(day, stored);

        stored.routes().forEach(r -> assertThat(back.route(r.vehicleCode()).orElseThrow().stopIds())
                .containsExactlyElementsOf(r.stops().stream().map(s -> DayScenario.plannerId(s.stopId())).toList()));
        assertThat(back.totals().distanceKm()).isCloseTo(stored.distanceKm(), org.assertj.core.data.Offset.offset(0.01));
    }
}
