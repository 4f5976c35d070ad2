package no.smartmat.console.printing;

import no.smartmat.console.validation.Outcome;
import java.awt.print.PrinterException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.planning.PlanningService;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.reports.common.RenderResult;
import no.smartmat.reports.common.TimeWindow;
import no.smartmat.reports.common.Zone;
import no.smartmat.reports.labels.Label;
import no.smartmat.reports.labels.LabelRenderer;
import no.smartmat.reports.manifests.LoadingListRenderer;
import no.smartmat.reports.manifests.ManifestRenderer;
import no.smartmat.reports.manifests.StopChanges;

/**
 * Labels, manifests and loading lists of a day's published plan: reading the plan with its clients and
 * packages, rendering the PDF, and printing or saving it. Only a published plan prints, and only the people who
 * plan (coordinators, administrators) print it: a manifest is health-related personal data. Every document
 * that leaves the console (to a printer or a file) is written to the print log and the audit log with who, what
 * and where.
 */
public final class PrintingService {

    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("dd.MM. 'kl.' HH:mm");
    /** Labels and manifests go to Norwegian drivers and clients, whatever language the console speaks. */
    private static final Messages DOCUMENT_WORDS = new Messages(Messages.NORWEGIAN);

    private final Database db;
    private final PlanningService planning;
    private final PrintRepository repository;
    private final PrintSettingsService settings;
    private final Printers printers;
    private final AuditLog audit;
    private final Clock clock;

    public PrintingService(Database db, PlanningService planning, PrintRepository repository, PrintSettingsService settings,
                           Printers printers, AuditLog audit, Clock clock) {
        this.db = db;
        this.planning = planning;
        this.repository = repository;
        this.settings = settings;
        this.printers = printers;
        this.audit = audit;
        this.clock = clock;
    }

    public PrintSettingsService settings() {
        return settings;
    }

    public Printers printers() {
        return printers;
    }

    /** The day's published plan ready to print, or what to do when there is none. */
    public Outcome<PrintDay> day(LocalDate date) {
        Optional<StoredPlan> published = planning.published(date);
        if (published.isEmpty()) {
            return planning.latest(date)
                    .<Outcome<PrintDay>>map(draft -> Outcome.refused("printing.refused.notPublished",
                            date.toString(), String.valueOf(draft.version())))
                    .orElseGet(() -> Outcome.refused("printing.refused.noPlan", date.toString()));
        }
        StoredPlan plan = published.get();
        Map<Long, StopDetails> details = repository.stopsOfPlan(db.dsl(), plan.id());
        Map<Long, List<PrintRepository.PackageRow>> packages = repository.packagesOfPlan(db.dsl(), plan.id());
        LocalDate lastWeekDate = date.minusDays(7);
        Optional<StoredPlan> lastWeek = planning.published(lastWeekDate);
        Map<Long, StopDetails> lastWeekDetails = lastWeek.map(p -> repository.stopsOfPlan(db.dsl(), p.id())).orElse(Map.of());

        List<PrintRoute> routes = new ArrayList<>();
        List<StopDetails> cancelled = new ArrayList<>();
        for (StoredPlan.StoredRoute route : plan.routes()) {
            List<StoredPlan.StoredStop> printed = new ArrayList<>();
            for (StoredPlan.StoredStop stop : route.stops()) {
                StopDetails d = details.get(stop.stopId());
                if (d.cancelled()) {
                    cancelled.add(d);
                } else {
                    printed.add(stop);
                }
            }
            if (printed.isEmpty()) {
                continue;
            }
            Optional<StoredPlan.StoredRoute> sameVanLastWeek = lastWeek.flatMap(p -> p.routes().stream()
                    .filter(r -> r.vehicleCode().equals(route.vehicleCode())).findFirst());
            RouteComparison.Result changes = RouteComparison.compare(
                    visits(printed, details), sameVanLastWeek.map(r -> visits(r.stops().stream()
                            .filter(s -> !lastWeekDetails.get(s.stopId()).cancelled()).toList(), lastWeekDetails)).orElse(List.of()));
            // Window and arrival come from the plan as it was solved, never from the stop as it is now: the
            // arrival times only hold for that window, and labels, manifests and loading lists must agree.
            List<PrintStop> stops = new ArrayList<>();
            for (int i = 0; i < printed.size(); i++) {
                StoredPlan.StoredStop stop = printed.get(i);
                StopDetails d = details.get(stop.stopId());
                stops.add(new PrintStop(i + 1, printed.size(), stop.serviceStart(), plannedWindow(stop), d,
                        packages(date, packages.getOrDefault(stop.stopId(), List.of())),
                        sameVanLastWeek.isPresent() ? changes.of(d.clientId()) : StopChanges.NONE));
            }
            String driver = route.driverName().or(route::driverCode).orElse("–");
            routes.add(new PrintRoute(route.vehicleCode(), route.registration(), driver, route.departure(),
                    route.returnTime(), route.distanceKm(), stops,
                    sameVanLastWeek.isPresent() ? changes.removed() : List.of(),
                    sameVanLastWeek.map(r -> lastWeekDate)));
        }
        String versionText = "v" + plan.version() + plan.publishedAt()
                .map(at -> " (publisert " + PUBLISHED.format(at.atZone(clock.getZone())) + ")").orElse("");
        return Outcome.done(new PrintDay(date, plan.id(), plan.version(), versionText, routes,
                plan.unassignedStopIds().size(), cancelled, planning.changesAfterPublishing(date)));
    }

    /** Renders {@code job} from the day's published plan (read anew). */
    public Outcome<RenderedDocument> render(LocalDate date, PrintJob job, CurrentUser by) {
        return day(date).flatMap(day -> render(day, job, by));
    }

    /** Renders {@code job} from an already read day (the Utskrift screen keeps the one it shows). */
    public Outcome<RenderedDocument> render(PrintDay day, PrintJob job, CurrentUser by) {
        if (!by.role().canPlan()) {
            return Outcome.refused("printing.refused.notAllowed");
        }
        List<String> problems = PrintSettingsService.validate(job.settings()).stream().map(e -> e.field() + "=" + e.value()).toList();
        if (!problems.isEmpty()) {
            return Outcome.refused("printing.refused.badSettings", String.join(", ", problems));
        }
        if (day.routes().isEmpty()) {
            return Outcome.refused("printing.refused.emptyPlan", day.date().toString());
        }
        List<PrintRoute> routes;
        Optional<PrintStop> clientStop = Optional.empty();
        switch (job.scope()) {
            case PrintScope.AllRoutes all -> routes = day.routes();
            case PrintScope.Route r -> {
                Optional<PrintRoute> route = day.route(r.vanCode());
                if (route.isEmpty()) {
                    return Outcome.refused("printing.refused.noSuchRoute", r.vanCode(), day.date().toString(),
                            String.join(", ", day.routes().stream().map(PrintRoute::vanCode).toList()));
                }
                routes = List.of(route.get());
            }
            case PrintScope.Client c -> {
                if (job.kind() != DocumentKind.LABELS) {
                    return Outcome.refused("printing.refused.clientLabelsOnly");
                }
                clientStop = day.stopOf(c.clientNumber());
                if (clientStop.isEmpty()) {
                    return Outcome.refused("printing.refused.noSuchClient", c.clientNumber(), day.date().toString());
                }
                routes = List.of(day.routeOf(c.clientNumber()).orElseThrow());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        RenderResult result;
        try {
            switch (job.kind()) {
                case LABELS -> {
                    List<Label> labels = clientStop.isPresent()
                            ? DocumentMapper.labels(routes.getFirst(), clientStop.get(), day, job.settings(), DOCUMENT_WORDS)
                            : DocumentMapper.labels(routes, day, job.settings(), DOCUMENT_WORDS);
                    if (labels.isEmpty()) {
                        return Outcome.refused("printing.refused.noPackages", job.scope().fileText(), day.date().toString());
                    }
                    result = new LabelRenderer().render(labels, job.settings().labelLayout(), out);
                }
                case MANIFESTS -> result = new ManifestRenderer().render(DocumentMapper.manifests(routes, day, job.settings(), DOCUMENT_WORDS),
                        DocumentMapper.manifestOptions(job.settings(), by.displayName(), LocalDateTime.now(clock)), out);
                case LOADING_LIST -> result = new LoadingListRenderer().render(
                        DocumentMapper.manifests(routes, day, job.settings(), DOCUMENT_WORDS), out);
                default -> throw new IllegalStateException(job.kind().name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Outcome.done(new RenderedDocument(job, day.date(), day.planId(), day.planVersion(), out.toByteArray(),
                result.pageCount(), result.warnings(), day.changedAfterPublishing(job.scope())));
    }

    /** Writes the PDF to {@code file} (replacing it whole, never half-written) and logs it. */
    public Outcome<Path> savePdf(RenderedDocument document, Path file, CurrentUser by) {
        return writeWhole(document.pdf(), file).flatMap(target -> {
            recordPrinted(document, "file:" + target, by);
            return Outcome.done(target);
        });
    }

    /**
     * Saves a PDF that belongs to no plan (the HACCP report) the way {@link #savePdf} saves a plan's documents: written
     * whole or not at all, and logged in the print log and the audit log with who, what and where.
     */
    public Outcome<Path> saveReport(DocumentKind kind, String scope, byte[] pdf, int pages, Path file, CurrentUser by) {
        return writeWhole(pdf, file).flatMap(target -> {
            db.transactionRun(tx -> {
                repository.insertLog(tx, Optional.empty(), kind, scope, "file:" + target, pages, by, clock.instant());
                audit.record(tx, by, "PRINT", "report", scope, kind + ", " + pages + " sider -> file:" + target);
            });
            return Outcome.done(target);
        });
    }

    private static Outcome<Path> writeWhole(byte[] pdf, Path file) {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Outcome.refused("printing.refused.noFolder", String.valueOf(parent));
        }
        try {
            Path temp = Files.createTempFile(parent, ".smartmat-", ".pdf.tmp");
            try {
                Files.write(temp, pdf);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | UnsupportedOperationException e) {
            return Outcome.refused("printing.refused.cannotWrite", target.toString(), reason(e));
        }
        return Outcome.done(target);
    }

    /** Sends the PDF to the named printer and logs it; blocks until the spooler has it. */
    public Outcome<String> print(RenderedDocument document, String printerName, CurrentUser by) {
        Optional<javax.print.PrintService> printer = printers.byName(printerName);
        if (printer.isEmpty()) {
            List<String> names = printers.names();
            return names.isEmpty() ? Outcome.refused("printing.refused.noPrinters")
                    : Outcome.refused("printing.refused.unknownPrinter", printerName, String.join(", ", names));
        }
        String name = printer.get().getName();
        try {
            Printers.print(document.pdf(), printer.get(), "Smart Mat " + document.fileName());
        } catch (IOException | PrinterException e) {
            return Outcome.refused("printing.refused.printFailed", name, reason(e));
        }
        recordPrinted(document, "printer:" + name, by);
        return Outcome.done(name);
    }

    /** Writes who sent which document of which plan where, to the print log and the audit log, in one transaction. */
    public void recordPrinted(RenderedDocument document, String target, CurrentUser by) {
        db.transactionRun(tx -> {
            repository.insertLog(tx, Optional.of(document.planId()), document.job().kind(), document.job().scope().logText(),
                    target, document.pages(), by, clock.instant());
            audit.record(tx, by, "PRINT", "plan", document.date() + " v" + document.planVersion(),
                    document.job().kind() + " " + document.job().scope().logText() + ", " + document.pages() + " sider -> " + target);
        });
    }

    public List<PrintRepository.LogEntry> latestLog(int limit) {
        return repository.latestLog(db.dsl(), limit);
    }

    /** The stop's packages, one per physical bag, numbered "pose n av m" in bag order. */
    static List<PrintPackage> packages(LocalDate date, List<PrintRepository.PackageRow> rows) {
        record Piece(String code, Zone zone) {}
        List<Piece> pieces = new ArrayList<>();
        for (PrintRepository.PackageRow row : rows) {
            PackageCodes.codes(date, row.id(), row.code(), row.count()).forEach(code -> pieces.add(new Piece(code, row.zone())));
        }
        List<PrintPackage> packages = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            packages.add(new PrintPackage(pieces.get(i).code(), pieces.get(i).zone(), i + 1, pieces.size()));
        }
        return packages;
    }

    private static List<RouteComparison.Visit> visits(List<StoredPlan.StoredStop> stops, Map<Long, StopDetails> details) {
        return stops.stream().map(s -> {
            StopDetails d = details.get(s.stopId());
            return new RouteComparison.Visit(d.clientId(), d.clientName(), d.address(), plannedWindow(s));
        }).toList();
    }

    private static TimeWindow plannedWindow(StoredPlan.StoredStop stop) {
        return new TimeWindow(stop.windowStart(), stop.windowEnd());
    }

    private static String reason(Exception e) {
        return Optional.ofNullable(e.getMessage()).filter(m -> !m.isBlank()).orElse(e.getClass().getSimpleName());
    }
}
