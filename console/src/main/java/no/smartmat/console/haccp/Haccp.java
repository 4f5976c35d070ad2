package no.smartmat.console.haccp;

import static no.smartmat.console.db.jooq.Tables.PRINT_LOG;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.reports.common.RenderResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.config.ConfigLoader;
import no.smartmat.console.config.KitchenSettings;
import no.smartmat.console.db.Database;
import no.smartmat.console.fleet.FleetRepository;
import no.smartmat.console.users.UserService;

/** The HACCP feature's services, built once per opened kitchen (AppContext holds one). */
public final class Haccp {

    private final HaccpConfig config;
    private final HaccpChain chain;
    private final HaccpRepository repository;
    private final ColdUnitService units;
    private final DeviationService deviations;
    private final MissingCheckService missingChecks;
    private final SignOffService signOffs;
    private final ReadingService readings;
    private final LoggerImportService imports;
    private final HaccpReportBuilder reports;
    private final HaccpCsvExport csvExport;
    private final RetentionService retention;
    private final Database db;
    private final Clock clock;
    private final AuditLog audit;

    public Haccp(Database db, Clock clock, ConfigLoader configLoader, KitchenSettings kitchen, AuditLog audit,
                 UserService users, FleetRepository fleet) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
        this.config = configLoader.load("haccp", HaccpConfig.class);
        if (config.retentionYears() < HaccpConfig.MIN_RETENTION_YEARS) {
            throw new ConfigLoader.ConfigException(configLoader.source("haccp"), UserMessage.of(
                    "haccp.retention.configTooShort", configLoader.source("haccp"), config.retentionYears(),
                    HaccpConfig.MIN_RETENTION_YEARS));
        }
        this.chain = new HaccpChain(clock);
        this.repository = new HaccpRepository(chain);
        this.units = new ColdUnitService(db, repository, fleet, config, audit, clock);
        this.deviations = new DeviationService(db, repository, units, config, audit, clock);
        this.missingChecks = new MissingCheckService(db, repository, units, config, clock);
        this.signOffs = new SignOffService(db, repository, deviations, missingChecks, users, audit, clock);
        this.readings = new ReadingService(db, repository, units, deviations, signOffs, config, audit, clock);
        this.imports = new LoggerImportService(db, repository, units, deviations, signOffs, audit, clock);
        this.retention = new RetentionService(db, repository, chain, config, audit, clock);
        this.reports = new HaccpReportBuilder(db, repository, chain, units, deviations, missingChecks, signOffs, config,
                kitchen, clock, retention);
        this.csvExport = new HaccpCsvExport(db, repository, units, clock);
    }

    public RetentionService retention() {
        return retention;
    }

    public HaccpConfig config() {
        return config;
    }

    public HaccpChain chain() {
        return chain;
    }

    public HaccpChain.Verification verify() {
        return chain.verify(db.dsl());
    }

    public HaccpRepository repository() {
        return repository;
    }

    public ColdUnitService units() {
        return units;
    }

    public DeviationService deviations() {
        return deviations;
    }

    public MissingCheckService missingChecks() {
        return missingChecks;
    }

    public SignOffService signOffs() {
        return signOffs;
    }

    public ReadingService readings() {
        return readings;
    }

    public LoggerImportService imports() {
        return imports;
    }

    public HaccpReportBuilder reports() {
        return reports;
    }

    public HaccpCsvExport csvExport() {
        return csvExport;
    }

    /** What writing the report gave: the report's content, the renderer's result, the file. */
    public record WrittenReport(HaccpReport report, RenderResult result, Path file) {}

    /**
     * Builds the report for the period, renders it to {@code out} (written to a temporary file first, so a failure
     * leaves no half PDF), and records it in the print log.
     */
    public WrittenReport writeReport(LocalDate from, LocalDate to, Optional<Long> unitId, Path out,
                                     CurrentUser by) throws IOException {
        HaccpReport report = reports.build(from, to, unitId, by.displayName());
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".haccp-", ".pdf.tmp");
        RenderResult result;
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                result = HaccpPdf.write(report, new Messages(Messages.NORWEGIAN), o);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        int pages = result.pageCount();
        db.transactionRun(tx -> {
            tx.insertInto(PRINT_LOG)
                    .set(PRINT_LOG.DOCUMENT, "HACCP_REPORT")
                    .set(PRINT_LOG.SCOPE, from + ".." + to
                            + unitId.map(u -> " enhet " + u).orElse(""))
                    .set(PRINT_LOG.TARGET, out.toAbsolutePath().toString())
                    .set(PRINT_LOG.PAGES, pages)
                    .set(PRINT_LOG.PRINTED_BY, by.id().orElse(null))
                    .set(PRINT_LOG.PRINTED_AT, clock.instant())
                    .execute();
            audit.record(tx, by, "REPORT", "haccp", from + ".." + to, out.toAbsolutePath() + " (" + pages + " sider)");
        });
        return new WrittenReport(report, result, out);
    }

    /** Open deviations, the last {@code dashboardDays}' missing checks, calibrations due, rounds due now. */
    public HaccpOverview overview() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> labels = units.watched().stream()
                .collect(Collectors.toMap(w -> w.unit().id(), w -> w.unit().label()));
        return new HaccpOverview(deviations.open(),
                missingChecks.between(today.minusDays(Math.max(0, config.dashboardDays() - 1)), today,
                        Optional.empty()),
                units.calibrations(today), readings.dueNow().size(), labels);
    }
}
