package no.smartmat.console.fleet;

import static no.smartmat.console.db.jooq.Tables.DRIVER;
import static no.smartmat.console.db.jooq.Tables.VEHICLE;
import static no.smartmat.console.db.jooq.Tables.VEHICLE_COMPARTMENT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.smartmat.console.db.jooq.tables.records.DriverRecord;
import no.smartmat.console.db.jooq.tables.records.VehicleRecord;
import org.jooq.DSLContext;

/** Drivers and vans (with their compartments) over jOOQ. */
public final class FleetRepository {

    public List<Driver> drivers(DSLContext ctx) {
        return ctx.selectFrom(DRIVER).orderBy(DRIVER.CODE).fetch(FleetRepository::toDriver);
    }

    public Optional<Driver> driverByCode(DSLContext ctx, String code) {
        return ctx.selectFrom(DRIVER).where(DRIVER.CODE.eq(code)).fetchOptional(FleetRepository::toDriver);
    }

    public long insertDriver(DSLContext ctx, Driver d) {
        DriverRecord r = ctx.newRecord(DRIVER);
        fillDriver(r, d);
        r.store();
        return r.getId();
    }

    public void updateDriver(DSLContext ctx, Driver d) {
        DriverRecord r = ctx.fetchSingle(DRIVER, DRIVER.ID.eq(d.id()));
        fillDriver(r, d);
        r.store();
    }

    private static void fillDriver(DriverRecord r, Driver d) {
        r.setCode(d.code());
        r.setName(d.name());
        r.setPhone(d.phone().isEmpty() ? null : d.phone());
        r.setShiftStart(d.shiftStart());
        r.setShiftEnd(d.shiftEnd());
        r.setIsActive(d.active());
    }

    public List<Vehicle> vehicles(DSLContext ctx) {
        Map<Long, Capacity> capacities = capacities(ctx);
        return ctx.select(VEHICLE.asterisk(), DRIVER.CODE).from(VEHICLE)
                .leftJoin(DRIVER).on(DRIVER.ID.eq(VEHICLE.DEFAULT_DRIVER_ID))
                .orderBy(VEHICLE.CODE)
                .fetch(r -> {
                    VehicleRecord v = r.into(VEHICLE);
                    return new Vehicle(v.getId(), v.getCode(), v.getRegistration(),
                            Optional.ofNullable(v.getDescription()).orElse(""), Optional.ofNullable(r.get(DRIVER.CODE)),
                            capacities.getOrDefault(v.getId(), Capacity.NONE), v.getIsActive());
                });
    }

    public long insertVehicle(DSLContext ctx, Vehicle v) {
        VehicleRecord r = ctx.newRecord(VEHICLE);
        fillVehicle(ctx, r, v);
        r.store();
        storeCapacity(ctx, r.getId(), v.capacity());
        return r.getId();
    }

    public void updateVehicle(DSLContext ctx, Vehicle v) {
        VehicleRecord r = ctx.fetchSingle(VEHICLE, VEHICLE.ID.eq(v.id()));
        fillVehicle(ctx, r, v);
        r.store();
        storeCapacity(ctx, v.id(), v.capacity());
    }

    private static void fillVehicle(DSLContext ctx, VehicleRecord r, Vehicle v) {
        r.setCode(v.code());
        r.setRegistration(v.registration());
        r.setDescription(v.description().isEmpty() ? null : v.description());
        r.setDefaultDriverId(v.defaultDriverCode()
                .map(code -> ctx.select(DRIVER.ID).from(DRIVER).where(DRIVER.CODE.eq(code)).fetchSingle(DRIVER.ID))
                .orElse(null));
        r.setIsActive(v.active());
    }

    private static void storeCapacity(DSLContext ctx, long vehicleId, Capacity capacity) {
        for (Zone zone : Zone.values()) {
            ctx.insertInto(VEHICLE_COMPARTMENT)
                    .set(VEHICLE_COMPARTMENT.VEHICLE_ID, vehicleId)
                    .set(VEHICLE_COMPARTMENT.ZONE, zone.name())
                    .set(VEHICLE_COMPARTMENT.CAPACITY, capacity.of(zone))
                    .onConflict(VEHICLE_COMPARTMENT.VEHICLE_ID, VEHICLE_COMPARTMENT.ZONE)
                    .doUpdate().set(VEHICLE_COMPARTMENT.CAPACITY, capacity.of(zone))
                    .execute();
        }
    }

    private static Map<Long, Capacity> capacities(DSLContext ctx) {
        return ctx.selectFrom(VEHICLE_COMPARTMENT).fetchGroups(VEHICLE_COMPARTMENT.VEHICLE_ID).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> {
                    int[] c = new int[3];
                    e.getValue().forEach(r -> c[Zone.valueOf(r.getZone()).ordinal()] = r.getCapacity());
                    return new Capacity(c[0], c[1], c[2]);
                }));
    }

    static Driver toDriver(DriverRecord r) {
        return new Driver(r.getId(), r.getCode(), r.getName(), Optional.ofNullable(r.getPhone()).orElse(""),
                r.getShiftStart(), r.getShiftEnd(), r.getIsActive());
    }
}
