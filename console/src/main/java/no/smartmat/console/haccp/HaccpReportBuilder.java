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
import java.util.stream.Collectors;
import no.smartmat.console.config.KitchenSettings;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.access.Role;
import no.smartmat.console.users.User;
import no.smartmat.console.users.UserService;

/**
 * Computes a {@link HaccpReport} from the records: every reading judged by {@link ReadingRule}, the figures
 * ({@link UnitFigures}), deviations, missing checks, sign-offs and whether each record is complete. The PDF, the
 * history screen and {@code haccp status} show what this computes, and nothing else.
 */
public final class HaccpReportBuilder {

    private final HaccpRepository repo;
    private final HaccpChain chain;
    private final ColdUnitService units;
    private final DeviationService deviations;
    private final MissingCheckService missing;
    private final SignOffService signOffs;
    private final ReadingService readings;
    private final UserService users;
    private final HaccpConfig config;
    private final KitchenSettings kitchen;
    private final RetentionService retention;
    private final Clock clock;

    public HaccpReportBuilder(HaccpRepository repo, HaccpChain chain, ColdUnitService units, DeviationService deviations,
                              MissingCheckService missing, SignOffService signOffs, ReadingService readings,
                              UserService users, HaccpConfig config, KitchenSettings kitchen, RetentionService retention,
                              Clock clock) {
        this.repo = repo;
        this.chain = chain;
        this.units = units;
        this.deviations = deviations;
        this.missing = missing;
        this.signOffs = signOffs;
        this.readings = readings;
        this.users = users;
        this.config = config;
        this.kitchen = kitchen;
        this.retention = retention;
        this.clock = clock;
    }

    /** The period's shared facts: its instants, the people's names, every deviation and the sign-offs touching it. */
    private record Period(LocalDate from, LocalDate to, Instant start, Instant end, Instant until, Map<Long, String> names,
                          List<Deviation> deviations, List<SignOff> signOffs) {}

    private Period period(LocalDate from, LocalDate to, Optional<Long> unitId) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<SignOff> periodSignOffs = signOffs.all().stream()
                .filter(s -> !s.to().isBefore(from) && !s.from().isAfter(to))
                .filter(s -> unitId.isEmpty() || s.unitId().isEmpty() || s.unitId().equals(unitId)).toList();
        return new Period(from, to, start, end, end.isAfter(now) ? now : end, repo.userNames(), deviations.all(),
                periodSignOffs);
    }

    public HaccpReport build(LocalDate from, LocalDate to, Optional<Long> unitId, String generatedBy) {
        Period p = period(from, to, unitId);
        List<HaccpReport.UnitSection> sections = new ArrayList<>();
        for (ColdUnitService.WatchedUnit w : units.watched()) {
            ColdUnit unit = w.unit();
            if (unitId.map(id -> id != unit.id()).orElse(!unit.active())) {
                continue;
            }
            if (w.limits().monitoredFrom().isAfter(p.until())) {
                continue;
            }
            sections.add(section(w, p));
        }
        List<HaccpReport.AfterSignOff> after = afterSignOff(p.signOffs(), sections, p.names(), clock.getZone());
        HaccpChain.Verification v = chain.verify();
        String responsible = config.responsiblePerson().isBlank() ? responsibleFallback(generatedBy)
                : config.responsiblePerson();
        return new HaccpReport(kitchen.name(), kitchen.municipality(), from, to, responsible, generatedBy, clock.instant(),
                clock.getZone(), sections, p.signOffs(), after,
                new HaccpReport.Chain(v.intact(), v.links(), v.head(), v.problems().size()),
                new HaccpReport.Retention(config.retentionYears(), retention.latest()));
    }

    /** One unit over the days [from, to]: what the report prints for it, for a screen that shows the same. */
    public Optional<HaccpReport.UnitSection> unit(long unitId, LocalDate from, LocalDate to) {
        return units.watched(unitId).map(w -> section(w, period(from, to, Optional.of(unitId))));
    }

    /** Without a name in haccp.yaml: the kitchen's supervisor if it has exactly one, else whoever makes the report. */
    private String responsibleFallback(String generatedBy) {
        List<String> supervisors = users.all().stream().filter(u -> u.active() && u.role() == Role.SUPERVISOR)
                .map(User::displayName).toList();
        return supervisors.size() == 1 ? supervisors.getFirst() : generatedBy;
    }

    private HaccpReport.UnitSection section(ColdUnitService.WatchedUnit w, Period p) {
        ColdUnit unit = w.unit();
        // A day before the period too: a cooling that ended in it may have started the evening before.
        List<Reading> effective = repo.effectiveReadings(unit.id(), p.start().minus(Duration.ofDays(1)), p.end(),
                p.names());
        Map<Long, Verdict> verdicts = readings.rule(w).judgeAll(effective);
        List<HaccpReport.ReportReading> judged = effective.stream().filter(r -> !r.measuredAt().isBefore(p.start()))
                .map(r -> new HaccpReport.ReportReading(r, verdicts.get(r.id()).level(), verdicts.get(r.id()).suppressed()))
                .toList();
        UnitFigures figures = UnitFigures.of(unit, judged, p.start(), p.until());
        List<Deviation> unitDeviations = p.deviations().stream()
                .filter(d -> d.unitId() == unit.id() && d.status() != Deviation.Status.VOID)
                .filter(d -> d.overlaps(p.start(), p.end(), clock.instant())).toList();
        List<Deviation> breaches = unitDeviations.stream().filter(d -> d.kind() != DeviationKind.MISSING_CHECK).toList();
        List<Deviation> explanations = unitDeviations.stream().filter(d -> d.kind() == DeviationKind.MISSING_CHECK).toList();
        List<MissingCheck> gaps = missing.forUnit(w, p.from(), p.to());
        List<SignOff> mine = p.signOffs().stream().filter(s -> s.unitId().map(id -> id == unit.id()).orElse(true)).toList();
        List<UserMessage> incomplete = new ArrayList<>();
        if (judged.isEmpty()) {
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
                .filter(l -> l.equals(w.limits().at(p.start()))
                        || (!l.validFrom().isBefore(p.from()) && !l.validFrom().isAfter(p.to())))
                .toList();
        return new HaccpReport.UnitSection(unit, limits, judged, figures, breaches, gaps, explanations, mine,
                signed(unit, mine, p.from(), p.to()), incomplete);
    }

    /** Whether the sign-offs cover every day of the period for the unit, some of them, or none. */
    private static HaccpReport.Signed signed(ColdUnit unit, List<SignOff> signOffs, LocalDate from, LocalDate to) {
        long days = 0, signed = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            LocalDate day = d;
            days++;
            if (signOffs.stream().anyMatch(s -> s.covers(unit.id(), day))) {
                signed++;
            }
        }
        return signed == days ? HaccpReport.Signed.ALL : signed == 0 ? HaccpReport.Signed.NONE : HaccpReport.Signed.PART;
    }

    /** Corrections, corrective actions and voids recorded after a sign-off, about its period and units. */
    private List<HaccpReport.AfterSignOff> afterSignOff(List<SignOff> signed,
                                                        List<HaccpReport.UnitSection> sections,
                                                        Map<Long, String> names, ZoneId zone) {
        List<HaccpReport.AfterSignOff> after = new ArrayList<>();
        if (signed.isEmpty()) {
            return after;
        }
        Map<Long, String> codes = units.watched().stream()
                .collect(Collectors.toMap(w -> w.unit().id(), w -> w.unit().code()));
        Instant earliest = signed.stream().map(SignOff::signedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant farFuture = clock.instant().plus(Duration.ofDays(3650));
        List<Reading> corrections = repo.correctionsRecorded(earliest, farFuture, names);
        List<CorrectiveAction> actions = repo.actionsRecorded(earliest, farFuture, names);
        List<HaccpRepository.Voided> voids = repo.voidsRecorded(earliest, farFuture);
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
            for (HaccpRepository.Voided u : voids) {
                if (u.recordedAt().isAfter(s.signedAt()) && s.covers(u.unitId(), u.startedAt().atZone(zone).toLocalDate())) {
                    after.add(new HaccpReport.AfterSignOff(s.id(), codes.getOrDefault(u.unitId(), ""),
                            u.recordedAt(), "", UserMessage.of("haccp.report.after.void",
                            HaccpTimes.format(u.startedAt(), zone)), ""));
                }
            }
        }
        after.sort(Comparator.comparing(HaccpReport.AfterSignOff::recordedAt));
        return after;
    }
}
