package no.smartmat.console.haccp;

import static no.smartmat.console.db.jooq.Tables.APP_USER;
import static no.smartmat.console.db.jooq.Tables.COLD_UNIT;
import static no.smartmat.console.db.jooq.Tables.CORRECTIVE_ACTION;
import static no.smartmat.console.db.jooq.Tables.DEVIATION_EVENT;
import static no.smartmat.console.db.jooq.Tables.HACCP_IMPORT_SOURCE;
import static no.smartmat.console.db.jooq.Tables.HACCP_THERMOMETER;
import static no.smartmat.console.db.jooq.Tables.LIMIT_PROFILE;
import static no.smartmat.console.db.jooq.Tables.SIGN_OFF;
import static no.smartmat.console.db.jooq.Tables.TEMPERATURE_READING;
import static no.smartmat.console.db.jooq.Tables.VEHICLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.smartmat.console.db.jooq.tables.TemperatureReading;
import no.smartmat.console.db.jooq.tables.records.ColdUnitRecord;
import no.smartmat.console.db.jooq.tables.records.CorrectiveActionRecord;
import no.smartmat.console.db.jooq.tables.records.DeviationEventRecord;
import no.smartmat.console.db.jooq.tables.records.HaccpImportSourceRecord;
import no.smartmat.console.db.jooq.tables.records.HaccpThermometerRecord;
import no.smartmat.console.db.jooq.tables.records.LimitProfileRecord;
import no.smartmat.console.db.jooq.tables.records.SignOffRecord;
import no.smartmat.console.db.jooq.tables.records.TemperatureReadingRecord;
import org.jooq.Condition;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.access.CurrentUser;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The HACCP tables over jOOQ. Every insert into an append-only table goes through here and is linked into the
 * {@link HaccpChain} in the same transaction; nothing here updates or deletes a HACCP record. Statements run in the
 * transaction a service opened ({@link Transactions}), or on their own for a read.
 */
public final class HaccpRepository {

    private final Transactions transactions;
    private final HaccpChain chain;
    private final AuditLog audit;

    public HaccpRepository(Transactions transactions, HaccpChain chain, AuditLog audit) {
        this.transactions = transactions;
        this.chain = chain;
        this.audit = audit;
    }

    /** An audit log entry, in the running transaction: stored with the change it describes, or not at all. */
    public void audit(CurrentUser who, String action, String entity, String entityId, String details) {
        audit.record(dsl(), who, action, entity, entityId, details);
    }

    private DSLContext dsl() {
        return transactions.dsl();
    }

    // ------------------------------------------------------------------------------------------------ units

    /** The unit's fields a person edits (cold_unit is master data: it may change, its readings may not). */
    public record UnitData(String code, String name, UnitKind kind, String location, Optional<Long> vehicleId,
                           String instrumentId, Optional<LocalDate> calibrationDue, Optional<Integer> sensorIntervalMinutes,
                           boolean active) {}

    public List<ColdUnit> units() {
        return dsl().select(COLD_UNIT.asterisk(), VEHICLE.CODE).from(COLD_UNIT)
                .leftJoin(VEHICLE).on(VEHICLE.ID.eq(COLD_UNIT.VEHICLE_ID))
                .orderBy(COLD_UNIT.CODE)
                .fetch(r -> toUnit(r.into(COLD_UNIT), Optional.ofNullable(r.get(VEHICLE.CODE))));
    }

    public Optional<ColdUnit> unit(long id) {
        return dsl().select(COLD_UNIT.asterisk(), VEHICLE.CODE).from(COLD_UNIT)
                .leftJoin(VEHICLE).on(VEHICLE.ID.eq(COLD_UNIT.VEHICLE_ID))
                .where(COLD_UNIT.ID.eq(id))
                .fetchOptional(r -> toUnit(r.into(COLD_UNIT), Optional.ofNullable(r.get(VEHICLE.CODE))));
    }

    public Optional<ColdUnit> unitByCode(String code) {
        return units().stream().filter(u -> u.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    public long insertUnit(UnitData d) {
        ColdUnitRecord r = dsl().newRecord(COLD_UNIT);
        fill(r, d);
        r.store();
        return r.getId();
    }

    public void updateUnit(long id, UnitData d) {
        ColdUnitRecord r = dsl().fetchSingle(COLD_UNIT, COLD_UNIT.ID.eq(id));
        fill(r, d);
        r.store();
    }

    private static void fill(ColdUnitRecord r, UnitData d) {
        r.setCode(d.code());
        r.setName(d.name());
        r.setKind(d.kind());
        r.setLocation(d.location());
        r.setVehicleId(d.vehicleId().orElse(null));
        r.setInstrumentId(d.instrumentId());
        r.setCalibrationDueDate(d.calibrationDue().orElse(null));
        r.setSensorIntervalMinutes(d.sensorIntervalMinutes().orElse(null));
        r.setIsActive(d.active());
    }

    private static ColdUnit toUnit(ColdUnitRecord r, Optional<String> vehicleCode) {
        return new ColdUnit(r.getId(), r.getCode(), r.getName(), r.getKind(), r.getLocation(),
                vehicleCode, r.getInstrumentId(), Optional.ofNullable(r.getCalibrationDueDate()),
                Optional.ofNullable(r.getSensorIntervalMinutes()), r.getIsActive());
    }

    // ----------------------------------------------------------------------------------------------- limits

    public Map<Long, List<Limits>> limits(Map<Long, ColdUnit> units) {
        Map<Long, List<Limits>> byUnit = new HashMap<>();
        for (LimitProfileRecord r : dsl().selectFrom(LIMIT_PROFILE).orderBy(LIMIT_PROFILE.VALID_FROM).fetch()) {
            ColdUnit unit = units.get(r.getColdUnitId());
            if (unit != null) {
                byUnit.computeIfAbsent(r.getColdUnitId(), k -> new ArrayList<>()).add(toLimits(r, unit.kind()));
            }
        }
        return byUnit;
    }

    public List<Limits> limits(ColdUnit unit) {
        return dsl().selectFrom(LIMIT_PROFILE).where(LIMIT_PROFILE.COLD_UNIT_ID.eq(unit.id()))
                .orderBy(LIMIT_PROFILE.VALID_FROM).fetch(r -> toLimits(r, unit.kind()));
    }

    public long insertLimits(long unitId, Limits l, Long createdBy, Instant at) {
        LimitProfileRecord r = dsl().insertInto(LIMIT_PROFILE)
                .set(LIMIT_PROFILE.COLD_UNIT_ID, unitId)
                .set(LIMIT_PROFILE.VALID_FROM, l.validFrom())
                .set(LIMIT_PROFILE.MIN_CELSIUS, l.minCelsius().orElse(null))
                .set(LIMIT_PROFILE.MAX_CELSIUS, l.maxCelsius().orElse(null))
                .set(LIMIT_PROFILE.YELLOW_MAX_CELSIUS, l.escalateAboveCelsius().orElse(null))
                .set(LIMIT_PROFILE.RED_CELSIUS, l.redCelsius().orElse(null))
                .set(LIMIT_PROFILE.RED_AFTER_MINUTES, l.redAfterMinutes().orElse(null))
                .set(LIMIT_PROFILE.TRANSPORT_TOLERANCE, l.transportTolerance())
                .set(LIMIT_PROFILE.ALARM_DELAY_MINUTES, l.alarmDelayMinutes())
                .set(LIMIT_PROFILE.DELAY_COUNTING, l.counting())
                .set(LIMIT_PROFILE.CREATED_BY, createdBy)
                .set(LIMIT_PROFILE.CREATED_AT, at)
                .returning().fetchSingle();
        chain.append(r, LIMIT_PROFILE);
        return r.getId();
    }

    private static Limits toLimits(LimitProfileRecord r, UnitKind kind) {
        return new Limits(r.getId(), kind.regime(), r.getValidFrom(), Optional.ofNullable(r.getMinCelsius()),
                Optional.ofNullable(r.getMaxCelsius()), Optional.ofNullable(r.getYellowMaxCelsius()),
                Optional.ofNullable(r.getRedCelsius()), Optional.ofNullable(r.getRedAfterMinutes()),
                r.getTransportTolerance(), r.getAlarmDelayMinutes(), r.getDelayCounting());
    }

    // --------------------------------------------------------------------------------------------- readings

    /** A reading to store. {@code importKey} makes a re-import of the same data add nothing. */
    public record NewReading(long unitId, Instant measuredAt, double celsius, ReadingSource source,
                             MeasureMethod method, String instrumentId, String occasion, boolean late,
                             Optional<Long> correctsId, Optional<String> correctionReason, Optional<String> importKey) {}

    /** Stores and chains the reading; empty when its import key is already there. */
    public Optional<Reading> insertReading(NewReading n, Optional<Long> recordedBy, Instant recordedAt,
                                           Map<Long, String> names) {
        Optional<TemperatureReadingRecord> inserted = dsl().insertInto(TEMPERATURE_READING)
                .set(TEMPERATURE_READING.COLD_UNIT_ID, n.unitId())
                .set(TEMPERATURE_READING.MEASURED_AT, n.measuredAt())
                .set(TEMPERATURE_READING.RECORDED_AT, recordedAt)
                .set(TEMPERATURE_READING.VALUE_CELSIUS, n.celsius())
                .set(TEMPERATURE_READING.SOURCE, n.source())
                .set(TEMPERATURE_READING.METHOD, n.method())
                .set(TEMPERATURE_READING.INSTRUMENT_ID, n.instrumentId())
                .set(TEMPERATURE_READING.OCCASION, n.occasion())
                .set(TEMPERATURE_READING.IS_LATE, n.late())
                .set(TEMPERATURE_READING.RECORDED_BY, recordedBy.orElse(null))
                .set(TEMPERATURE_READING.CORRECTS_ID, n.correctsId().orElse(null))
                .set(TEMPERATURE_READING.CORRECTION_REASON, n.correctionReason().orElse(null))
                .set(TEMPERATURE_READING.IMPORT_KEY, n.importKey().orElse(null))
                .onConflictDoNothing()
                .returning().fetchOptional();
        inserted.ifPresent(r -> chain.append(r, TEMPERATURE_READING));
        return inserted.map(r -> toReading(r, names));
    }

    /** Readings of a unit measured in [from, to), corrections applied: a corrected reading is replaced by its correction. */
    public List<Reading> effectiveReadings(long unitId, Instant from, Instant to, Map<Long, String> names) {
        TemperatureReading c = TEMPERATURE_READING.as("c");
        return dsl().selectFrom(TEMPERATURE_READING)
                .where(TEMPERATURE_READING.COLD_UNIT_ID.eq(unitId))
                .and(TEMPERATURE_READING.MEASURED_AT.ge(from)).and(TEMPERATURE_READING.MEASURED_AT.lt(to))
                .andNotExists(DSL.selectOne().from(c).where(c.CORRECTS_ID.eq(TEMPERATURE_READING.ID)))
                .orderBy(TEMPERATURE_READING.MEASURED_AT, TEMPERATURE_READING.ID)
                .fetch(r -> toReading(r, names));
    }

    /** Every row, corrected or not, of a unit in [from, to): the history as it was written. */
    public List<Reading> allReadings(long unitId, Instant from, Instant to, Map<Long, String> names) {
        return dsl().selectFrom(TEMPERATURE_READING)
                .where(TEMPERATURE_READING.COLD_UNIT_ID.eq(unitId))
                .and(TEMPERATURE_READING.MEASURED_AT.ge(from)).and(TEMPERATURE_READING.MEASURED_AT.lt(to))
                .orderBy(TEMPERATURE_READING.MEASURED_AT, TEMPERATURE_READING.ID)
                .fetch(r -> toReading(r, names));
    }

    /** Corrections recorded in [from, to) whatever time they correct, for the after-sign-off list. */
    public List<Reading> correctionsRecorded(Instant from, Instant to, Map<Long, String> names) {
        return dsl().selectFrom(TEMPERATURE_READING)
                .where(TEMPERATURE_READING.CORRECTS_ID.isNotNull())
                .and(TEMPERATURE_READING.RECORDED_AT.ge(from)).and(TEMPERATURE_READING.RECORDED_AT.lt(to))
                .orderBy(TEMPERATURE_READING.ID).fetch(r -> toReading(r, names));
    }

    public Optional<Reading> reading(long id, Map<Long, String> names) {
        return dsl().selectFrom(TEMPERATURE_READING).where(TEMPERATURE_READING.ID.eq(id)).fetchOptional(r -> toReading(r, names));
    }

    public boolean isCorrected(long readingId) {
        return dsl().fetchExists(TEMPERATURE_READING, TEMPERATURE_READING.CORRECTS_ID.eq(readingId));
    }

    /**
     * Times of sensor/logger readings of a unit in [from, to), plus the last one before {@code from} so a gap that
     * began earlier is seen.
     */
    public List<Instant> sensorTimes(long unitId, Instant from, Instant to) {
        Condition automatic = TEMPERATURE_READING.COLD_UNIT_ID.eq(unitId)
                .and(TEMPERATURE_READING.SOURCE.in(ReadingSource.SENSOR, ReadingSource.IMPORT));
        List<Instant> times = new ArrayList<>();
        dsl().select(TEMPERATURE_READING.MEASURED_AT).from(TEMPERATURE_READING)
                .where(automatic).and(TEMPERATURE_READING.MEASURED_AT.lt(from))
                .orderBy(TEMPERATURE_READING.MEASURED_AT.desc()).limit(1)
                .fetchOptional(TEMPERATURE_READING.MEASURED_AT).ifPresent(times::add);
        times.addAll(dsl().selectDistinct(TEMPERATURE_READING.MEASURED_AT).from(TEMPERATURE_READING)
                .where(automatic).and(TEMPERATURE_READING.MEASURED_AT.ge(from)).and(TEMPERATURE_READING.MEASURED_AT.lt(to))
                .orderBy(TEMPERATURE_READING.MEASURED_AT).fetch(TEMPERATURE_READING.MEASURED_AT));
        return times;
    }

    private static Reading toReading(TemperatureReadingRecord r, Map<Long, String> names) {
        return new Reading(r.getId(), r.getColdUnitId(), r.getMeasuredAt(), r.getRecordedAt(), r.getValueCelsius(),
                r.getSource(), r.getMethod(), r.getInstrumentId(),
                r.getOccasion(), r.getIsLate(), r.getRecordedBy() == null ? "" : names.getOrDefault(r.getRecordedBy(), ""),
                Optional.ofNullable(r.getCorrectsId()), Optional.ofNullable(r.getCorrectionReason()));
    }

    // ------------------------------------------------------------------------------------------- deviations

    /** One deviation_event row to write: the first of a deviation, or a later one superseding its latest. */
    public record DeviationRow(long unitId, DeviationKind kind, Level severity, Instant startedAt,
                               Optional<Instant> endedAt, Optional<Double> maxCelsius, Optional<Double> minCelsius,
                               Optional<Long> readingId, Optional<Long> supersedesId, String rule, String note,
                               boolean isVoid) {}

    public long insertDeviationRow(DeviationRow d, Optional<Long> recordedBy, Instant at) {
        DeviationEventRecord r = dsl().insertInto(DEVIATION_EVENT)
                .set(DEVIATION_EVENT.COLD_UNIT_ID, d.unitId())
                .set(DEVIATION_EVENT.KIND, d.kind())
                .set(DEVIATION_EVENT.SEVERITY, d.severity() == Level.RED ? Level.RED : Level.YELLOW)
                .set(DEVIATION_EVENT.STARTED_AT, d.startedAt())
                .set(DEVIATION_EVENT.ENDED_AT, d.endedAt().orElse(null))
                .set(DEVIATION_EVENT.MAX_CELSIUS, d.maxCelsius().orElse(null))
                .set(DEVIATION_EVENT.MIN_CELSIUS, d.minCelsius().orElse(null))
                .set(DEVIATION_EVENT.READING_ID, d.readingId().orElse(null))
                .set(DEVIATION_EVENT.SUPERSEDES_ID, d.supersedesId().orElse(null))
                .set(DEVIATION_EVENT.RECORDED_BY, recordedBy.orElse(null))
                .set(DEVIATION_EVENT.RECORDED_AT, at)
                .set(DEVIATION_EVENT.NOTE, d.note())
                .set(DEVIATION_EVENT.RULE, d.rule())
                .set(DEVIATION_EVENT.IS_VOID, d.isVoid())
                .returning().fetchSingle();
        chain.append(r, DEVIATION_EVENT);
        return r.getId();
    }

    /**
     * Deviations as they stand, assembled from their rows: each row that supersedes another continues its
     * deviation; the latest row's values count. Optionally for one unit.
     */
    public List<Deviation> deviations(Optional<Long> unitId, Map<Long, String> names) {
        Condition where = unitId.map(DEVIATION_EVENT.COLD_UNIT_ID::eq).orElse(DSL.trueCondition());
        List<DeviationEventRecord> rows = dsl().selectFrom(DEVIATION_EVENT).where(where).orderBy(DEVIATION_EVENT.ID).fetch();
        Map<Long, Long> rootOf = new HashMap<>();
        Map<Long, DeviationEventRecord> first = new LinkedHashMap<>();
        Map<Long, DeviationEventRecord> latest = new HashMap<>();
        for (DeviationEventRecord r : rows) {
            long root = r.getSupersedesId() == null ? r.getId() : rootOf.getOrDefault(r.getSupersedesId(), r.getSupersedesId());
            rootOf.put(r.getId(), root);
            first.putIfAbsent(root, r);
            latest.put(root, r);
        }
        Map<Long, List<CorrectiveAction>> actions = actions(first.keySet(), names);
        List<Deviation> result = new ArrayList<>();
        first.forEach((root, f) -> {
            DeviationEventRecord l = latest.get(root);
            result.add(new Deviation(root, l.getId(), l.getColdUnitId(), l.getKind(),
                    l.getSeverity(), l.getStartedAt(), Optional.ofNullable(l.getEndedAt()),
                    Optional.ofNullable(l.getMaxCelsius()), Optional.ofNullable(l.getMinCelsius()),
                    Optional.ofNullable(f.getReadingId()), l.getRule(), l.getNote(), l.getIsVoid(),
                    f.getRecordedBy() == null ? "" : names.getOrDefault(f.getRecordedBy(), ""), f.getRecordedAt(),
                    actions.getOrDefault(root, List.of())));
        });
        result.sort(Comparator.comparing(Deviation::startedAt).thenComparingLong(Deviation::id));
        return result;
    }

    /** A deviation voided by a correction of its reading: the unit, when the deviation began, when it was voided. */
    public record Voided(long unitId, Instant startedAt, Instant recordedAt) {}

    /** Deviations voided in [from, to) (the later rows that void them), for the after-sign-off list. */
    public List<Voided> voidsRecorded(Instant from, Instant to) {
        return dsl().selectFrom(DEVIATION_EVENT).where(DEVIATION_EVENT.SUPERSEDES_ID.isNotNull())
                .and(DEVIATION_EVENT.IS_VOID.isTrue())
                .and(DEVIATION_EVENT.RECORDED_AT.ge(from)).and(DEVIATION_EVENT.RECORDED_AT.lt(to))
                .fetch(r -> new Voided(r.getColdUnitId(), r.getStartedAt(), r.getRecordedAt()));
    }

    // ------------------------------------------------------------------------------------ corrective actions

    public record NewAction(long deviationId, String cause, String actionTaken, FoodOutcome foodOutcome,
                            String performedBy, Instant performedAt, boolean closing, Optional<Long> correctsId) {}

    public CorrectiveAction insertAction(NewAction a, Optional<Long> recordedBy, Instant at,
                                         Map<Long, String> names) {
        CorrectiveActionRecord r = dsl().insertInto(CORRECTIVE_ACTION)
                .set(CORRECTIVE_ACTION.DEVIATION_ID, a.deviationId())
                .set(CORRECTIVE_ACTION.CAUSE, a.cause())
                .set(CORRECTIVE_ACTION.ACTION_TAKEN, a.actionTaken())
                .set(CORRECTIVE_ACTION.FOOD_OUTCOME, a.foodOutcome())
                .set(CORRECTIVE_ACTION.PERFORMED_BY, a.performedBy())
                .set(CORRECTIVE_ACTION.PERFORMED_AT, a.performedAt())
                .set(CORRECTIVE_ACTION.IS_CLOSING, a.closing())
                .set(CORRECTIVE_ACTION.CORRECTS_ID, a.correctsId().orElse(null))
                .set(CORRECTIVE_ACTION.RECORDED_BY, recordedBy.orElse(null))
                .set(CORRECTIVE_ACTION.RECORDED_AT, at)
                .returning().fetchSingle();
        chain.append(r, CORRECTIVE_ACTION);
        return toAction(r, names);
    }

    /** Effective actions by deviation: an action that a later one corrects is left out. */
    private Map<Long, List<CorrectiveAction>> actions(java.util.Collection<Long> deviationIds,
                                                     Map<Long, String> names) {
        if (deviationIds.isEmpty()) {
            return Map.of();
        }
        List<CorrectiveActionRecord> rows = dsl().selectFrom(CORRECTIVE_ACTION)
                .where(CORRECTIVE_ACTION.DEVIATION_ID.in(deviationIds)).orderBy(CORRECTIVE_ACTION.ID).fetch();
        java.util.Set<Long> corrected = rows.stream().map(CorrectiveActionRecord::getCorrectsId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return rows.stream().filter(r -> !corrected.contains(r.getId()))
                .collect(Collectors.groupingBy(CorrectiveActionRecord::getDeviationId, LinkedHashMap::new,
                        Collectors.mapping(r -> toAction(r, names), Collectors.toList())));
    }

    public List<CorrectiveAction> actionsRecorded(Instant from, Instant to, Map<Long, String> names) {
        return dsl().selectFrom(CORRECTIVE_ACTION).where(CORRECTIVE_ACTION.RECORDED_AT.ge(from))
                .and(CORRECTIVE_ACTION.RECORDED_AT.lt(to)).orderBy(CORRECTIVE_ACTION.ID).fetch(r -> toAction(r, names));
    }

    private static CorrectiveAction toAction(CorrectiveActionRecord r, Map<Long, String> names) {
        return new CorrectiveAction(r.getId(), r.getDeviationId(), r.getCause(), r.getActionTaken(),
                r.getFoodOutcome(), r.getPerformedBy(), r.getPerformedAt(), r.getIsClosing(),
                Optional.ofNullable(r.getCorrectsId()),
                r.getRecordedBy() == null ? "" : names.getOrDefault(r.getRecordedBy(), ""), r.getRecordedAt());
    }

    // -------------------------------------------------------------------------------------------- sign-offs

    public SignOff insertSignOff(LocalDate from, LocalDate to, Optional<Long> unitId, String comment,
                                 long signedBy, Instant at, Map<Long, String> names) {
        String head = chain.head();
        SignOffRecord r = dsl().insertInto(SIGN_OFF)
                .set(SIGN_OFF.PERIOD_FROM, from)
                .set(SIGN_OFF.PERIOD_TO, to)
                .set(SIGN_OFF.COLD_UNIT_ID, unitId.orElse(null))
                .set(SIGN_OFF.COMMENT, comment)
                .set(SIGN_OFF.SIGNED_BY, signedBy)
                .set(SIGN_OFF.SIGNED_AT, at)
                .set(SIGN_OFF.CHAIN_HASH, head)
                .returning().fetchSingle();
        chain.append(r, SIGN_OFF);
        return toSignOff(r, names);
    }

    public List<SignOff> signOffs(Map<Long, String> names) {
        return dsl().selectFrom(SIGN_OFF).orderBy(SIGN_OFF.SIGNED_AT, SIGN_OFF.ID).fetch(r -> toSignOff(r, names));
    }

    private static SignOff toSignOff(SignOffRecord r, Map<Long, String> names) {
        return new SignOff(r.getId(), r.getPeriodFrom(), r.getPeriodTo(), Optional.ofNullable(r.getColdUnitId()),
                r.getComment(), names.getOrDefault(r.getSignedBy(), "#" + r.getSignedBy()), r.getSignedAt(),
                r.getChainHash());
    }

    // ------------------------------------------------------------------------------- thermometers and sources

    public List<ColdUnitService.Thermometer> thermometers() {
        return dsl().selectFrom(HACCP_THERMOMETER).orderBy(HACCP_THERMOMETER.CODE)
                .fetch(r -> new ColdUnitService.Thermometer(r.getId(), r.getCode(), r.getDescription(),
                        Optional.ofNullable(r.getCalibrationDueDate()), r.getIsActive()));
    }

    /** Adds a thermometer, or gives the one with that code a new description and calibration date. */
    public void saveThermometer(String code, String description, Optional<LocalDate> calibrationDue) {
        HaccpThermometerRecord r = new HaccpThermometerRecord().setCode(code).setDescription(description)
                .setCalibrationDueDate(calibrationDue.orElse(null)).setIsActive(true);
        dsl().insertInto(HACCP_THERMOMETER).set(r)
                .onConflict(HACCP_THERMOMETER.CODE).doUpdate()
                .set(HACCP_THERMOMETER.DESCRIPTION, r.getDescription())
                .set(HACCP_THERMOMETER.CALIBRATION_DUE_DATE, r.getCalibrationDueDate())
                .execute();
    }

    public Optional<LoggerImportService.Source> source(String name) {
        return dsl().selectFrom(HACCP_IMPORT_SOURCE).where(HACCP_IMPORT_SOURCE.NAME.eq(name))
                .fetchOptional(r -> new LoggerImportService.Source(r.getName(), new LoggerFiles.CsvMapping(
                        r.getTimestampColumn(), r.getTimestampPattern(), r.getValueColumn(),
                        r.getTemperatureUnit(), r.getIsDecimalComma(),
                        java.time.ZoneId.of(r.getZoneName())), Optional.ofNullable(r.getColdUnitId())));
    }

    public List<String> sourceNames() {
        return dsl().select(HACCP_IMPORT_SOURCE.NAME).from(HACCP_IMPORT_SOURCE).orderBy(HACCP_IMPORT_SOURCE.NAME)
                .fetch(HACCP_IMPORT_SOURCE.NAME);
    }

    /** Remembers a source's CSV mapping (and the unit it feeds), replacing what it had: the values are written once. */
    public void saveSource(String name, LoggerFiles.CsvMapping m, Optional<Long> unitId, Optional<Long> by, Instant at) {
        HaccpImportSourceRecord r = new HaccpImportSourceRecord().setName(name)
                .setTimestampColumn(m.timestampColumn()).setTimestampPattern(m.timestampPattern())
                .setValueColumn(m.valueColumn()).setTemperatureUnit(m.unit()).setIsDecimalComma(m.decimalComma())
                .setZoneName(m.zone().getId()).setColdUnitId(unitId.orElse(null)).setUpdatedBy(by.orElse(null))
                .setUpdatedAt(at);
        dsl().insertInto(HACCP_IMPORT_SOURCE).set(r).onConflict(HACCP_IMPORT_SOURCE.NAME).doUpdate().set(r).execute();
    }

    // ---------------------------------------------------------------------------------------------- people

    /** Display names by user id (a kitchen has a handful of users). */
    public Map<Long, String> userNames() {
        Map<Long, String> names = new HashMap<>();
        dsl().select(APP_USER.ID, APP_USER.DISPLAY_NAME).from(APP_USER)
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }
}
