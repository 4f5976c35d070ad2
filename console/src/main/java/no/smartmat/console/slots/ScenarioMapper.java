package no.smartmat.console.slots;

import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.DRIVER;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.PLAN;
import static no.smartmat.console.db.jooq.Tables.ROUTE;
import static no.smartmat.console.db.jooq.Tables.ROUTE_STOP;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;
import static no.smartmat.console.db.jooq.Tables.VEHICLE;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.config.KitchenSettings;
import no.smartmat.console.db.jooq.tables.records.PlanRecord;
import no.smartmat.console.fleet.FleetRepository;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.fleet.Zone;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Depot;
import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.PlanTime;
import no.smartmat.planner.scenario.PlannedStop;
import no.smartmat.planner.scenario.Route;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.scenario.Totals;
import no.smartmat.planner.scenario.Travel;
import no.smartmat.planner.scenario.VehicleSpec;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A delivery day from the database as the planner module sees it ({@code smartmat-scenario/1} and
 * {@code smartmat-plan/1} records): the day's open stops with their clients' places, windows, service
 * minutes, packages per compartment and regular drivers; the active vans with their drivers' shifts; and the
 * day's current plan (the published one, else the newest draft) from plan/route/route_stop.
 *
 * <p>Ids: a stop is {@code "S-" + stop.id}, a vehicle its code (BIL-01), a driver its code (D-01), a client its
 * client number, as in scenario files. Stops of clients without coordinates cannot be planned and are listed in
 * {@link Day#unplaceable()} instead. Kept in one place so route planning reads a day exactly as the window
 * offer does.
 */
public final class ScenarioMapper {

    public static final String DEPOT_ID = "DEPOT";

    private final KitchenSettings kitchen;
    private final Travel travel;
    private final FleetRepository fleet;

    public ScenarioMapper(KitchenSettings kitchen, Travel travel, FleetRepository fleet) {
        this.kitchen = kitchen;
        this.travel = travel;
        this.fleet = fleet;
    }

    /**
     * @param scenario    the day for the planner
     * @param plan        the current plan mapped onto the scenario: stops it does not route are unassigned
     * @param planId      the plan row it came from
     * @param stopIds     scenario stop id to {@code stop.id}
     * @param clientStops client number to scenario stop id
     * @param unplaceable {@code stop.id}s left out because their client has no coordinates
     */
    public record Day(Scenario scenario, Optional<Plan> plan, Optional<Long> planId, Map<String, Long> stopIds,
                      Map<String, String> clientStops, List<Long> unplaceable) {}

    public static String stopId(long stopRowId) {
        return "S-" + stopRowId;
    }

    public Day day(DSLContext ctx, LocalDate date) {
        Map<Long, Capacity> demand = demand(ctx, date);
        List<StopSpec> stops = new ArrayList<>();
        Map<String, Long> stopIds = new LinkedHashMap<>();
        Map<String, String> clientStops = new HashMap<>();
        List<Long> unplaceable = new ArrayList<>();
        ctx.select(STOP.ID, STOP.WINDOW_START, STOP.WINDOW_END, STOP.SERVICE_MINUTES, CLIENT.CLIENT_NUMBER, CLIENT.LAT,
                        CLIENT.LON, DRIVER.CODE)
                .from(STOP).join(CLIENT).on(CLIENT.ID.eq(STOP.CLIENT_ID))
                .leftJoin(DRIVER).on(DRIVER.ID.eq(CLIENT.REGULAR_DRIVER_ID))
                .where(STOP.DELIVERY_DATE.eq(date)).and(STOP.STATUS.eq("OPEN"))
                .orderBy(STOP.ID)
                .forEach(r -> {
                    long id = r.get(STOP.ID);
                    if (r.get(CLIENT.LAT) == null || r.get(CLIENT.LON) == null) {
                        unplaceable.add(id);
                        return;
                    }
                    String sid = stopId(id);
                    stops.add(new StopSpec(sid, r.get(CLIENT.CLIENT_NUMBER), r.get(CLIENT.LAT), r.get(CLIENT.LON),
                            r.get(STOP.WINDOW_START), r.get(STOP.WINDOW_END), r.get(STOP.SERVICE_MINUTES),
                            demand.getOrDefault(id, Capacity.ZERO), Optional.ofNullable(r.get(DRIVER.CODE)), Optional.empty()));
                    stopIds.put(sid, id);
                    clientStops.put(r.get(CLIENT.CLIENT_NUMBER), sid);
                });
        Optional<PlanRecord> planRow = currentPlan(ctx, date);
        Map<String, String> routeDrivers = planRow.map(p -> ctx.select(VEHICLE.CODE, DRIVER.CODE).from(ROUTE)
                .join(VEHICLE).on(VEHICLE.ID.eq(ROUTE.VEHICLE_ID)).leftJoin(DRIVER).on(DRIVER.ID.eq(ROUTE.DRIVER_ID))
                .where(ROUTE.PLAN_ID.eq(p.getId())).and(DRIVER.CODE.isNotNull())
                .fetchMap(VEHICLE.CODE, DRIVER.CODE)).orElse(Map.of());
        Map<String, LocalTime[]> shifts = new HashMap<>();
        ctx.selectFrom(DRIVER).forEach(d -> shifts.put(d.getCode(), new LocalTime[] {d.getShiftStart(), d.getShiftEnd()}));
        List<VehicleSpec> vehicles = new ArrayList<>();
        for (Vehicle v : fleet.vehicles(ctx)) {
            if (!v.active()) {
                continue;
            }
            Optional<String> driver = Optional.ofNullable(routeDrivers.get(v.code())).or(v::defaultDriverCode);
            LocalTime[] shift = driver.map(shifts::get).orElse(new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(15, 30)});
            vehicles.add(new VehicleSpec(v.code(), driver, shift[0], shift[1],
                    new Capacity(v.capacity().chilled(), v.capacity().frozen(), v.capacity().ambient())));
        }
        var depot = kitchen.depot();
        Scenario scenario = new Scenario(date, kitchen.timezone(), new Depot(DEPOT_ID, depot.name(), depot.lat(), depot.lon()),
                travel, vehicles, stops);
        Optional<Plan> plan = planRow.map(p -> plan(ctx, p, scenario));
        return new Day(scenario, plan, planRow.map(PlanRecord::getId), stopIds, clientStops, unplaceable);
    }

    /** The plan the day is driven by: the published one, else the newest draft. */
    public Optional<PlanRecord> currentPlan(DSLContext ctx, LocalDate date) {
        return ctx.selectFrom(PLAN).where(PLAN.DELIVERY_DATE.eq(date)).and(PLAN.STATUS.in("PUBLISHED", "DRAFT"))
                .orderBy(DSL.when(PLAN.STATUS.eq("PUBLISHED"), 0).otherwise(1), PLAN.VERSION.desc())
                .limit(1).fetchOptional();
    }

    private static Map<Long, Capacity> demand(DSLContext ctx, LocalDate date) {
        Map<Long, int[]> zones = new HashMap<>();
        ctx.select(SUPPLIER_ORDER.STOP_ID, ORDER_PACKAGE.ZONE, DSL.sum(ORDER_PACKAGE.COUNT))
                .from(ORDER_PACKAGE).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID))
                .where(SUPPLIER_ORDER.DELIVERY_DATE.eq(date)).and(SUPPLIER_ORDER.STATUS.eq("ACTIVE"))
                .groupBy(SUPPLIER_ORDER.STOP_ID, ORDER_PACKAGE.ZONE)
                .forEach(r -> zones.computeIfAbsent(r.value1(), k -> new int[3])[Zone.valueOf(r.value2()).ordinal()]
                        += r.value3().intValue());
        Map<Long, Capacity> result = new HashMap<>();
        zones.forEach((stop, z) -> result.put(stop, new Capacity(z[Zone.CHILLED.ordinal()], z[Zone.FROZEN.ordinal()],
                z[Zone.AMBIENT.ordinal()])));
        return result;
    }

    /** The stored plan, limited to the scenario's stops; any scenario stop it does not route is unassigned. */
    private static Plan plan(DSLContext ctx, PlanRecord p, Scenario scenario) {
        Set<String> known = new LinkedHashSet<>();
        scenario.stops().forEach(s -> known.add(s.id()));
        Map<Long, List<PlannedStop>> stopsByRoute = new HashMap<>();
        ctx.select(ROUTE_STOP.ROUTE_ID, ROUTE_STOP.STOP_ID, ROUTE_STOP.ARRIVAL_TIME, ROUTE_STOP.SERVICE_START,
                        ROUTE_STOP.DEPARTURE_TIME)
                .from(ROUTE_STOP).join(ROUTE).on(ROUTE.ID.eq(ROUTE_STOP.ROUTE_ID))
                .where(ROUTE.PLAN_ID.eq(p.getId())).orderBy(ROUTE_STOP.ROUTE_ID, ROUTE_STOP.SEQUENCE)
                .forEach(r -> {
                    String id = stopId(r.get(ROUTE_STOP.STOP_ID));
                    if (known.contains(id)) {
                        stopsByRoute.computeIfAbsent(r.get(ROUTE_STOP.ROUTE_ID), k -> new ArrayList<>())
                                .add(new PlannedStop(id, PlanTime.of(r.get(ROUTE_STOP.ARRIVAL_TIME)),
                                        PlanTime.of(r.get(ROUTE_STOP.SERVICE_START)), PlanTime.of(r.get(ROUTE_STOP.DEPARTURE_TIME))));
                    }
                });
        Set<String> vehicleIds = new LinkedHashSet<>();
        scenario.vehicles().forEach(v -> vehicleIds.add(v.id()));
        List<Route> routes = new ArrayList<>();
        ctx.select(ROUTE.ID, VEHICLE.CODE, DRIVER.CODE, ROUTE.DEPARTURE_TIME, ROUTE.RETURN_TIME, ROUTE.DISTANCE_KM)
                .from(ROUTE).join(VEHICLE).on(VEHICLE.ID.eq(ROUTE.VEHICLE_ID)).leftJoin(DRIVER).on(DRIVER.ID.eq(ROUTE.DRIVER_ID))
                .where(ROUTE.PLAN_ID.eq(p.getId())).orderBy(VEHICLE.CODE)
                .forEach(r -> {
                    if (vehicleIds.contains(r.get(VEHICLE.CODE))) {
                        routes.add(new Route(r.get(VEHICLE.CODE), Optional.ofNullable(r.get(DRIVER.CODE)),
                                PlanTime.of(r.get(ROUTE.DEPARTURE_TIME)), PlanTime.of(r.get(ROUTE.RETURN_TIME)),
                                r.get(ROUTE.DISTANCE_KM), stopsByRoute.getOrDefault(r.get(ROUTE.ID), List.of())));
                    }
                });
        Set<String> routed = new LinkedHashSet<>();
        routes.forEach(r -> routed.addAll(r.stopIds()));
        List<String> unassigned = known.stream().filter(id -> !routed.contains(id)).toList();
        Map<String, Optional<String>> preferred = new HashMap<>();
        scenario.stops().forEach(s -> preferred.put(s.id(), s.preferredDriverId()));
        long withPreference = routes.stream().flatMap(r -> r.stopIds().stream()).filter(id -> preferred.get(id).isPresent()).count();
        long kept = routes.stream().flatMap(r -> r.stopIds().stream().filter(id -> preferred.get(id).isPresent()
                && preferred.get(id).equals(r.driverId()))).count();
        Totals totals = new Totals(routes.stream().mapToDouble(Route::distanceKm).sum(),
                (int) routes.stream().filter(r -> !r.stops().isEmpty()).count(), routed.size(),
                withPreference == 0 ? 1.0 : (double) kept / withPreference);
        return new Plan(p.getScore(), p.getIsFeasible(), routes, unassigned, totals);
    }
}
