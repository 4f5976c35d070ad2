package no.smartmat.console.haccp;

import static no.smartmat.console.db.jooq.Tables.APP_USER;

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
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import no.smartmat.console.config.KitchenSettings;
import no.smartmat.console.db.Database;
import no.smartmat.console.db.jooq.tables.records.DeviationEventRecord;
import no.smartmat.console.i18n.UserMessage;
import org.jooq.DSLContext;

/** Computes a {@link HaccpReport} from the database: the numbers, the lists, and whether each record is complete. */
public final class HaccpReportBuilder {

    private final Database db;
    private final HaccpRepository repo;
    private final HaccpChain chain;
    private final ColdUnitService units;
    private final DeviationService deviations;
    private final MissingCheckService missing;
    private final SignOffService signOffs;
    private final HaccpConfig config;
    private final KitchenSettings kitchen;
    private final Clock clock;
    private final RetentionService retention;

    public HaccpReportBuilder(Database db, HaccpRepository repo, HaccpChain chain, ColdUnitService units,
                              DeviationService deviations, MissingCheckService missing, SignOffService signOffs,
                              HaccpConfig config, KitchenSettings kitchen, Clock clock, RetentionService retention) {
        this.db = db;
        this.repo = repo;
        this.chain = chain;
        this.units = units;
        this.deviations = deviations;
        this.missing = missing;
        this.signOffs = signOffs;
        this.config = config;
        this.kitchen = kitchen;
        this.clock = clock;
        this.retention = retention;
    }

    public HaccpReport build(LocalDate from, LocalDate to, Optional<Long> unitId, String generatedBy) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant until = end.isAfter(now) ? now : end;
        DSLContext ctx = db.dsl();
        Map<Long, String> names = repo.userNames(ctx);
        List<Deviation> allDeviations = deviations.all();
        List<SignOff> allSignOffs = signOffs.all();
        List<SignOff> periodSignOffs = allSignOffs.stream()
                .filter(s -> !s.to().isBefore(from) && !s.from().isAfter(to))
                .filter(s -> unitId.isEmpty() || s.unitId().isEmpty() || s.unitId().equals(unitId)).toList();
        List<HaccpReport.UnitSection> sections = new ArrayList<>();
        for (ColdUnitService.WatchedUnit w : units.watched(ctx)) {
            ColdUnit unit = w.unit();
            if (unitId.map(id -> id != unit.id()).orElse(!unit.active())) {
                continue;
            }
            if (w.limits().monitoredFrom().isAfter(until)) {
                continue;
            }
            sections.add(section(ctx, w, from, to, start, end, until, names, allDeviations, periodSignOffs));
        }
        List<HaccpReport.AfterSignOff> after = afterSignOff(ctx, periodSignOffs, sections, names, zone);
        HaccpChain.Verification v = chain.verify(ctx);
        String responsible = config.responsiblePerson().isBlank() ? responsibleFallback(ctx, generatedBy)
                : config.responsiblePerson();
        return new HaccpReport(kitchen.name(), kitchen.municipality(), from, to, responsible, generatedBy, now, zone,
                sections, periodSignOffs, after, new HaccpReport.Chain(v.intact(), v.links(), v.head(), v.problems().size()),
                new HaccpReport.Retention(config.retentionYears(), retention.latest()));
    }

    /** Without a name in haccp.yaml: the kitchen's supervisor if it has exactly one, else whoever makes the report. */
    private static String responsibleFallback(DSLContext ctx, String generatedBy) {
        List<String> supervisors = ctx.select(APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.ROLE.eq(no.smartmat.console.access.Role.SUPERVISOR)).and(APP_USER.IS_ACTIVE.isTrue())
                .fetch(APP_USER.DISPLAY_NAME);
        return supervisors.size() == 1 ? supervisors.getFirst() : generatedBy;
    }

    private HaccpReport.UnitSection section(DSLContext ctx, ColdUnitService.WatchedUnit w, LocalDate from, LocalDate to,
                                            Instant start, Instant end, Instant until, Map<Long, String> names,
                                            List<Deviation> allDeviations, List<SignOff> periodSignOffs) {
        ColdUnit unit = w.unit();
        Suppression suppression = Suppression.forUnit(unit, config, clock.getZone());
        List<HaccpReport.ReportReading> readings = repo.effectiveReadings(ctx, unit.id(), start, end, names).stream()
                .map(r -> new HaccpReport.ReportReading(r, levelOf(w, r), suppression.at(r.measuredAt()))).toList();
        int corrected = (int) readings.stream().filter(r -> r.reading().isCorrection()).count();
        HaccpReport.UnitStats stats = stats(w, readings, start, until, corrected);
        List<Deviation> unitDeviations = allDeviations.stream()
                .filter(d -> d.unitId() == unit.id() && d.overlaps(start, end, clock.instant())).toList();
        List<Deviation> breaches = unitDeviations.stream().filter(d -> d.kind() != DeviationKind.MISSING_CHECK).toList();
        List<Deviation> explanations = unitDeviations.stream().filter(d -> d.kind() == DeviationKind.MISSING_CHECK).toList();
        List<MissingCheck> gaps = missing.forUnit(ctx, w, from, to);
        List<SignOff> mine = periodSignOffs.stream().filter(s -> s.unitId().map(id -> id == unit.id()).orElse(true)).toList();
        List<UserMessage> incomplete = new ArrayList<>();
        if (readings.isEmpty()) {
            incomplete.add(UserMessage.of("haccp.report.incomplete.noReadings"));
        }
        if (!gaps.isEmpty()) {
            incomplete.add(UserMessage.of("haccp.report.incomplete.missingChecks", gaps.size()));
        }
        long awaiting = breaches.stream().filter(d -> d.status() == Deviation.Status.AWAITING_ACTION).count();
        if (awaiting > 0) {
            incomplete.add(UserMessage.of("haccp.report.incomplete.noAction", awaiting));
        }
        long ongoing = breaches.stream().filter(d -> d.status() == Deviation.Status.ONGOING).count();
        if (ongoing > 0) {
            incomplete.add(UserMessage.of("haccp.report.incomplete.ongoing", ongoing));
        }
        List<Limits> limits = w.limits().versions().stream()
                .filter(l -> l.equals(w.limits().at(start)) || (!l.validFrom().isBefore(from) && !l.validFrom().isAfter(to)))
                .toList();
        return new HaccpReport.UnitSection(unit, limits, readings, stats, breaches, gaps, explanations, mine, incomplete);
    }

    private static Level levelOf(ColdUnitService.WatchedUnit w, Reading r) {
        Limits l = w.limits().at(r.measuredAt());
        if (l.isCooling()) {
            return AlarmEvaluator.COOLING_END.equals(r.occasion()) && r.celsius() > l.maxCelsius().orElse(10.0)
                    ? Level.RED : Level.GREEN;
        }
        return l.level(r.celsius());
    }

    static HaccpReport.UnitStats stats(ColdUnitService.WatchedUnit w, List<HaccpReport.ReportReading> all, Instant start,
                                       Instant until, int corrected) {
        List<HaccpReport.ReportReading> counted = all.stream().filter(r -> !r.suppressed())
                .filter(r -> r.reading().measuredAt().isBefore(until)).toList();
        int manual = (int) all.stream().filter(r -> r.reading().source() == ReadingSource.MANUAL).count();
        int late = (int) all.stream().filter(r -> r.reading().late()).count();
        OptionalDouble min = counted.stream().mapToDouble(r -> r.reading().celsius()).min();
        OptionalDouble max = counted.stream().mapToDouble(r -> r.reading().celsius()).max();
        OptionalDouble mean = counted.stream().mapToDouble(r -> r.reading().celsius()).average();
        Duration period = until.isAfter(start) ? Duration.between(start, until) : Duration.ZERO;
        boolean timeWeighted = w.unit().hasSensor();
        OptionalDouble share;
        Duration covered = Duration.ZERO;
        if (timeWeighted) {
            Duration hold = w.unit().gapThreshold().orElseThrow();
            long coveredMs = 0, inRangeMs = 0;
            for (int i = 0; i < counted.size(); i++) {
                Instant at = counted.get(i).reading().measuredAt();
                Instant next = i + 1 < counted.size() ? counted.get(i + 1).reading().measuredAt() : until;
                Instant stop = next.isBefore(at.plus(hold)) ? next : at.plus(hold);
                long span = Math.max(0, Duration.between(at, stop.isAfter(until) ? until : stop).toMillis());
                coveredMs += span;
                if (counted.get(i).level() == Level.GREEN) {
                    inRangeMs += span;
                }
            }
            covered = Duration.ofMillis(coveredMs);
            share = coveredMs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) inRangeMs / coveredMs);
        } else {
            long green = counted.stream().filter(r -> r.level() == Level.GREEN).count();
            share = counted.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) green / counted.size());
        }
        return new HaccpReport.UnitStats(all.size(), manual, late, corrected, min, max, mean, share, covered, period,
                timeWeighted);
    }

    /** Corrections, corrective actions and voids recorded after a sign-off, about its period and units. */
    private List<HaccpReport.AfterSignOff> afterSignOff(DSLContext ctx, List<SignOff> signed,
                                                        List<HaccpReport.UnitSection> sections,
                                                        Map<Long, String> names, ZoneId zone) {
        List<HaccpReport.AfterSignOff> after = new ArrayList<>();
        if (signed.isEmpty()) {
            return after;
        }
        Map<Long, String> codes = units.watched(ctx).stream()
                .collect(Collectors.toMap(w -> w.unit().id(), w -> w.unit().code()));
        Instant earliest = signed.stream().map(SignOff::signedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant farFuture = clock.instant().plus(Duration.ofDays(3650));
        List<Reading> corrections = repo.correctionsRecorded(ctx, earliest, farFuture, names);
        List<CorrectiveAction> actions = repo.actionsRecorded(ctx, earliest, farFuture, names);
        List<DeviationEventRecord> updates = repo.deviationUpdatesRecorded(ctx, earliest, farFuture);
        Map<Long, Deviation> byId = sections.stream().flatMap(s -> java.util.stream.Stream.concat(s.deviations().stream(),
                s.explanations().stream())).collect(Collectors.toMap(Deviation::id, d -> d, (a, b) -> a));
        for (SignOff s : signed) {
            for (Reading c : corrections) {
                LocalDate day = c.measuredAt().atZone(zone).toLocalDate();
                if (c.recordedAt().isAfter(s.signedAt()) && s.covers(c.unitId(), day)) {
                    after.add(new HaccpReport.AfterSignOff(s.id(), codes.getOrDefault(c.unitId(), ""), c.recordedAt(),
                            c.recordedBy(), UserMessage.of("haccp.report.after.correction",
                            HaccpTimes.format(c.measuredAt(), zone), c.celsius()), c.correctionReason().orElse("")));
                }
            }
            for (CorrectiveAction a : actions) {
                Deviation d = byId.get(a.deviationId());
                if (d != null && a.recordedAt().isAfter(s.signedAt())
                        && s.covers(d.unitId(), d.startedAt().atZone(zone).toLocalDate())) {
                    after.add(new HaccpReport.AfterSignOff(s.id(), codes.getOrDefault(d.unitId(), ""), a.recordedAt(),
                            a.recordedBy(), UserMessage.of("haccp.report.after.action",
                            HaccpTimes.format(d.startedAt(), zone)), a.actionTaken()));
                }
            }
            for (DeviationEventRecord u : updates) {
                if (u.getIsVoid() && u.getRecordedAt().isAfter(s.signedAt())
                        && s.covers(u.getColdUnitId(), u.getStartedAt().atZone(zone).toLocalDate())) {
                    after.add(new HaccpReport.AfterSignOff(s.id(), codes.getOrDefault(u.getColdUnitId(), ""),
                            u.getRecordedAt(), "", UserMessage.of("haccp.report.after.void",
                            HaccpTimes.format(u.getStartedAt(), zone)), ""));
                }
            }
        }
        after.sort(Comparator.comparing(HaccpReport.AfterSignOff::recordedAt));
        return after;
    }
}
