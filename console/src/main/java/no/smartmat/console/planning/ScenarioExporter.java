package no.smartmat.console.planning;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.config.KitchenSettings;
import no.smartmat.console.fleet.FleetRepository;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.Depot;
import no.smartmat.planner.scenario.Pin;
import no.smartmat.planner.scenario.Scenario;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.scenario.Travel;
import no.smartmat.planner.scenario.VehicleSpec;
import org.jooq.DSLContext;

/** Turns one delivery day (its stops, vans and drivers) into the planner's {@code smartmat-scenario/1}. */
public final class ScenarioExporter {

    private final KitchenSettings kitchen;
    private final PlanningSettings settings;
    private final PlanningDayRepository days;
    private final FleetRepository fleet;

    public ScenarioExporter(KitchenSettings kitchen, PlanningSettings settings, PlanningDayRepository days,
                            FleetRepository fleet) {
        this.kitchen = kitchen;
        this.days = days;
        this.settings = settings;
        this.fleet = fleet;
    }

    List<AreaCentre> areaCentres(DSLContext ctx) {
        return days.areaCentres(ctx);
    }

    Optional<LocalDate> firstDeliveryDay(DSLContext ctx, LocalDate from) {
        return days.firstDeliveryDay(ctx, from);
    }

    /**
     * @param pins planner stop id to its pin (from the coordinator's current plan); stops not in the map move freely
     */
    DayScenario export(DSLContext ctx, LocalDate date, Map<String, Pin> pins) {
        Map<Long, no.smartmat.console.fleet.Capacity> demand = days.demandPerStop(ctx, date);

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
        for (PlanningDayRepository.StopRow r : days.stopsToDeliver(ctx, date)) {
            String id = DayScenario.plannerId(r.stopId());
            DayScenario.StopInfo info = new DayScenario.StopInfo(r.stopId(), id, r.clientId(), r.clientNumber(),
                    r.clientName(), r.address(), r.area(), r.regularDriverCode());
            if (r.lat().isEmpty() || r.lon().isEmpty()) {
                unplannable.add(info);
                continue;
            }
            var d = demand.getOrDefault(r.stopId(), no.smartmat.console.fleet.Capacity.NONE);
            specs.add(new StopSpec(id, r.clientNumber(), r.lat().get(), r.lon().get(), r.windowStart(), r.windowEnd(),
                    r.serviceMinutes(), new Capacity(d.chilled(), d.frozen(), d.ambient()), info.regularDriverCode(),
                    Optional.ofNullable(pins.get(id)).filter(p -> vehicleIds.contains(p.vehicleId()))));
            infos.put(id, info);
        }

        Scenario scenario = new Scenario(date, kitchen.timezone(),
                new Depot("DEPOT", kitchen.depot().name(), kitchen.depot().lat(), kitchen.depot().lon()),
                new Travel(Travel.HAVERSINE, settings.detourFactor(), settings.speedKmh()), vehicles, specs);
        return new DayScenario(date, scenario, infos, unplannable);
    }
}
