package no.smartmat.console.haccp;

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
    private final Database db;
    private final Clock clock;

    public Haccp(Database db, Clock clock, ConfigLoader configLoader, KitchenSettings kitchen, AuditLog audit,
                 UserService users, FleetRepository fleet) {
        this.db = db;
        this.clock = clock;
        this.config = configLoader.load("haccp", HaccpConfig.class);
        this.chain = new HaccpChain(clock);
        this.repository = new HaccpRepository(chain);
        this.units = new ColdUnitService(db, repository, fleet, config, audit, clock);
        this.deviations = new DeviationService(db, repository, units, config, audit, clock);
        this.missingChecks = new MissingCheckService(db, repository, units, config, clock);
        this.signOffs = new SignOffService(db, repository, deviations, missingChecks, users, audit, clock);
        this.readings = new ReadingService(db, repository, units, deviations, signOffs, config, audit, clock);
        this.imports = new LoggerImportService(db, repository, units, deviations, signOffs, audit, clock);
        this.reports = new HaccpReportBuilder(db, repository, chain, units, deviations, missingChecks, signOffs, config,
                kitchen, clock);
        this.csvExport = new HaccpCsvExport(db, repository, units, clock);
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

    /** Open deviations, the last {@code dashboardDays}' missing checks, calibrations due, rounds due now. */
    public HaccpOverview overview() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> labels = units.watched().stream()
                .collect(Collectors.toMap(w -> w.unit().id(), w -> w.unit().label()));
        return new HaccpOverview(deviations.open(),
                missingChecks.between(today.minusDays(Math.max(0, config.dashboardDays() - 1)), today,
                        java.util.Optional.empty()),
                units.calibrations(today), readings.dueNow().size(), labels);
    }
}
