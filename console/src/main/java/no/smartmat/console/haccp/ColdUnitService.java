package no.smartmat.console.haccp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.fleet.FleetService;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;
import no.smartmat.console.validation.Validated;

/**
 * The units that are watched, their instruments and their limit versions. A unit gets the default limits of
 * {@code haccp.yaml} for its kind when it is created; new limits take effect from a date, never backwards.
 */
public final class ColdUnitService {

    private final Transactions transactions;
    private final HaccpRepository repo;
    private final FleetService fleet;
    private final HaccpConfig config;
    private final Clock clock;

    public ColdUnitService(Transactions transactions, HaccpRepository repo, FleetService fleet, HaccpConfig config,
                           Clock clock) {
        this.transactions = transactions;
        this.repo = repo;
        this.fleet = fleet;
        this.config = config;
        this.clock = clock;
    }

    /** A unit with its limit versions. */
    public record WatchedUnit(ColdUnit unit, LimitTimeline limits) {
        public Limits current(java.time.Instant at) {
            return limits.at(at);
        }
    }

    /** Units that have limits (every unit made through this service has): the kitchen's own by code, then the vans'. */
    public List<WatchedUnit> watched() {
        List<ColdUnit> units = repo.units().stream()
                .sorted(Comparator.comparing((ColdUnit u) -> u.kind().isVan()).thenComparing(ColdUnit::code)).toList();
        Map<Long, ColdUnit> byId = units.stream().collect(Collectors.toMap(ColdUnit::id, Function.identity()));
        Map<Long, List<Limits>> limits = repo.limits(byId);
        return units.stream().filter(u -> limits.containsKey(u.id()))
                .map(u -> new WatchedUnit(u, new LimitTimeline(limits.get(u.id()), clock.getZone()))).toList();
    }

    /** One unit with its limits (cheaper than loading every unit). */
    public Optional<WatchedUnit> watched(long unitId) {
        return repo.unit(unitId).flatMap(u -> {
            List<Limits> limits = repo.limits(u);
            return limits.isEmpty() ? Optional.empty()
                    : Optional.of(new WatchedUnit(u, new LimitTimeline(limits, clock.getZone())));
        });
    }

    public Optional<WatchedUnit> byCode(String code) {
        return watched().stream().filter(w -> w.unit().code().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** A unit as typed into the form: every field still text. */
    public record UnitForm(String code, String name, String kind, String location, String vehicleCode,
                           String instrumentId, String calibrationDue, String sensorIntervalMinutes, boolean active) {}

    /** Creates a unit ({@code id} empty) with the default limits for its kind from {@code limitsFrom}, or edits one. */
    public Validated<ColdUnit> save(Optional<Long> id, UnitForm form, LocalDate limitsFrom, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> code = Fields.required("code", form.code(), errors).map(s -> s.toUpperCase(Locale.ROOT));
        Optional<String> name = Fields.required("name", form.name(), errors);
        Optional<UnitKind> kind = Fields.required("kind", form.kind(), errors).flatMap(k -> {
            try {
                return Optional.of(UnitKind.valueOf(k.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("kind", k, "haccp.validation.unknownKind"));
                return Optional.empty();
            }
        });
        Optional<LocalDate> calibration = Fields.date("calibrationDue", form.calibrationDue(), errors);
        Optional<Integer> interval = Fields.integer("sensorIntervalMinutes", form.sensorIntervalMinutes(), 1, 1440, errors);
        Optional<Long> vehicleId = Optional.empty();
        if (!Fields.trim(form.vehicleCode()).isEmpty()) {
            Optional<Vehicle> v = fleet.vehicles().stream()
                    .filter(x -> x.code().equalsIgnoreCase(form.vehicleCode().strip())).findFirst();
            if (v.isEmpty()) {
                errors.add(FieldError.of("vehicleCode", form.vehicleCode(), "haccp.validation.unknownVehicle"));
            } else {
                vehicleId = Optional.of(v.get().id());
            }
        }
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        Optional<Long> vehicle = vehicleId;
        return transactions.inTransaction(() -> {
            Optional<ColdUnit> same = repo.unitByCode(code.get());
            if (same.isPresent() && !Optional.of(same.get().id()).equals(id)) {
                return Validated.invalid(List.of(FieldError.of("code", code.get(), "haccp.validation.codeTaken")));
            }
            HaccpRepository.UnitData data = new HaccpRepository.UnitData(code.get(), name.get(), kind.get(),
                    Fields.trim(form.location()), vehicle, Fields.trim(form.instrumentId()), calibration, interval,
                    form.active());
            long unitId;
            if (id.isPresent()) {
                ColdUnit old = repo.unit(id.get()).orElseThrow();
                if (old.kind() != kind.get()) {
                    return Validated.invalid(List.of(FieldError.of("kind", form.kind(), "haccp.validation.kindFixed")));
                }
                repo.updateUnit(id.get(), data);
                unitId = id.get();
                repo.audit(by, "UPDATE", "cold_unit", code.get(), describe(data));
            } else {
                unitId = repo.insertUnit(data);
                repo.insertLimits(unitId, Limits.defaults(kind.get(), config, limitsFrom), userId(by), clock.instant());
                repo.audit(by, "CREATE", "cold_unit", code.get(), describe(data));
            }
            return Validated.valid(repo.unit(unitId).orElseThrow());
        });
    }

    private static String describe(HaccpRepository.UnitData d) {
        return d.kind() + " " + d.name() + (d.instrumentId().isEmpty() ? "" : " instrument " + d.instrumentId())
                + d.calibrationDue().map(c -> " kalibrering " + c).orElse("")
                + d.sensorIntervalMinutes().map(i -> " sensor hvert " + i + ". min").orElse("");
    }

    /** New limits typed into the form, from a date on: today or later, so no reading already judged is judged again. */
    public record LimitsForm(String validFrom, String minCelsius, String maxCelsius, String escalateAboveCelsius,
                             String redCelsius, String redAfterMinutes, String transportTolerance,
                             String alarmDelayMinutes, String counting) {}

    public Validated<Limits> newLimits(long unitId, LimitsForm form, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> from = Fields.date("validFrom", form.validFrom(), errors);
        if (from.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of("validFrom", form.validFrom(), "validation.required"));
        }
        LocalDate today = LocalDate.now(clock);
        if (from.isPresent() && from.get().isBefore(today)) {
            errors.add(FieldError.of("validFrom", form.validFrom(), "haccp.validation.limitsNotBackwards"));
        }
        Optional<Double> min = Fields.decimal("minCelsius", form.minCelsius(), errors);
        Optional<Double> max = Fields.decimal("maxCelsius", form.maxCelsius(), errors);
        Optional<Double> escalate = Fields.decimal("escalateAboveCelsius", form.escalateAboveCelsius(), errors);
        Optional<Double> red = Fields.decimal("redCelsius", form.redCelsius(), errors);
        Optional<Integer> redAfter = Fields.integer("redAfterMinutes", form.redAfterMinutes(), 1, 7 * 24 * 60, errors);
        Optional<Double> tolerance = Fields.decimal("transportTolerance", form.transportTolerance(), errors);
        Optional<Integer> delay = Fields.integer("alarmDelayMinutes", form.alarmDelayMinutes(), 0, 24 * 60, errors);
        DelayCounting counting = DelayCounting.CONSECUTIVE;
        try {
            counting = Fields.trim(form.counting()).isEmpty() ? DelayCounting.CONSECUTIVE
                    : DelayCounting.valueOf(form.counting().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("counting", form.counting(), "haccp.validation.unknownCounting"));
        }
        if (min.isEmpty() && max.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of("maxCelsius", form.maxCelsius(), "haccp.validation.limitNeeded"));
        }
        if (min.isPresent() && max.isPresent() && min.get() >= max.get()) {
            errors.add(FieldError.of("maxCelsius", form.maxCelsius(), "haccp.validation.maxBelowMin"));
        }
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        DelayCounting chosen = counting;
        return transactions.inTransaction(() -> {
            ColdUnit unit = repo.unit(unitId).orElseThrow();
            if (repo.limits(unit).stream().anyMatch(l -> l.validFrom().equals(from.get()))) {
                return Validated.invalid(List.of(FieldError.of("validFrom", form.validFrom(), "haccp.validation.limitsDateTaken")));
            }
            Limits limits = new Limits(0, unit.kind().regime(), from.get(), min, max, escalate, red, redAfter,
                    tolerance.orElse(0.0), delay.orElse(30), chosen);
            long id = repo.insertLimits(unitId, limits, userId(by), clock.instant());
            repo.audit(by, "LIMITS", "cold_unit", unit.code(), "fra " + from.get() + ": min " + min.orElse(null)
                    + " maks " + max.orElse(null) + " forsinkelse " + delay.orElse(30) + " " + chosen);
            return Validated.valid(repo.limits(unit).stream().filter(l -> l.id() == id).findFirst().orElseThrow());
        });
    }

    /**
     * Makes a chilled and a frozen unit for every active van that has such a compartment and no unit yet
     * (BIL-01-KJØL, BIL-01-FRYS). Returns how many were made.
     */
    public int ensureVanUnits(LocalDate limitsFrom, CurrentUser by) {
        int made = 0;
        for (Vehicle v : fleet.vehicles()) {
            if (!v.active()) {
                continue;
            }
            if (v.capacity().chilled() > 0 && made(v, UnitKind.VAN_CHILLED, "KJØL", "kjøleavdeling", limitsFrom, by)) {
                made++;
            }
            if (v.capacity().frozen() > 0 && made(v, UnitKind.VAN_FROZEN, "FRYS", "fryseavdeling", limitsFrom, by)) {
                made++;
            }
        }
        return made;
    }

    private boolean made(Vehicle v, UnitKind kind, String suffix, String what, LocalDate from, CurrentUser by) {
        String code = v.code() + "-" + suffix;
        if (repo.unitByCode(code).isPresent()) {
            return false;
        }
        return save(Optional.empty(), new UnitForm(code, v.code() + " " + what, kind.name(), v.registration(), v.code(),
                "", "", "", true), from, by).isValid();
    }

    // ------------------------------------------------------------------------------------------ thermometers

    public record Thermometer(long id, String code, String description, Optional<LocalDate> calibrationDue, boolean active) {}

    public List<Thermometer> thermometers() {
        return repo.thermometers();
    }

    public Validated<Thermometer> saveThermometer(String code, String description, String calibrationDue, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> c = Fields.required("code", code, errors).map(s -> s.toUpperCase(Locale.ROOT));
        Optional<LocalDate> due = Fields.date("calibrationDue", calibrationDue, errors);
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        transactions.inTransaction(() -> {
            repo.saveThermometer(c.get(), Fields.trim(description), due);
            repo.audit(by, "SAVE", "haccp_thermometer", c.get(), "kalibrering " + due.map(Object::toString).orElse("-"));
        });
        return Validated.valid(thermometers().stream().filter(t -> t.code().equals(c.get())).findFirst().orElseThrow());
    }

    /** An instrument whose calibration is overdue or due within the warning days. */
    public record Calibration(String instrument, String usedFor, LocalDate due, boolean overdue) {}

    public List<Calibration> calibrations(LocalDate today) {
        LocalDate warnUntil = today.plusDays(config.calibrationWarningDays());
        List<Calibration> list = new ArrayList<>();
        for (ColdUnit u : repo.units()) {
            if (u.active() && u.calibrationDue().filter(d -> !d.isAfter(warnUntil)).isPresent()) {
                LocalDate due = u.calibrationDue().get();
                list.add(new Calibration(u.instrumentId().isEmpty() ? u.code() : u.instrumentId(), u.label(), due,
                        due.isBefore(today)));
            }
        }
        for (Thermometer t : thermometers()) {
            if (t.active() && t.calibrationDue().filter(d -> !d.isAfter(warnUntil)).isPresent()) {
                LocalDate due = t.calibrationDue().get();
                list.add(new Calibration(t.code(), t.description(), due, due.isBefore(today)));
            }
        }
        list.sort(Comparator.comparing(Calibration::due));
        return list;
    }

    static Long userId(CurrentUser by) {
        return by.id().orElse(null);
    }
}
