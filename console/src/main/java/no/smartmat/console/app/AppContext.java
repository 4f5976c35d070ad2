package no.smartmat.console.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.backup.BackupService;
import no.smartmat.console.backup.BackupSettings;
import no.smartmat.console.backup.RestoreService;
import no.smartmat.console.clients.ClientRegisterImport;
import no.smartmat.console.clients.ClientRepository;
import no.smartmat.console.clients.ClientService;
import no.smartmat.console.config.ConfigLoader;
import no.smartmat.console.config.KitchenSettings;
import no.smartmat.console.db.Database;
import no.smartmat.console.demo.DemoData;
import no.smartmat.console.fleet.AreaRepository;
import no.smartmat.console.fleet.FleetRepository;
import no.smartmat.console.fleet.FleetService;
import no.smartmat.console.haccp.Haccp;
import no.smartmat.console.haccp.HaccpDemo;
import no.smartmat.console.orders.DeliveryWindowLookup;
import no.smartmat.console.orders.ImportFolder;
import no.smartmat.console.orders.ImportFolderWatch;
import no.smartmat.console.orders.OrderDemoFiles;
import no.smartmat.console.orders.OrderImportService;
import no.smartmat.console.orders.OrderImportSettings;
import no.smartmat.console.orders.OrderDemoFiles;
import no.smartmat.console.orders.OrderRepository;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.demo.DemoData;
import no.smartmat.console.haccp.ColdUnitService;
import no.smartmat.console.haccp.DeviationService;
import no.smartmat.console.haccp.Haccp;
import no.smartmat.console.haccp.HaccpChain;
import no.smartmat.console.haccp.HaccpConfig;
import no.smartmat.console.haccp.HaccpCsvExport;
import no.smartmat.console.haccp.HaccpDemo;
import no.smartmat.console.haccp.HaccpReportBuilder;
import no.smartmat.console.haccp.HaccpReportWriter;
import no.smartmat.console.haccp.HaccpRepository;
import no.smartmat.console.haccp.LoggerImportService;
import no.smartmat.console.haccp.MissingCheckService;
import no.smartmat.console.haccp.OverviewService;
import no.smartmat.console.haccp.ReadingService;
import no.smartmat.console.haccp.RetentionService;
import no.smartmat.console.haccp.SignOffService;
import no.smartmat.console.planning.ChangesAfterPublishing;
import no.smartmat.console.planning.ClientsOnPublishedDays;
import no.smartmat.console.planning.PlanRepository;
import no.smartmat.console.planning.PlanningService;
import no.smartmat.console.planning.PlanningSettings;
import no.smartmat.console.planning.PublishedChangeRepository;
import no.smartmat.console.planning.ScenarioExporter;
import no.smartmat.console.printing.PrintRepository;
import no.smartmat.console.printing.PrintSettings;
import no.smartmat.console.printing.PrintSettingsService;
import no.smartmat.console.printing.Printers;
import no.smartmat.console.printing.PrintingService;
import no.smartmat.console.settings.SettingsService;
import no.smartmat.console.slots.BookingService;
import no.smartmat.console.slots.PlannerRouteAdvisor;
import no.smartmat.console.slots.SlotRepository;
import no.smartmat.console.slots.SlotService;
import no.smartmat.console.slots.SlotSettings;
import no.smartmat.console.slots.SlotTemplateService;
import no.smartmat.console.slots.SlotsDemo;
import no.smartmat.console.users.PasswordHasher;
import no.smartmat.console.users.UserRepository;
import no.smartmat.console.users.UserService;

/**
 * The composition root: every service is built here, once, with its dependencies passed through its
 * constructor. The UI and the headless commands both start from one of these.
 */
public final class AppContext {

    private final Path dataDir;
    private final Database db;
    private final Clock clock;
    private final ConfigLoader config;
    private final KitchenSettings kitchen;
    private final AuditLog audit;
    private final UserService users;
    private final AreaRepository areaRepository;
    private final FleetRepository fleetRepository;
    private final FleetService fleet;
    private final ClientRepository clientRepository;
    private final ClientService clients;
    private final ClientRegisterImport clientRegisterImport;
    private final SettingsService settings;
    private final OrderImportSettings orderImportSettings;
    private final OrderImportService orderImport;
    private final ImportFolder importFolder;
    private final ImportFolderWatch importFolderWatch;
    private final SlotService slots;
    private final BookingService bookings;
    private final SlotTemplateService slotTemplates;
    private final Transactions transactions;
    private final HaccpConfig haccpConfig;
    private final Haccp haccp;
    private final PlanningService planning;
    private final PrintingService printing;
    private final BackupService backups;
    private final RestoreService restores;

    private AppContext(Path dataDir, Database db, Clock clock, PasswordHasher hasher) {
        this.dataDir = dataDir;
        this.db = db;
        this.config = new ConfigLoader(Optional.of(dataDir));
        this.kitchen = config.load("kitchen", KitchenSettings.class);
        this.clock = clock.withZone(ZoneId.of(kitchen.timezone()));
        this.audit = new AuditLog(this.clock);
        this.users = new UserService(db, new UserRepository(), hasher, audit, this.clock);
        this.areaRepository = new AreaRepository();
        this.fleetRepository = new FleetRepository();
        this.fleet = new FleetService(db, fleetRepository, areaRepository, audit);
        this.clientRepository = new ClientRepository(areaRepository);
        ChangesAfterPublishing afterPublishing = new ChangesAfterPublishing(new PublishedChangeRepository(), this.clock);
        this.clients = new ClientService(db, clientRepository, fleetRepository, new ClientsOnPublishedDays(afterPublishing),
                audit, this.clock);
        this.clientRegisterImport = new ClientRegisterImport(db, clients, clientRepository, areaRepository, audit, this.clock);
        this.settings = new SettingsService(db, audit);
        PlanningSettings planningSettings = config.load("planner", PlanningSettings.class);
        this.planning = new PlanningService(db, new ScenarioExporter(kitchen, planningSettings, fleetRepository),
                new PlanRepository(), afterPublishing, audit, this.clock, planningSettings);
        SlotRepository slotRepository = new SlotRepository();
        SlotSettings slotSettings = config.load("slots", SlotSettings.class);
        this.slots = new SlotService(db, slotRepository, slotSettings, new PlannerRouteAdvisor(planning, slotSettings),
                this.clock);
        this.bookings = new BookingService(db, slotRepository, slots, afterPublishing, audit, this.clock);
        this.slotTemplates = new SlotTemplateService(db, slotRepository, bookings, audit, this.clock);
        this.orderImportSettings = config.load("orders", OrderImportSettings.class);
        this.orderImport = new OrderImportService(db, orderImportSettings, new OrderRepository(), clientRepository, clients,
                new DeliveryWindowLookup(slots, orderImportSettings.fallbackWindowStart(), orderImportSettings.fallbackWindowEnd()),
                afterPublishing, audit, this.clock);
        this.importFolder = new ImportFolder(orderImportSettings.importFolder(dataDir),
                java.time.Duration.ofSeconds(orderImportSettings.pollSeconds()), this.clock);
        this.importFolderWatch = new ImportFolderWatch(importFolder, orderImport, orderImportSettings);
        this.printing = new PrintingService(db, planning, new PrintRepository(),
                new PrintSettingsService(config.load("labels", PrintSettings.File.class).settings(), settings),
                Printers.installed(), audit, this.clock);
        this.transactions = new Transactions(db);
        this.haccpConfig = HaccpConfig.load(config);
        this.haccp = haccp(this.clock);
        this.backups = new BackupService(db, dataDir, config.load("backup", BackupSettings.class), settings, this.clock);
        this.restores = new RestoreService(dataDir, this.clock);
    }

    /**
     * The HACCP services on {@code clock}: the kitchen's own, or one that walks through past days for the demo's
     * records (which are then written as the kitchen would have written them at the time).
     */
    private Haccp haccp(Clock clock) {
        HaccpChain chain = new HaccpChain(transactions, clock);
        HaccpRepository repository = new HaccpRepository(transactions, chain, audit);
        ColdUnitService units = new ColdUnitService(transactions, repository, fleet, haccpConfig, clock);
        DeviationService deviations = new DeviationService(transactions, repository, units, haccpConfig, clock);
        MissingCheckService missingChecks = new MissingCheckService(repository, units, haccpConfig, clock);
        SignOffService signOffs = new SignOffService(transactions, repository, deviations, missingChecks, users, clock);
        ReadingService readings = new ReadingService(transactions, repository, units, deviations, signOffs, haccpConfig,
                clock);
        RetentionService retention = new RetentionService(transactions, repository, chain, haccpConfig, clock);
        HaccpReportBuilder reports = new HaccpReportBuilder(repository, chain, units, deviations, missingChecks, signOffs,
                readings, users, haccpConfig, kitchen, retention, clock);
        return new Haccp(haccpConfig, chain, units, deviations, missingChecks, signOffs, readings,
                new LoggerImportService(transactions, repository, units, deviations, signOffs, clock), reports,
                new HaccpReportWriter(reports, units, printing), new HaccpCsvExport(repository, units, readings, clock),
                retention, new OverviewService(units, deviations, missingChecks, readings, haccpConfig, clock));
    }

    /** Opens (creating or migrating) the database in {@code dataDir} and builds every service on it. */
    public static AppContext open(Path dataDir, Clock clock) {
        return open(dataDir, clock, new PasswordHasher());
    }

    public static AppContext open(Path dataDir, Clock clock, PasswordHasher hasher) {
        return new AppContext(dataDir, Database.openIn(dataDir), clock, hasher);
    }

    /** The demo kitchen's generator, writing through this kitchen's services (nothing is written until asked). */
    public DemoData demo() {
        return new DemoData(new DemoData.Services(db, clock, kitchen, users, clients, fleetRepository, areaRepository,
                clientRepository), List.of(
                today -> SlotsDemo.create(db, slots, bookings, slotTemplates, today),
                today -> OrderDemoFiles.create(db, orderImportSettings.importFolder(dataDir), today),
                today -> HaccpDemo.create(this::haccpOn, users, clock, today)));
    }

    /** The versions and folders of this running console, for --version, About and crash reports. */
    public no.smartmat.console.diagnostics.VersionInfo versionInfo() {
        return no.smartmat.console.diagnostics.VersionInfo.of(dataDir, Optional.of(db.schemaVersion()),
                Database.supportedSchemaVersion());
    }

    public Path dataDir() {
        return dataDir;
    }

    public Database db() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public ConfigLoader config() {
        return config;
    }

    public KitchenSettings kitchen() {
        return kitchen;
    }

    public AuditLog audit() {
        return audit;
    }

    public UserService users() {
        return users;
    }

    public FleetService fleet() {
        return fleet;
    }

    public FleetRepository fleetRepository() {
        return fleetRepository;
    }

    public AreaRepository areaRepository() {
        return areaRepository;
    }

    public ClientService clients() {
        return clients;
    }

    public ClientRepository clientRepository() {
        return clientRepository;
    }

    public ClientRegisterImport clientRegisterImport() {
        return clientRegisterImport;
    }

    public SettingsService settings() {
        return settings;
    }

    public OrderImportService orderImport() {
        return orderImport;
    }

    /** The watched folder; nothing looks at it until the console's Ordreimport starts watching. */
    public ImportFolder importFolder() {
        return importFolder;
    }

    /** The import folder as the window watches it from login on (automatic import as the person logged in). */
    public ImportFolderWatch importFolderWatch() {
        return importFolderWatch;
    }

    /** Delivery windows: days, offers, and the window an order goes in ({@code windowFor}). */
    public SlotService slots() {
        return slots;
    }


    /** Booking clients into windows, standing bookings, temporary stops. */
    public BookingService bookings() {
        return bookings;
    }

    /** Areas' weekly windows and the exceptions for single dates. */
    public SlotTemplateService slotTemplates() {
        return slotTemplates;
    }

    public Haccp haccp() {
        return haccp;
    }

    /** Another set of the HACCP services over this kitchen's database, on {@code clock} (the demo's walking clock). */
    public Haccp haccpOn(Clock clock) {
        return haccp(clock.withZone(zone()));
    }

    public PlanningService planning() {
        return planning;
    }

    public PrintingService printing() {
        return printing;
    }

    /** Backups of this database: now, listed, pruned; the daily one is scheduled by the window. */
    public BackupService backups() {
        return backups;
    }

    /** Restoring a backup; the caller must hold the data folder's {@link InstanceLock}. */
    public RestoreService restores() {
        return restores;
    }
}
