package no.smartmat.console.haccp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.csv.CsvFile;
import no.smartmat.console.db.IsoConverters;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Outcome;

/**
 * Imports logger and sensor files into a unit's history: preview first (what would be added, what is wrong, line by
 * line), then commit in one transaction. Each reading carries a key of unit and time, so importing the same data
 * again adds nothing. The CSV mapping is remembered per source. Readings in a signed period are left out (the period
 * is locked) and counted. A file with failing lines imports nothing unless the person chooses to skip them.
 */
public final class LoggerImportService {

    public enum Format {
        CSV, DT_JSON
    }

    private final Transactions transactions;
    private final HaccpRepository repo;
    private final ColdUnitService units;
    private final DeviationService deviations;
    private final SignOffService signOffs;
    private final Clock clock;

    public LoggerImportService(Transactions transactions, HaccpRepository repo, ColdUnitService units,
                               DeviationService deviations, SignOffService signOffs, Clock clock) {
        this.transactions = transactions;
        this.repo = repo;
        this.units = units;
        this.deviations = deviations;
        this.signOffs = signOffs;
        this.clock = clock;
    }

    /** A stored mapping of a source, and the unit it usually feeds. */
    public record Source(String name, LoggerFiles.CsvMapping mapping, Optional<Long> unitId) {}

    public Optional<Source> source(String name) {
        return repo.source(name.strip());
    }

    public List<String> sourceNames() {
        return repo.sourceNames();
    }

    /**
     * What to import. {@code unitCode}: the unit the file is for (for DT JSON optional: devices are matched to units
     * by instrument id). {@code source}: the name its mapping is kept under (default: the unit's code).
     * {@code mapping}: given explicitly; else the source's stored one; else a guess from the header.
     */
    public record Request(String fileName, byte[] bytes, Optional<String> unitCode, Optional<String> source,
                          Optional<LoggerFiles.CsvMapping> mapping) {}

    public record Planned(long unitId, String unitCode, String location, Instant measuredAt, double celsius) {}

    public record Preview(String fileName, Format format, Optional<String> sourceName,
                          Optional<LoggerFiles.CsvMapping> mapping, boolean mappingGuessed, List<String> header,
                          List<Planned> planned, int duplicatesInFile, int inSignedPeriods, List<FieldError> errors,
                          List<UserMessage> notices, Optional<UserMessage> fileError) {
        public boolean canCommit(boolean skipBadLines) {
            return fileError.isEmpty() && (errors.isEmpty() || skipBadLines) && !planned.isEmpty();
        }
    }

    /** What an import stored. */
    public record Imported(int added, int alreadyStored, int inSignedPeriods, int skippedLines,
                          DeviationService.Evaluation evaluation) {}

    public Preview preview(Request request) {
        ZoneId zone = clock.getZone();
        List<ColdUnitService.WatchedUnit> watched = units.watched();
        Optional<ColdUnitService.WatchedUnit> given = request.unitCode().flatMap(code -> watched.stream()
                .filter(w -> w.unit().code().equalsIgnoreCase(code.strip())).findFirst());
        if (request.unitCode().isPresent() && given.isEmpty()) {
            return failed(request, Format.CSV, UserMessage.of("haccp.import.unknownUnit", request.unitCode().get()));
        }
        if (LoggerFiles.looksLikeJson(request.bytes())) {
            LoggerFiles.Parsed parsed = LoggerFiles.readDisruptiveJson(request.fileName(), request.bytes());
            if (parsed.fileError().isPresent()) {
                return failed(request, Format.DT_JSON, parsed.fileError().get());
            }
            return plan(request, Format.DT_JSON, Optional.empty(), Optional.empty(), false, List.of(), parsed, given, watched);
        }
        CsvFile.ReadResult read = CsvFile.read(request.fileName(), request.bytes());
        if (read instanceof CsvFile.ReadResult.Failed(UserMessage reason)) {
            return failed(request, Format.CSV, reason);
        }
        CsvFile csv = ((CsvFile.ReadResult.Ok) read).file();
        Optional<String> sourceName = request.source().map(String::strip).filter(s -> !s.isEmpty())
                .or(() -> given.map(w -> w.unit().code()));
        Optional<Source> stored = sourceName.flatMap(this::source);
        Optional<ColdUnitService.WatchedUnit> unit = given.or(() -> stored.flatMap(Source::unitId)
                .flatMap(id -> watched.stream().filter(w -> w.unit().id() == id).findFirst()));
        if (unit.isEmpty()) {
            return failed(request, Format.CSV, UserMessage.of("haccp.import.unitNeeded"));
        }
        Optional<LoggerFiles.CsvMapping> mapping = request.mapping().or(() -> stored.map(Source::mapping));
        boolean guessed = false;
        if (mapping.isEmpty()) {
            mapping = LoggerFiles.guess(csv, zone);
            guessed = mapping.isPresent();
        }
        if (mapping.isEmpty()) {
            return new Preview(request.fileName(), Format.CSV, sourceName, Optional.empty(), false, csv.header(), List.of(),
                    0, 0, List.of(), List.of(), Optional.of(UserMessage.of("haccp.import.noMapping",
                    String.join(", ", csv.header()))));
        }
        LoggerFiles.Parsed parsed = LoggerFiles.readCsv(csv, mapping.get(), unit.get().unit().instrumentId());
        if (parsed.fileError().isPresent()) {
            return new Preview(request.fileName(), Format.CSV, sourceName, mapping, guessed, csv.header(), List.of(), 0, 0,
                    List.of(), parsed.notices(), parsed.fileError());
        }
        return plan(request, Format.CSV, sourceName, mapping, guessed, csv.header(), parsed, unit, watched);
    }

    private Preview failed(Request request, Format format, UserMessage reason) {
        return new Preview(request.fileName(), format, request.source(), Optional.empty(), false, List.of(), List.of(), 0,
                0, List.of(), List.of(), Optional.of(reason));
    }

    private Preview plan(Request request, Format format, Optional<String> sourceName,
                         Optional<LoggerFiles.CsvMapping> mapping, boolean guessed, List<String> header,
                         LoggerFiles.Parsed parsed, Optional<ColdUnitService.WatchedUnit> unit,
                         List<ColdUnitService.WatchedUnit> watched) {
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        List<UserMessage> notices = new ArrayList<>(parsed.notices());
        List<Planned> planned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, ColdUnitService.WatchedUnit> byDevice = new HashMap<>();
        watched.stream().filter(w -> !w.unit().instrumentId().isBlank())
                .forEach(w -> byDevice.put(w.unit().instrumentId().toLowerCase(java.util.Locale.ROOT), w));
        Set<String> foreignDevices = new HashSet<>();
        int duplicates = 0, locked = 0;
        Instant now = clock.instant();
        List<SignOff> signed = signOffs.all();
        for (LoggerFiles.Row row : parsed.rows()) {
            ColdUnitService.WatchedUnit target;
            if (format == Format.CSV) {
                target = unit.orElseThrow();
            } else {
                ColdUnitService.WatchedUnit byId = byDevice.get(row.device().toLowerCase(java.util.Locale.ROOT));
                if (unit.isPresent()) {
                    if (byId != null && byId.unit().id() != unit.get().unit().id()) {
                        errors.add(new FieldError(row.location(), "targetName", row.device(),
                                UserMessage.of("haccp.import.otherUnitsDevice", byId.unit().code())));
                        continue;
                    }
                    if (byId == null && foreignDevices.add(row.device())) {
                        notices.add(UserMessage.of("haccp.import.deviceToUnit", row.device(), unit.get().unit().code()));
                    }
                    target = unit.get();
                } else if (byId == null) {
                    errors.add(new FieldError(row.location(), "targetName", row.device(), UserMessage.of("haccp.import.unknownDevice")));
                    continue;
                } else {
                    target = byId;
                }
            }
            if (row.measuredAt().isAfter(now.plusSeconds(300))) {
                errors.add(new FieldError(row.location(), "time", HaccpTimes.format(row.measuredAt(), clock.getZone()),
                        UserMessage.of("haccp.validation.inFuture")));
                continue;
            }
            if (!seen.add(importKey(target.unit().id(), row.measuredAt()))) {
                duplicates++;
                continue;
            }
            LocalDate day = row.measuredAt().atZone(clock.getZone()).toLocalDate();
            long unitId = target.unit().id();
            if (signed.stream().anyMatch(s -> s.covers(unitId, day))) {
                locked++;
                continue;
            }
            planned.add(new Planned(unitId, target.unit().code(), row.location(), row.measuredAt(), row.celsius()));
        }
        if (locked > 0) {
            notices.add(UserMessage.of("haccp.import.lockedSkipped", locked));
        }
        return new Preview(request.fileName(), format, sourceName, mapping, guessed, header, List.copyOf(planned),
                duplicates, locked, List.copyOf(errors), List.copyOf(notices), Optional.empty());
    }

    static String importKey(long unitId, Instant at) {
        return "IMPORT|" + unitId + "|" + IsoConverters.formatInstant(at);
    }

    /**
     * Stores the planned readings (skipping lines with errors only if {@code skipBadLines}), remembers the CSV mapping
     * for its source, and evaluates the alarm rules for the units that got readings. One transaction.
     */
    public Outcome<Imported> commit(Preview preview, boolean skipBadLines, CurrentUser by) {
        if (!preview.canCommit(skipBadLines)) {
            return refusal(preview);
        }
        Instant now = clock.instant();
        ReadingSource source = preview.format() == Format.DT_JSON ? ReadingSource.SENSOR : ReadingSource.IMPORT;
        return Outcome.done(transactions.inTransaction(() -> {
            Map<Long, String> names = repo.userNames();
            Map<Long, Instant> earliest = new HashMap<>();
            int added = 0, already = 0;
            Map<Long, String> instruments = new HashMap<>();
            List<ColdUnitService.WatchedUnit> watched = units.watched();
            watched.forEach(w -> instruments.put(w.unit().id(), w.unit().instrumentId()));
            for (Planned p : preview.planned()) {
                Optional<Reading> r = repo.insertReading(new HaccpRepository.NewReading(p.unitId(), p.measuredAt(),
                        p.celsius(), source, MeasureMethod.AIR, instruments.getOrDefault(p.unitId(), ""), "", false,
                        Optional.empty(), Optional.empty(), Optional.of(importKey(p.unitId(), p.measuredAt()))),
                        by.id(), now, names);
                if (r.isPresent()) {
                    added++;
                    earliest.merge(p.unitId(), p.measuredAt(), (a, b) -> a.isBefore(b) ? a : b);
                } else {
                    already++;
                }
            }
            if (preview.format() == Format.CSV && preview.mapping().isPresent() && preview.sourceName().isPresent()) {
                rememberMapping(preview.sourceName().get(), preview.mapping().get(),
                        preview.planned().stream().map(Planned::unitId).findFirst(), by, now);
            }
            DeviationService.Evaluation evaluation = DeviationService.Evaluation.NONE;
            for (ColdUnitService.WatchedUnit w : watched) {
                if (earliest.containsKey(w.unit().id())) {
                    evaluation = evaluation.plus(deviations.evaluate(w, earliest.get(w.unit().id()), now));
                }
            }
            int skipped = preview.errors().stream().map(FieldError::location).distinct().toList().size();
            repo.audit(by, "IMPORT", "temperature_reading", preview.fileName(),
                    added + " nye, " + already + " fantes fra før, " + preview.inSignedPeriods() + " i attestert periode, "
                            + skipped + " linjer hoppet over");
            return new Imported(added, already, preview.inSignedPeriods(), skipBadLines ? skipped : 0, evaluation);
        }));
    }

    /** Why nothing was imported: the file as a whole, nothing in it, or lines with errors (and how to pass them by). */
    private static Outcome<Imported> refusal(Preview preview) {
        if (preview.fileError().isPresent()) {
            return Outcome.refused(preview.fileError().get(), List.of());
        }
        if (preview.planned().isEmpty()) {
            return Outcome.refused(UserMessage.of("haccp.import.nothingToImport"), preview.errors());
        }
        long lines = preview.errors().stream().map(FieldError::location).distinct().count();
        return new Outcome.Refused<>(UserMessage.of("haccp.import.badLinesRefused", lines), preview.errors(),
                Optional.of(new Outcome.Remedy(UserMessage.of("haccp.import.skipInWindow"),
                        UserMessage.of("haccp.import.skipOnCommandLine"))));
    }

    private void rememberMapping(String name, LoggerFiles.CsvMapping m, Optional<Long> unitId, CurrentUser by,
                                 Instant now) {
        repo.saveSource(name, m, unitId, by.id(), now);
        repo.audit(by, "MAPPING", "haccp_import_source", name, m.toString());
    }
}
