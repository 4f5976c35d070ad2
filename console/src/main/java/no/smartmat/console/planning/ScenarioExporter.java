package no.smartmat.console.planning;

import static no.smartmat.console.db.jooq.Tables.AREA;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.DRIVER;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.config.KitchenSettings;
import no.smartmat.console.delivery.OrderStatus;
import no.smartmat.console.delivery.StopStatus;
import no.smartmat.console.fleet.FleetRepository;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.fleet.Zone;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Depot;
import no.smartmat.planner.scenario.Pin;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.scenario.Travel;
import no.smartmat.planner.scenario.VehicleSpec;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads one delivery day from the database into the planner's {@code smartmat-scenario/1}. */
public final class ScenarioExporter {

    private final KitchenSettings kitchen;
    private final PlanningSettings settings;
    private final FleetRepository fleet;

    public ScenarioExporter(KitchenSettings kitchen, PlanningSettings settings, FleetRepository fleet) {
        this.kitchen = kitchen;
        this.settings = settings;
        this.fleet = fleet;
    }

    /** Areas with a registered centre, for the planning map's labels. */
    public List<AreaCentre> areaCentres(DSLContext ctx) {
        return ctx.select(AREA.NAME, AREA.CENTRE_LAT, AREA.CENTRE_LON).from(AREA)
                .where(AREA.CENTRE_LAT.isNotNull()).and(AREA.CENTRE_LON.isNotNull()).and(AREA.IS_ACTIVE.isTrue())
                .orderBy(AREA.NAME).fetch(r -> new AreaCentre(r.value1(), r.value2(), r.value3()));
    }

    /** The first day on or after {@code from} with a stop to deliver, if any. */
    public Optional<LocalDate> firstDeliveryDay(DSLContext ctx, LocalDate from) {
        var first = DSL.min(STOP.DELIVERY_DATE);
        return Optional.ofNullable(ctx.select(first).from(STOP)
                .where(STOP.DELIVERY_DATE.ge(from)).and(STOP.STATUS.in(StopStatus.toDeliver())).fetchSingle(first));
    }

    /**
     * @param pins planner stop id to its pin (from the coordinator's current plan); stops not in the map move freely
     */
    public DayScenario export(DSLContext ctx, LocalDate date, Map<String, Pin> pins) {
        Map<Long, int[]> demand = new HashMap<>();
        ctx.select(SUPPLIER_ORDER.STOP_ID, ORDER_PACKAGE.ZONE, DSL.sum(ORDER_PACKAGE.COUNT))
                .from(ORDER_PACKAGE).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID))
                .where(SUPPLIER_ORDER.DELIVERY_DATE.eq(date)).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE))
                .groupBy(SUPPLIER_ORDER.STOP_ID, ORDER_PACKAGE.ZONE)
                .forEach(r -> demand.computeIfAbsent(r.value1(), k -> new int[3])[Zone.valueOf(r.value2()).ordinal()] =
                        r.value3().intValue());

        var drivers = fleet.drivers(ctx).stream().collect(java.util.stream.Collectors.toMap(d -> d.code(), d -> d));
        List<VehicleSpec> vehicles = new ArrayList<>();
        for (Vehicle v : fleet.vehicles(ctx)) {
            if (!v.active()) {
                continue;
            }
            var driver = v.defaultDriverCode().map(drivers::get).filter(d -> d.active());
            vehicles.add(new VehicleSpec(v.code(), driver.map(d -> d.code()),
                    driver.map(d -> d.shiftStart()).orElse(settings.defaultShiftStart()),
                    driver.map(d -> d.shiftEnd()).orElse(settings.defaultShiftEnd()),
                    new Capacity(v.capacity().chilled(), v.capacity().frozen(), v.capacity().ambient())));
        }
        java.util.Set<String> vehicleIds = vehicles.stream().map(VehicleSpec::id).collect(java.util.stream.Collectors.toSet());
        List<StopSpec> specs = new ArrayList<>();
        Map<String, DayScenario.StopInfo> infos = new LinkedHashMap<>();
        List<DayScenario.StopInfo> unplannable = new ArrayList<>();
        ctx.select(STOP.ID, STOP.WINDOW_START, STOP.WINDOW_END, STOP.SERVICE_MINUTES, CLIENT.ID, CLIENT.CLIENT_NUMBER,
                        CLIENT.NAME, CLIENT.ADDRESS, CLIENT.LAT, CLIENT.LON, AREA.NAME, DRIVER.CODE)
                .from(STOP).join(CLIENT).on(CLIENT.ID.eq(STOP.CLIENT_ID))
                .leftJoin(AREA).on(AREA.ID.eq(CLIENT.AREA_ID))
                .leftJoin(DRIVER).on(DRIVER.ID.eq(CLIENT.REGULAR_DRIVER_ID))
                .where(STOP.DELIVERY_DATE.eq(date)).and(STOP.STATUS.in(StopStatus.toDeliver()))
                .orderBy(STOP.ID)
                .forEach(r -> {
                    String id = DayScenario.plannerId(r.get(STOP.ID));
                    DayScenario.StopInfo info = new DayScenario.StopInfo(r.get(STOP.ID), id, r.get(CLIENT.ID),
                            r.get(CLIENT.CLIENT_NUMBER), r.get(CLIENT.NAME), r.get(CLIENT.ADDRESS),
                            Optional.ofNullable(r.get(AREA.NAME)).orElse(""), Optional.ofNullable(r.get(DRIVER.CODE)));
                    if (r.get(CLIENT.LAT) == null || r.get(CLIENT.LON) == null) {
                        unplannable.add(info);
                        return;
                    }
                    int[] d = demand.getOrDefault(r.get(STOP.ID), new int[3]);
                    specs.add(new StopSpec(id, r.get(CLIENT.CLIENT_NUMBER), r.get(CLIENT.LAT), r.get(CLIENT.LON),
                            r.get(STOP.WINDOW_START), r.get(STOP.WINDOW_END), r.get(STOP.SERVICE_MINUTES),
                            new Capacity(d[0], d[1], d[2]), info.regularDriverCode(),
                            Optional.ofNullable(pins.get(id)).filter(p -> vehicleIds.contains(p.vehicleId()))));
                    infos.put(id, info);
                });

        Scenario scenario = new Scenario(date, kitchen.timezone(),
                new Depot("DEPOT", kitchen.depot().name(), kitchen.depot().lat(), kitchen.depot().lon()),
                new Travel(Travel.HAVERSINE, settings.detourFactor(), settings.speedKmh()), vehicles, specs);
        return new DayScenario(date, scenario, infos, unplannable);
    }
}
