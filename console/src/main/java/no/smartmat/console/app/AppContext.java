package no.smartmat.console.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
import no.smartmat.console.fleet.AreaRepository;
import no.smartmat.console.fleet.FleetRepository;
import no.smartmat.console.fleet.FleetService;
import no.smartmat.console.slots.DeliveryWindowLookup;
import no.smartmat.console.orders.ImportFolder;
import no.smartmat.console.orders.ImportFolderWatch;
import no.smartmat.console.orders.OrderImportService;
import no.smartmat.console.orders.OrderImportSettings;
import no.smartmat.console.orders.OrderRepository;
import no.smartmat.console.dashboard.DashboardRepository;
import no.smartmat.console.dashboard.DashboardService;
import no.smartmat.console.demo.DemoData;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.haccp.ColdUnitService;
import no.smartmat.console.haccp.DeviationService;
import no.smartmat.console.haccp.Haccp;
import no.smartmat.console.haccp.HaccpChain;
import no.smartmat.console.haccp.HaccpConfig;
import no.smartmat.console.haccp.HaccpCsvExport;
import no.smartmat.console.haccp.HaccpReportBuilder;
import no.smartmat.console.haccp.HaccpReportWriter;
import no.smartmat.console.haccp.HaccpRepository;
import no.smartmat.console.haccp.LoggerImportService;
import no.smartmat.console.haccp.MissingCheckService;
import no.smartmat.console.haccp.OverviewService;
import no.smartmat.console.haccp.ReadingService;
import no.smartmat.console.haccp.RetentionService;
import no.smartmat.console.haccp.SignOffService;
import no.smartmat.console.haccp.HaccpDemo;
import no.smartmat.console.orders.OrderDemoFiles;
import no.smartmat.console.slots.SlotsDemo;
import no.smartmat.console.planning.ChangesAfterPublishing;
import no.smartmat.console.planning.ClientsOnPublishedDays;
import no.smartmat.console.planning.PlanRepository;
import no.smartmat.console.planning.PlanningDayRepository;
import no.smartmat.console.planning.PlanningService;
import no.smartmat.console.planning.PlanningSettings;
import no.smartmat.console.planning.PublishedChangeRepository;
import no.smartmat.console.planning.ScenarioExporter;
import no.smartmat.console.printing.PrintRepository;
import no.smartmat.console.printing.PrintSettings;
import no.smartmat.console.printing.PrintSettingsService;
import no.smartmat.console.printing.Printers;
import no.smartmat.console.printing.PrintingService;
import no.smartmat.console.settings.SettingsRepository;
import no.smartmat.console.settings.SettingsService;
import no.smartmat.console.slots.BookingService;
import no.smartmat.console.slots.PlannerRouteAdvisor;
import no.smartmat.console.slots.SlotRepository;
import no.smartmat.console.slots.SlotService;
import no.smartmat.console.slots.SlotSettings;
import no.smartmat.console.slots.SlotTemplateService;
import no.smartmat.console.users.PasswordHasher;
import no.smartmat.console.users.UserRepository;
import no.smartmat.console.users.UserService;

/**
 * The composition root: every service is built here, once (on first use), with its dependencies passed through its
 * constructor. The UI and the headless commands both start from one of these.
 */
public final class AppContext {

    private final Path dataDir;
    private final Database db;
    private final Clock clock;
    private final ConfigLoader config;
    private final KitchenSettings kitchen;
    private final AuditLog audit;
    private final Lazy<UserService> users;
    private final AreaRepository areaRepository;
    private final FleetRepository fleetRepository;
    private final Lazy<FleetService> fleet;
    private final ClientRepository clientRepository;
    private final Lazy<ClientService> clients;
    private final Lazy<ClientRegisterImport> clientRegisterImport;
    private final Lazy<SettingsService> settings;
    private final Lazy<DashboardService> dashboard;
    private final Lazy<OrderImportSettings> orderImportSettings;
    private final Lazy<OrderImportService> orderImport;
    private final Lazy<ImportFolder> importFolder;
    private final Lazy<ImportFolderWatch> importFolderWatch;
    private final Lazy<SlotRepository> slotRepository;
    private final Lazy<SlotSettings> slotSettings;
    private final Lazy<SlotService> slots;
    private final Lazy<BookingService> bookings;
    private final Lazy<SlotTemplateService> slotTemplates;
    private final Transactions transactions;
    private final Lazy<HaccpConfig> haccpConfig;
    private final Lazy<Haccp> haccp;
    private final Lazy<PlanningService> planning;
    private final Lazy<PrintingService> printing;
    private final Lazy<BackupService> backups;
    private final Lazy<RestoreService> restores;

    private AppContext(Path dataDir, Database db, Clock clock, PasswordHasher hasher) {
        this.dataDir = dataDir;
        this.db = db;
        this.config = new ConfigLoader(Optional.of(dataDir));
        this.kitchen = config.load("kitchen", KitchenSettings.class);
        this.clock = clock.withZone(ZoneId.of(kitchen.timezone()));
        this.audit = new AuditLog(this.clock);
        this.areaRepository = new AreaRepository();
        this.fleetRepository = new FleetRepository();
        this.clientRepository = new ClientRepository(areaRepository);
        // Built on first use: a headless command needs two or three of these, and building all of them (with their
        // configuration files) was a good part of every command's start.
        this.users = new Lazy<>(() -> new UserService(db, new UserRepository(), hasher, audit, this.clock));
        this.fleet = new Lazy<>(() -> new FleetService(db, fleetRepository, areaRepository, audit));
        // Shared by the services that change what a published day delivers (cheap: a repository and the clock).
        ChangesAfterPublishing afterPublishing = new ChangesAfterPublishing(new PublishedChangeRepository(), this.clock);
        this.clients = new Lazy<>(() -> new ClientService(db, clientRepository, fleetRepository,
                new ClientsOnPublishedDays(afterPublishing), audit, this.clock));
        this.clientRegisterImport = new Lazy<>(() -> new ClientRegisterImport(db, clients(), clientRepository, areaRepository,
                audit, this.clock));
        this.settings = new Lazy<>(() -> new SettingsService(db, new SettingsRepository(), audit));
        this.dashboard = new Lazy<>(() -> new DashboardService(db, new DashboardRepository()));
        this.planning = new Lazy<>(() -> {
            PlanningSettings planningSettings = config.load("planner", PlanningSettings.class);
            return new PlanningService(db, new ScenarioExporter(kitchen, planningSettings, new PlanningDayRepository(), fleetRepository),
                    new PlanRepository(), afterPublishing, audit, this.clock, planningSettings);
        });
        this.slotRepository = new Lazy<>(SlotRepository::new);
        this.slotSettings = new Lazy<>(() -> config.load("slots", SlotSettings.class));
        this.slots = new Lazy<>(() -> new SlotService(db, slotRepository.get(), slotSettings.get(),
                new PlannerRouteAdvisor(planning(), slotRepository.get(), slotSettings.get()), this.clock));
        this.bookings = new Lazy<>(() -> new BookingService(db, slotRepository.get(), slots(), afterPublishing, audit,
                this.clock));
        this.slotTemplates = new Lazy<>(() -> new SlotTemplateService(db, slotRepository.get(), bookings(), audit, this.clock));
        this.orderImportSettings = new Lazy<>(() -> config.load("orders", OrderImportSettings.class));
        this.orderImport = new Lazy<>(() -> {
            OrderImportSettings orders = orderImportSettings.get();
            return new OrderImportService(db, orders, new OrderRepository(), clientRepository, clients(),
                    new DeliveryWindowLookup(slots(), orders.fallbackWindowStart(), orders.fallbackWindowEnd()),
                    afterPublishing, audit, this.clock);
        });
        this.importFolder = new Lazy<>(() -> new ImportFolder(orderImportSettings.get().importFolder(dataDir),
                java.time.Duration.ofSeconds(orderImportSettings.get().pollSeconds()), this.clock));
        this.importFolderWatch = new Lazy<>(() -> new ImportFolderWatch(importFolder(), orderImport(), orderImportSettings.get()));
        this.transactions = new Transactions(db);
        this.haccpConfig = new Lazy<>(() -> HaccpConfig.load(config));
        this.haccp = new Lazy<>(() -> haccp(this.clock));
        this.printing = new Lazy<>(() -> new PrintingService(db, planning(), new PrintRepository(),
                new PrintSettingsService(config.load("labels", PrintSettings.File.class).settings(), settings()),
                Printers.installed(), audit, this.clock));
        this.backups = new Lazy<>(() -> new BackupService(db, dataDir, config.load("backup", BackupSettings.class), settings(),
                this.clock));
        this.restores = new Lazy<>(() -> new RestoreService(dataDir, this.clock));
    }

    /**
     * Builds every service now. The window calls this before it opens, so a configuration file a feature refuses is
     * reported at start, as before services were built on first use, rather than half-way through the day.
     */
    public AppContext buildAll() {
        for (Lazy<?> service : List.of(users, fleet, clients, clientRegisterImport, settings, planning, slotRepository,
                slotSettings, slots, bookings, slotTemplates, orderImportSettings, orderImport, importFolder, importFolderWatch,
                haccp, printing, backups, restores)) {
            service.get();
        }
        return this;
    }

    /** A service built on first use, then the same one every time, whichever thread asks first. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    /**
     * The HACCP services on {@code clock}: the kitchen's own, or one that walks through past days for the demo's
     * records (which are then written as the kitchen would have written them at the time).
     */
    private Haccp haccp(Clock clock) {
        HaccpConfig haccpConfig = this.haccpConfig.get();
        HaccpChain chain = new HaccpChain(transactions, clock);
        HaccpRepository repository = new HaccpRepository(transactions, chain, audit);
        ColdUnitService units = new ColdUnitService(transactions, repository, fleet(), haccpConfig, clock);
        DeviationService deviations = new DeviationService(transactions, repository, units, haccpConfig, clock);
        MissingCheckService missingChecks = new MissingCheckService(repository, units, haccpConfig, clock);
        SignOffService signOffs = new SignOffService(transactions, repository, deviations, missingChecks, users(), clock);
        ReadingService readings = new ReadingService(transactions, repository, units, deviations, signOffs, haccpConfig,
                clock);
        RetentionService retention = new RetentionService(transactions, repository, chain, haccpConfig, clock);
        HaccpReportBuilder reports = new HaccpReportBuilder(repository, chain, units, deviations, missingChecks, signOffs,
                readings, users(), haccpConfig, kitchen, retention, clock);
        return new Haccp(haccpConfig, chain, units, deviations, missingChecks, signOffs, readings,
                new LoggerImportService(transactions, repository, units, deviations, signOffs, clock), reports,
                new HaccpReportWriter(reports, units, printing()), new HaccpCsvExport(repository, units, readings, clock),
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
        return new DemoData(new DemoData.Services(db, clock, kitchen, users(), clients(), fleetRepository, areaRepository,
                clientRepository), List.of(
                today -> SlotsDemo.create(db, slots(), bookings(), slotTemplates(), today),
                today -> OrderDemoFiles.create(db, orderImportSettings.get().importFolder(dataDir), today),
                today -> HaccpDemo.create(this::haccpOn, users(), clock, today)));
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
        return users.get();
    }

    public FleetService fleet() {
        return fleet.get();
    }

    public FleetRepository fleetRepository() {
        return fleetRepository;
    }

    public AreaRepository areaRepository() {
        return areaRepository;
    }

    public ClientService clients() {
        return clients.get();
    }

    public ClientRepository clientRepository() {
        return clientRepository;
    }

    public ClientRegisterImport clientRegisterImport() {
        return clientRegisterImport.get();
    }

    /** The day's numbers for "Dagens oversikt". */
    public DashboardService dashboard() {
        return dashboard.get();
    }

    public SettingsService settings() {
        return settings.get();
    }

    public OrderImportService orderImport() {
        return orderImport.get();
    }

    /** The watched folder; nothing looks at it until the console's Ordreimport starts watching. */
    public ImportFolder importFolder() {
        return importFolder.get();
    }

    /** The import folder as the window watches it from login on (automatic import as the person logged in). */
    public ImportFolderWatch importFolderWatch() {
        return importFolderWatch.get();
    }

    /** Delivery windows: days, offers, and the window an order goes in ({@code windowFor}). */
    public SlotService slots() {
        return slots.get();
    }


    /** Booking clients into windows, standing bookings, temporary stops. */
    public BookingService bookings() {
        return bookings.get();
    }

    /** Areas' weekly windows and the exceptions for single dates. */
    public SlotTemplateService slotTemplates() {
        return slotTemplates.get();
    }

    public Haccp haccp() {
        return haccp.get();
    }

    /** Another set of the HACCP services over this kitchen's database, on {@code clock} (the demo's walking clock). */
    public Haccp haccpOn(Clock clock) {
        return haccp(clock.withZone(zone()));
    }

    public PlanningService planning() {
        return planning.get();
    }

    public PrintingService printing() {
        return printing.get();
    }

    /** Backups of this database: now, listed, pruned; the daily one is scheduled by the window. */
    public BackupService backups() {
        return backups.get();
    }

    /** Restoring a backup; the caller must hold the data folder's {@link InstanceLock}. */
    public RestoreService restores() {
        return restores.get();
    }
}
