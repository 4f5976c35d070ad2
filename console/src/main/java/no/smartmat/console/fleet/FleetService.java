package no.smartmat.console.fleet;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;
import no.smartmat.console.validation.Validated;

/** Vans, drivers and delivery areas: validated, transactional, audited. Nothing here is ever hard-deleted. */
public final class FleetService {

    private final Database db;
    private final FleetRepository fleet;
    private final AreaRepository areas;
    private final AuditLog audit;

    public FleetService(Database db, FleetRepository fleet, AreaRepository areas, AuditLog audit) {
        this.db = db;
        this.fleet = fleet;
        this.areas = areas;
        this.audit = audit;
    }

    public List<Driver> drivers() {
        return fleet.drivers(db.dsl());
    }

    public List<Vehicle> vehicles() {
        return fleet.vehicles(db.dsl());
    }

    public List<Area> areas() {
        return areas.all(db.dsl());
    }

    /** Saves a driver typed into the form; {@code id} empty creates one. */
    public Validated<Driver> saveDriver(Optional<Long> id, String code, String name, String phone, String shiftStart,
                                        String shiftEnd, boolean active, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> c = Fields.required("code", code, errors).map(s -> s.toUpperCase(Locale.ROOT));
        Optional<String> n = Fields.required("name", name, errors);
        Optional<LocalTime> start = Fields.time("shiftStart", shiftStart, errors);
        Optional<LocalTime> end = Fields.time("shiftEnd", shiftEnd, errors);
        if (start.isEmpty() && Fields.trim(shiftStart).isEmpty()) {
            errors.add(FieldError.of("shiftStart", shiftStart, "validation.required"));
        }
        if (end.isEmpty() && Fields.trim(shiftEnd).isEmpty()) {
            errors.add(FieldError.of("shiftEnd", shiftEnd, "validation.required"));
        }
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            errors.add(FieldError.of("shiftEnd", shiftEnd, "fleet.validation.shiftEndBeforeStart"));
        }
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        return db.transaction(tx -> {
            Optional<Driver> same = fleet.driverByCode(tx, c.get());
            if (same.isPresent() && !same.map(Driver::id).equals(id)) {
                return Validated.invalid(List.of(FieldError.of("code", c.get(), "fleet.validation.codeTaken")));
            }
            Driver d = new Driver(id.orElse(0L), c.get(), n.get(), Fields.trim(phone), start.get(), end.get(), active);
            long driverId = id.orElseGet(() -> fleet.insertDriver(tx, d));
            if (id.isPresent()) {
                fleet.updateDriver(tx, d);
            }
            audit.record(tx, by, id.isPresent() ? "UPDATE" : "CREATE", "driver", c.get(), n.get());
            return Validated.valid(fleet.driverByCode(tx, c.get()).filter(x -> x.id() == driverId).orElseThrow());
        });
    }

    public Validated<Vehicle> saveVehicle(Optional<Long> id, String code, String registration, String description,
                                          String defaultDriverCode, String chilled, String frozen, String ambient,
                                          boolean active, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> c = Fields.required("code", code, errors).map(s -> s.toUpperCase(Locale.ROOT));
        Optional<String> reg = Fields.required("registration", registration, errors).map(s -> s.toUpperCase(Locale.ROOT));
        int ch = Fields.integer("chilled", chilled, 0, 500, errors).orElse(0);
        int fr = Fields.integer("frozen", frozen, 0, 500, errors).orElse(0);
        int am = Fields.integer("ambient", ambient, 0, 500, errors).orElse(0);
        Optional<String> driver = Optional.of(Fields.trim(defaultDriverCode).toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        driver.filter(d -> fleet.driverByCode(db.dsl(), d).isEmpty()).ifPresent(d ->
                errors.add(FieldError.of("defaultDriver", d, "clients.validation.unknownDriver")));
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        return db.transaction(tx -> {
            List<Vehicle> all = fleet.vehicles(tx);
            if (all.stream().anyMatch(v -> v.code().equals(c.get()) && !Optional.of(v.id()).equals(id))) {
                return Validated.invalid(List.of(FieldError.of("code", c.get(), "fleet.validation.codeTaken")));
            }
            if (all.stream().anyMatch(v -> v.registration().equals(reg.get()) && !Optional.of(v.id()).equals(id))) {
                return Validated.invalid(List.of(FieldError.of("registration", reg.get(), "fleet.validation.registrationTaken")));
            }
            Vehicle v = new Vehicle(id.orElse(0L), c.get(), reg.get(), Fields.trim(description), driver,
                    new Capacity(ch, fr, am), active);
            long vehicleId = id.orElseGet(() -> fleet.insertVehicle(tx, v));
            if (id.isPresent()) {
                fleet.updateVehicle(tx, v);
            }
            audit.record(tx, by, id.isPresent() ? "UPDATE" : "CREATE", "vehicle", c.get(),
                    reg.get() + " kjøl " + ch + " frys " + fr + " tørr " + am);
            return Validated.valid(fleet.vehicles(tx).stream().filter(x -> x.id() == vehicleId).findFirst().orElseThrow());
        });
    }

    public Validated<Area> saveArea(Optional<Long> id, String name, Optional<DayOfWeek> weekday, boolean active,
                                    CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> n = Fields.required("name", name, errors);
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        return db.transaction(tx -> {
            Optional<Area> same = areas.byName(tx, n.get());
            if (same.isPresent() && !same.map(Area::id).equals(id)) {
                return Validated.invalid(List.of(FieldError.of("name", n.get(), "fleet.validation.areaTaken")));
            }
            long areaId = id.orElseGet(() -> areas.insert(tx, n.get(), weekday));
            areas.update(tx, areaId, n.get(), weekday, active);
            audit.record(tx, by, id.isPresent() ? "UPDATE" : "CREATE", "area", n.get(),
                    weekday.map(DayOfWeek::toString).orElse("ingen ukedag"));
            return Validated.valid(areas.byName(tx, n.get()).orElseThrow());
        });
    }
}
