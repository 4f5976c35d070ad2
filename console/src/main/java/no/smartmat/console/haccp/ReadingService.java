package no.smartmat.console.haccp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;
import no.smartmat.console.validation.Validated;

/**
 * Readings typed in by kitchen staff and drivers, and their corrections. Who and when are recorded by the system;
 * the reading's own time may be earlier than its entry, and one typed in more than {@code lateEntryMinutes} after it
 * was measured is marked late. A reading beyond its limits needs a deviation entry (what was seen, cause, action,
 * the food's fate) before it is saved, unless the unit's deviation of that kind is already ongoing.
 */
public final class ReadingService {

    public static final String VALUE = "value", MEASURED_AT = "measuredAt", NOTE = "note", REASON = "reason";

    private final Transactions transactions;
    private final HaccpRepository repo;
    private final ColdUnitService units;
    private final DeviationService deviations;
    private final SignOffService signOffs;
    private final HaccpConfig config;
    private final Clock clock;

    public ReadingService(Transactions transactions, HaccpRepository repo, ColdUnitService units,
                          DeviationService deviations, SignOffService signOffs, HaccpConfig config, Clock clock) {
        this.transactions = transactions;
        this.repo = repo;
        this.units = units;
        this.deviations = deviations;
        this.signOffs = signOffs;
        this.config = config;
        this.clock = clock;
    }

    /** One reading as typed. {@code measuredAt} blank: now. {@code deviation}: the entry an out-of-range value needs. */
    public record ManualEntry(long unitId, String value, String measuredAt, MeasureMethod method, String instrumentId,
                              String occasion, Optional<DeviationEntry> deviation) {}

    /** What was seen and done about an out-of-range reading, entered with it. */
    public record DeviationEntry(String note, DeviationService.ActionForm action) {}

    public record Saved(Reading reading, Optional<Long> deviationId, boolean late) {}

    /** What a value means for a unit at a time: the form colours the field and asks for the deviation entry. */
    public record Assessment(Level level, Optional<DeviationKind> breach, boolean needsDeviation,
                             Optional<Deviation> ongoing) {}

    public Assessment assess(long unitId, double celsius, Instant at, String occasion) {
        ColdUnitService.WatchedUnit w = units.watched(unitId).orElseThrow();
        List<Deviation> open = deviations.forUnit(unitId).stream().filter(d -> d.status() == Deviation.Status.ONGOING).toList();
        return assess(w, celsius, at, occasion, coolingStart(unitId, at), open);
    }

    private Assessment assess(ColdUnitService.WatchedUnit w, double celsius, Instant at, String occasion,
                              Optional<Reading> coolingStart, List<Deviation> ongoingOfUnit) {
        Verdict v = rule(w).judge(celsius, at, occasion, coolingStart.map(Reading::measuredAt));
        Optional<DeviationKind> breach = v.outsideRule() ? v.breach() : Optional.empty();
        Optional<Deviation> ongoing = ongoingOfUnit.stream().filter(d -> breach.map(k -> k == d.kind()).orElse(false))
                .findFirst();
        return new Assessment(v.level(), breach, breach.isPresent() && ongoing.isEmpty(), ongoing);
    }

    /** The rule a reading of {@code w} is judged by: what the form shows, what a save insists on. */
    public ReadingRule rule(ColdUnitService.WatchedUnit w) {
        return new ReadingRule(w.limits(), Suppression.forUnit(w.unit(), config, clock.getZone()));
    }

    /** The cooling started within the last day and not yet ended, if any. */
    public Optional<Reading> coolingStart(long unitId, Instant before) {
        List<Reading> recent = repo.effectiveReadings(unitId, before.minus(Duration.ofDays(1)), before.plusSeconds(1),
                Map.of());
        Optional<Reading> last = recent.stream()
                .filter(r -> AlarmEvaluator.COOLING_START.equals(r.occasion()) || AlarmEvaluator.COOLING_END.equals(r.occasion()))
                .max(Comparator.comparing(Reading::measuredAt));
        return last.filter(r -> AlarmEvaluator.COOLING_START.equals(r.occasion()));
    }

    public Validated<Saved> record(ManualEntry entry, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Double> value = Fields.decimal(VALUE, entry.value(), errors);
        if (value.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of(VALUE, entry.value(), "validation.required"));
        }
        value.filter(v -> v < -60 || v > 150).ifPresent(v -> errors.add(FieldError.of(VALUE, entry.value(),
                "haccp.validation.implausible")));
        Instant now = clock.instant();
        Instant measured = Fields.trim(entry.measuredAt()).isEmpty() ? now
                : HaccpTimes.parseLocal(MEASURED_AT, entry.measuredAt(), clock, errors).orElse(now);
        if (measured.isAfter(now.plusSeconds(120))) {
            errors.add(FieldError.of(MEASURED_AT, entry.measuredAt(), "haccp.validation.inFuture"));
        }
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        return transactions.inTransaction(() -> {
            Optional<ColdUnitService.WatchedUnit> found = units.watched(entry.unitId());
            if (found.isEmpty() || !found.get().unit().active()) {
                return Validated.invalid(List.of(FieldError.of("unit", String.valueOf(entry.unitId()),
                        "haccp.validation.noSuchUnit")));
            }
            ColdUnitService.WatchedUnit w = found.get();
            LocalDate day = measured.atZone(clock.getZone()).toLocalDate();
            Optional<SignOff> lock = signOffs.lockFor(w.unit().id(), day);
            if (lock.isPresent()) {
                return Validated.invalid(List.of(FieldError.of(MEASURED_AT, entry.measuredAt(),
                        "haccp.validation.periodSigned", HaccpTimes.DATE.format(lock.get().from()),
                        HaccpTimes.DATE.format(lock.get().to()), lock.get().signedBy())));
            }
            Map<Long, String> names = repo.userNames();
            List<Deviation> ongoing = repo.deviations(Optional.of(w.unit().id()), names).stream()
                    .filter(d -> d.status() == Deviation.Status.ONGOING).toList();
            // Looked up before this reading is stored: once it is, a cooling's end would find itself, not its start.
            Optional<Reading> coolingStart = coolingStart(w.unit().id(), measured);
            Assessment a = assess(w, value.get(), measured, entry.occasion(), coolingStart, ongoing);
            Optional<HaccpRepository.NewAction> action = Optional.empty();
            if (a.needsDeviation()) {
                if (entry.deviation().isEmpty()) {
                    return Validated.invalid(List.of(FieldError.of("deviation", entry.value(),
                            "haccp.entry.deviationRequired")));
                }
                Validated<HaccpRepository.NewAction> parsed = deviations.parse(0, entry.deviation().get().action(),
                        false, by, Optional.empty());
                if (!parsed.isValid()) {
                    return Validated.invalid(parsed.errors());
                }
                action = Optional.of(((Validated.Valid<HaccpRepository.NewAction>) parsed).value());
            }
            boolean late = Duration.between(measured, now).compareTo(config.lateEntry()) > 0;
            Reading reading = repo.insertReading(new HaccpRepository.NewReading(w.unit().id(), measured, value.get(),
                    ReadingSource.MANUAL, entry.method(), Fields.trim(entry.instrumentId()), Fields.trim(entry.occasion()),
                    late, Optional.empty(), Optional.empty(), Optional.empty()), by.id(), now, names).orElseThrow();
            Optional<Long> deviationId = Optional.empty();
            if (action.isPresent()) {
                DeviationKind kind = a.breach().orElseThrow();
                Instant start = measured;
                Optional<Instant> end = Optional.empty();
                double max = value.get(), min = value.get();
                String rule = RuleCode.manual();
                Limits l = w.limits().at(measured);
                if (l.isCooling()) {
                    // A cooling step is a breach at that reading: it is over when it is recorded.
                    end = Optional.of(measured);
                    if (kind == DeviationKind.COOLING_TOO_SLOW) {
                        start = coolingStart.map(Reading::measuredAt).orElse(measured);
                        max = Math.max(max, coolingStart.map(Reading::celsius).orElse(max));
                        rule = RuleCode.cooling(ReadingRule.coolingFrom(l), ReadingRule.coolingTo(l),
                                ReadingRule.allowed(l).toMinutes());
                    } else {
                        rule = RuleCode.coolingStart(ReadingRule.coolingFrom(l));
                    }
                }
                long id = repo.insertDeviationRow(new HaccpRepository.DeviationRow(w.unit().id(), kind,
                        a.level() == Level.RED ? Level.RED : Level.YELLOW, start, end, Optional.of(max), Optional.of(min),
                        Optional.of(reading.id()), Optional.empty(), rule,
                        Fields.trim(entry.deviation().get().note()), false), by.id(), now);
                HaccpRepository.NewAction act = action.get();
                repo.insertAction(new HaccpRepository.NewAction(id, act.cause(), act.actionTaken(), act.foodOutcome(),
                        act.performedBy(), act.performedAt(), end.isPresent(), Optional.empty()), by.id(), now, names);
                deviationId = Optional.of(id);
            }
            deviations.evaluate(w, measured, now);
            repo.audit(by, "READING", "cold_unit", w.unit().code(),
                    HaccpTimes.format(measured, clock.getZone()) + " " + value.get() + " °C" + (late ? " (sen registrering)" : "")
                            + deviationId.map(d -> " avvik " + d).orElse(""));
            return Validated.valid(new Saved(reading, deviationId, late));
        });
    }

    /**
     * Corrects a reading: a new row pointing at it with the new value (and time, if given) and the reason. The old
     * row stays as it was. Only the newest version of a reading can be corrected.
     */
    public Validated<Reading> correct(long readingId, String newValue, String newMeasuredAt, String reason, CurrentUser by) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Double> value = Fields.decimal(VALUE, newValue, errors);
        if (value.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of(VALUE, newValue, "validation.required"));
        }
        Optional<String> why = Fields.required(REASON, reason, errors);
        Optional<Instant> measured = Fields.trim(newMeasuredAt).isEmpty() ? Optional.empty()
                : HaccpTimes.parseLocal(MEASURED_AT, newMeasuredAt, clock, errors);
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Map<Long, String> names = repo.userNames();
            Optional<Reading> old = repo.reading(readingId, names);
            if (old.isEmpty()) {
                return Validated.invalid(List.of(FieldError.of("reading", String.valueOf(readingId), "haccp.validation.noSuchReading")));
            }
            if (repo.isCorrected(readingId)) {
                return Validated.invalid(List.of(FieldError.of("reading", String.valueOf(readingId),
                        "haccp.correction.alreadyCorrected")));
            }
            Reading o = old.get();
            Instant at = measured.orElse(o.measuredAt());
            Reading saved = repo.insertReading(new HaccpRepository.NewReading(o.unitId(), at, value.get(), o.source(),
                    o.method(), o.instrumentId(), o.occasion(), o.late(), Optional.of(o.id()), why, Optional.empty()),
                    by.id(), now, names).orElseThrow();
            ColdUnitService.WatchedUnit w = units.watched(o.unitId()).orElseThrow();
            deviations.evaluate(w, at.isBefore(o.measuredAt()) ? at : o.measuredAt(), now);
            repo.audit(by, "CORRECT", "temperature_reading", String.valueOf(o.id()),
                    o.celsius() + " -> " + value.get() + " °C: " + why.get());
            return Validated.valid(saved);
        });
    }

    // --------------------------------------------------------------------------------------------- checklist

    /** A unit to read now: its round (or a cooling step), the window, whether the deadline has passed. */
    public record DueCheck(ColdUnitService.WatchedUnit unit, String occasion, Optional<Instant> opens,
                           Optional<Instant> due, boolean overdue, Optional<Reading> last, Optional<Reading> coolingStart,
                           List<Deviation> ongoing) {}

    /**
     * Today's rounds that have opened and are not done for a unit, overdue ones included (they can still be entered,
     * late), plus the blast chillers' cooling steps. In round order, then unit code.
     */
    public List<DueCheck> dueNow() {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        Instant dayStart = today.atStartOfDay(zone).toInstant();
        Map<Long, String> names = repo.userNames();
        List<Deviation> ongoing = repo.deviations(Optional.empty(), names).stream()
                .filter(d -> d.status() == Deviation.Status.ONGOING).toList();
        List<ColdUnitService.WatchedUnit> watched = units.watched().stream().filter(w -> w.unit().active()).toList();
        List<DueCheck> due = new ArrayList<>();
        for (HaccpConfig.Round round : config.rounds()) {
            if (!round.runsOn(today.getDayOfWeek())) {
                continue;
            }
            Instant opens = today.atTime(round.opens()).atZone(zone).toInstant();
            Instant deadline = today.atTime(round.due()).atZone(zone).toInstant();
            if (now.isBefore(opens)) {
                continue;
            }
            for (ColdUnitService.WatchedUnit w : watched) {
                if (!round.appliesTo(w.unit())) {
                    continue;
                }
                List<Reading> readings = repo.effectiveReadings(w.unit().id(), dayStart, now.plusSeconds(1), names);
                boolean done = readings.stream().anyMatch(r -> !r.measuredAt().isBefore(opens)
                        && !r.measuredAt().isAfter(deadline));
                if (!done) {
                    due.add(new DueCheck(w, round.id(), Optional.of(opens), Optional.of(deadline), now.isAfter(deadline),
                            readings.stream().reduce((a, b) -> b), Optional.empty(), ongoingOf(ongoing, w)));
                }
            }
        }
        for (ColdUnitService.WatchedUnit w : watched) {
            if (w.unit().kind() == UnitKind.BLAST_CHILLER) {
                Optional<Reading> started = coolingStart(w.unit().id(), now);
                due.add(new DueCheck(w, started.isPresent() ? AlarmEvaluator.COOLING_END : AlarmEvaluator.COOLING_START,
                        started.map(Reading::measuredAt), started.map(s -> s.measuredAt().plus(
                                w.limits().at(s.measuredAt()).redAfter().orElse(Duration.ofHours(2)))),
                        false, Optional.empty(), started, ongoingOf(ongoing, w)));
            }
        }
        return due;
    }

    private static List<Deviation> ongoingOf(List<Deviation> ongoing, ColdUnitService.WatchedUnit w) {
        return ongoing.stream().filter(d -> d.unitId() == w.unit().id()).toList();
    }

    /** Readings of a unit as written, corrections and corrected rows included, for its history. */
    public List<Reading> history(long unitId, Instant from, Instant to) {
        return repo.allReadings(unitId, from, to, repo.userNames());
    }

    public List<Reading> effective(long unitId, Instant from, Instant to) {
        return repo.effectiveReadings(unitId, from, to, repo.userNames());
    }
}
