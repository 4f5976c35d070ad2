package no.smartmat.console.haccp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;
import no.smartmat.console.validation.Validated;

/**
 * Deviations: raised by the alarm rules from the readings, or by a person entering an out-of-range reading;
 * their development (end, turn to red, void) written as new rows; and their corrective actions. A deviation is
 * closed by a closing corrective action, which is refused while the breach lasts.
 */
public final class DeviationService {

    private static final Set<DeviationKind> BREACHES =
            EnumSet.of(DeviationKind.TOO_WARM, DeviationKind.TOO_COLD, DeviationKind.COOLING_TOO_SLOW);

    private final Transactions transactions;
    private final HaccpRepository repo;
    private final ColdUnitService units;
    private final HaccpConfig config;
    private final Clock clock;

    public DeviationService(Transactions transactions, HaccpRepository repo, ColdUnitService units, HaccpConfig config,
                            Clock clock) {
        this.transactions = transactions;
        this.repo = repo;
        this.units = units;
        this.config = config;
        this.clock = clock;
    }

    public List<Deviation> all() {
        return repo.deviations(Optional.empty(), repo.userNames());
    }

    public List<Deviation> forUnit(long unitId) {
        return repo.deviations(Optional.of(unitId), repo.userNames());
    }

    public Optional<Deviation> byId(long id) {
        return all().stream().filter(d -> d.id() == id).findFirst();
    }

    /** Ongoing, or over without a closing corrective action: what the dashboard counts as open. */
    public List<Deviation> open() {
        return all().stream().filter(Deviation::isOpen).toList();
    }

    /** How long a reading's value is trusted to hold: the sensor gap threshold, or a day for units read by hand. */
    static Duration maxHold(ColdUnit unit) {
        return unit.gapThreshold().orElse(Duration.ofHours(24));
    }

    public AlarmEvaluator.Context context(ColdUnitService.WatchedUnit w, Instant now) {
        return new AlarmEvaluator.Context(w.limits(), Suppression.forUnit(w.unit(), config, clock.getZone()),
                maxHold(w.unit()), config.cumulativeWindow(), now);
    }

    /** What an evaluation wrote. */
    public record Evaluation(int raised, int updated, int voided) {
        public Evaluation plus(Evaluation o) {
            return new Evaluation(raised + o.raised, updated + o.updated, voided + o.voided);
        }

        public static final Evaluation NONE = new Evaluation(0, 0, 0);
    }

    /**
     * Applies the alarm rules to the unit's readings from {@code since} (with a day before it for context) and brings
     * the stored deviations in line: new breaches raised, ended or reddened ones continued by a new row, and one
     * whose breach a correction took away marked void. Joins the caller's transaction, so readings and the
     * deviations they cause are stored together. Evaluating again without new readings writes nothing.
     */
    public Evaluation evaluate(ColdUnitService.WatchedUnit w, Instant since, Instant now) {
        return transactions.inTransaction(() -> evaluateInTransaction(w, since, now));
    }

    private Evaluation evaluateInTransaction(ColdUnitService.WatchedUnit w, Instant since, Instant now) {
        Duration context = Duration.ofHours(24);
        Duration longest = w.limits().versions().stream().flatMap(l -> l.redAfter().stream())
                .max(Duration::compareTo).orElse(Duration.ZERO).multipliedBy(2);
        if (longest.compareTo(context) > 0) {
            context = longest;
        }
        Instant traceFrom = since.minus(context);
        Map<Long, String> names = repo.userNames();
        List<TracePoint> trace = repo.effectiveReadings(w.unit().id(), traceFrom, now.plusSeconds(1), names).stream()
                .map(Reading::toTracePoint).toList();
        List<Episode> episodes = AlarmEvaluator.evaluate(trace, context(w, now)).stream()
                .filter(e -> e.end().map(end -> !end.isBefore(since)).orElse(true)).toList();
        List<Deviation> stored = repo.deviations(Optional.of(w.unit().id()), names).stream()
                .filter(d -> BREACHES.contains(d.kind()) && !d.isVoid()).toList();
        int raised = 0, updated = 0, voided = 0;
        List<Deviation> matched = new ArrayList<>();
        for (Episode e : episodes) {
            Optional<Deviation> same = stored.stream()
                    .filter(d -> d.kind() == e.kind() && !matched.contains(d) && e.overlaps(d.startedAt(), d.endedAt(), now))
                    .findFirst();
            if (same.isEmpty()) {
                repo.insertDeviationRow(new HaccpRepository.DeviationRow(w.unit().id(), e.kind(), e.severity(),
                        e.start(), e.end(), Optional.of(e.maxCelsius()), Optional.of(e.minCelsius()),
                        Optional.of(e.readingId()).filter(id -> id > 0), Optional.empty(), e.rule(), "", false),
                        Optional.empty(), clock.instant());
                raised++;
                continue;
            }
            Deviation d = same.get();
            matched.add(d);
            Level severity = d.severity().worst(e.severity());
            double max = Math.max(d.maxCelsius().orElse(e.maxCelsius()), e.maxCelsius());
            double min = Math.min(d.minCelsius().orElse(e.minCelsius()), e.minCelsius());
            boolean endChanged = !d.endedAt().equals(e.end());
            boolean reddened = severity != d.severity();
            if (endChanged || reddened) {
                String rule = reddened || d.rule().isEmpty() ? e.rule() : d.rule();
                repo.insertDeviationRow(new HaccpRepository.DeviationRow(w.unit().id(), d.kind(), severity,
                        d.startedAt(), e.end(), Optional.of(max), Optional.of(min), d.readingId(),
                        Optional.of(d.latestRowId()), rule, d.note(), false), Optional.empty(), clock.instant());
                updated++;
            }
        }
        for (Deviation d : stored) {
            if (!matched.contains(d) && !d.startedAt().isBefore(since)) {
                repo.insertDeviationRow(new HaccpRepository.DeviationRow(w.unit().id(), d.kind(), d.severity(),
                        d.startedAt(), Optional.of(d.endedAt().orElse(d.startedAt())), d.maxCelsius(), d.minCelsius(),
                        d.readingId(), Optional.of(d.latestRowId()), d.rule(), d.note(), true),
                        Optional.empty(), clock.instant());
                voided++;
            }
        }
        if (raised + updated + voided > 0) {
            repo.audit(CurrentUser.headless("haccp"), "EVALUATE", "cold_unit", w.unit().code(),
                    "avvik: " + raised + " nye, " + updated + " oppdatert, " + voided + " annullert");
        }
        return new Evaluation(raised, updated, voided);
    }

    /** Evaluates every unit for the last {@code days}: after a configuration change, or from the command line. */
    public Evaluation evaluateAll(Duration back) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Evaluation total = Evaluation.NONE;
            for (ColdUnitService.WatchedUnit w : units.watched()) {
                total = total.plus(evaluateInTransaction(w, now.minus(back), now));
            }
            return total;
        });
    }

    // ------------------------------------------------------------------------------------ corrective actions

    /** A corrective action as typed: cause, what was done, the food's fate, by whom and when (empty: now). */
    public record ActionForm(String cause, String actionTaken, String foodOutcome, String performedBy, String performedAt) {}

    static final String CAUSE = "cause", ACTION = "actionTaken", FOOD = "foodOutcome", PERFORMED_BY = "performedBy",
            PERFORMED_AT = "performedAt";

    /** Checks an action form; the parsed action or what is wrong with it (field by field). */
    Validated<HaccpRepository.NewAction> parse(long deviationId, ActionForm f, boolean closing, CurrentUser by,
                                               Optional<Long> correctsId) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> cause = Fields.required(CAUSE, f.cause(), errors);
        Optional<String> action = Fields.required(ACTION, f.actionTaken(), errors);
        Optional<FoodOutcome> food = Fields.required(FOOD, f.foodOutcome(), errors).flatMap(t -> {
            try {
                return Optional.of(FoodOutcome.valueOf(t.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of(FOOD, t, "haccp.validation.unknownFoodOutcome"));
                return Optional.empty();
            }
        });
        String who = Fields.trim(f.performedBy()).isEmpty() ? by.displayName() : Fields.trim(f.performedBy());
        Instant when = clock.instant();
        if (!Fields.trim(f.performedAt()).isEmpty()) {
            Optional<Instant> parsed = HaccpTimes.parseLocal(PERFORMED_AT, f.performedAt(), clock, errors);
            if (parsed.isPresent() && parsed.get().isAfter(clock.instant().plusSeconds(120))) {
                errors.add(FieldError.of(PERFORMED_AT, f.performedAt(), "haccp.validation.inFuture"));
            }
            when = parsed.orElse(when);
        }
        if (!errors.isEmpty()) {
            return Validated.invalid(errors);
        }
        return Validated.valid(new HaccpRepository.NewAction(deviationId, cause.get(), action.get(), food.get(), who,
                when, closing, correctsId));
    }

    /**
     * Records a corrective action. {@code close}: this action closes the deviation, refused while the breach still
     * lasts (an action taken meanwhile is recorded with {@code close} false).
     */
    public Validated<CorrectiveAction> recordAction(long deviationId, ActionForm form, boolean close, CurrentUser by) {
        Validated<HaccpRepository.NewAction> parsed = parse(deviationId, form, close, by, Optional.empty());
        if (!(parsed instanceof Validated.Valid<HaccpRepository.NewAction>(HaccpRepository.NewAction action))) {
            return Validated.invalid(parsed.errors());
        }
        return transactions.inTransaction(() -> {
            Map<Long, String> names = repo.userNames();
            Optional<Deviation> found = repo.deviations(Optional.empty(), names).stream()
                    .filter(d -> d.id() == deviationId).findFirst();
            if (found.isEmpty()) {
                return Validated.invalid(List.of(FieldError.of("deviation", String.valueOf(deviationId),
                        "haccp.validation.noSuchDeviation")));
            }
            Deviation d = found.get();
            if (close && d.status() == Deviation.Status.ONGOING) {
                return Validated.invalid(List.of(FieldError.of("deviation", String.valueOf(deviationId),
                        "haccp.validation.stillOngoing")));
            }
            if (d.status() == Deviation.Status.CLOSED || d.status() == Deviation.Status.VOID) {
                return Validated.invalid(List.of(FieldError.of("deviation", String.valueOf(deviationId),
                        "haccp.validation.alreadyClosed")));
            }
            CorrectiveAction saved = repo.insertAction(action, by.id(), clock.instant(), names);
            repo.audit(by, close ? "CLOSE" : "ACTION", "deviation_event", String.valueOf(deviationId),
                    action.cause() + " / " + action.actionTaken() + " / " + action.foodOutcome());
            return Validated.valid(saved);
        });
    }

    /** Replaces an action's content by a new one pointing at it; the old stays, the new counts. */
    public Validated<CorrectiveAction> correctAction(CorrectiveAction old, ActionForm form, CurrentUser by) {
        Validated<HaccpRepository.NewAction> parsed = parse(old.deviationId(), form, old.closing(), by,
                Optional.of(old.id()));
        if (!(parsed instanceof Validated.Valid<HaccpRepository.NewAction>(HaccpRepository.NewAction action))) {
            return Validated.invalid(parsed.errors());
        }
        return transactions.inTransaction(() -> {
            CorrectiveAction saved = repo.insertAction(action, by.id(), clock.instant(), repo.userNames());
            repo.audit(by, "CORRECT", "corrective_action", String.valueOf(old.id()), "erstattet av " + saved.id());
            return Validated.valid(saved);
        });
    }

    /**
     * Explains a missing check after the fact: a MISSING_CHECK deviation over the gap, closed by the action given.
     * The check stays missing; the report shows the explanation beside it.
     */
    public Validated<CorrectiveAction> explainMissingCheck(MissingCheck missing, ActionForm form, CurrentUser by) {
        Validated<HaccpRepository.NewAction> parsed = parse(0, form, true, by, Optional.empty());
        if (!(parsed instanceof Validated.Valid<HaccpRepository.NewAction>(HaccpRepository.NewAction action))) {
            return Validated.invalid(parsed.errors());
        }
        if (missing.ongoing()) {
            return Validated.invalid(List.of(FieldError.of("deviation", "", "haccp.validation.stillOngoing")));
        }
        return transactions.inTransaction(() -> {
            Map<Long, String> names = repo.userNames();
            boolean explained = repo.deviations(Optional.of(missing.unitId()), names).stream()
                    .anyMatch(d -> d.kind() == DeviationKind.MISSING_CHECK && d.startedAt().equals(missing.from()));
            if (explained) {
                return Validated.invalid(List.of(FieldError.of("deviation", "", "haccp.validation.alreadyClosed")));
            }
            long id = repo.insertDeviationRow(new HaccpRepository.DeviationRow(missing.unitId(),
                    DeviationKind.MISSING_CHECK, Level.YELLOW, missing.from(), Optional.of(missing.to()), Optional.empty(),
                    Optional.empty(), missing.lateReading().map(MissingCheck.LateReading::readingId), Optional.empty(),
                    missing.roundId().map(r -> "ROUND:" + r).orElse("SENSOR_GAP"), "", false), by.id(), clock.instant());
            HaccpRepository.NewAction withId = new HaccpRepository.NewAction(id, action.cause(), action.actionTaken(),
                    action.foodOutcome(), action.performedBy(), action.performedAt(), true, Optional.empty());
            CorrectiveAction saved = repo.insertAction(withId, by.id(), clock.instant(), names);
            repo.audit(by, "EXPLAIN", "deviation_event", String.valueOf(id), action.cause());
            return Validated.valid(saved);
        });
    }
}
