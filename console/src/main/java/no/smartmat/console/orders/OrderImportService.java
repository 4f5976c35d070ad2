package no.smartmat.console.orders;

import static no.smartmat.console.db.jooq.Tables.AREA;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.DELIVERY_PAUSE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.clients.Client;
import no.smartmat.console.clients.ClientData;
import no.smartmat.console.clients.ClientForm;
import no.smartmat.console.clients.ClientRepository;
import no.smartmat.console.clients.ClientService;
import no.smartmat.console.db.Database;
import no.smartmat.console.db.jooq.tables.records.DeliveryPauseRecord;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.planning.ChangesAfterPublishing;
import no.smartmat.console.planning.PublishedChange;
import no.smartmat.console.planning.StopStates;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Supplier order batches in: {@link #preview} reads files and shows what importing would do (nothing is
 * written), {@link #commit} writes one batch with the coordinator's decisions in one transaction. The same
 * content twice changes nothing; a corrected re-send replaces the batch's orders that no published plan has
 * yet; orders for the same client and day share one stop.
 */
public final class OrderImportService {

    private final Database db;
    private final OrderImportSettings settings;
    private final OrderFileReader reader;
    private final BatchAssembler assembler;
    private final OrderRepository orders;
    private final ClientRepository clients;
    private final ClientService clientService;
    private final DeliveryWindowLookup windows;
    private final ChangesAfterPublishing afterPublishing;
    private final AuditLog audit;
    private final Clock clock;

    public OrderImportService(Database db, OrderImportSettings settings, OrderRepository orders, ClientRepository clients,
                              ClientService clientService, DeliveryWindowLookup windows,
                              ChangesAfterPublishing afterPublishing, AuditLog audit, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.reader = new OrderFileReader(settings);
        this.assembler = new BatchAssembler(settings);
        this.orders = orders;
        this.clients = clients;
        this.clientService = clientService;
        this.windows = windows;
        this.afterPublishing = afterPublishing;
        this.audit = audit;
        this.clock = clock;
    }

    public OrderImportSettings settings() {
        return settings;
    }

    /** Reads the files and previews every batch they hold. Writes nothing. */
    public List<BatchPreview> preview(List<ImportFile> files, Progress progress) {
        List<ParsedFile> parsed = reader.read(files, progress);
        List<AssembledBatch> batches = assembler.assemble(parsed);
        if (progress.isCancelled()) {
            throw new CancellationException("cancelled");
        }
        DSLContext ctx = db.dsl();
        ClientMatcher matcher = batches.stream().allMatch(AssembledBatch::isFatal) ? new ClientMatcher(List.of())
                : new ClientMatcher(clients.all(ctx));
        List<BatchPreview> previews = new ArrayList<>();
        for (AssembledBatch batch : batches) {
            previews.add(preview(ctx, batch, matcher));
        }
        return previews;
    }

    private BatchPreview preview(DSLContext ctx, AssembledBatch batch, ClientMatcher matcher) {
        if (batch.isFatal()) {
            return new BatchPreview(batch, Optional.empty(), Optional.empty(), Map.of(), Map.of(), Map.of(), batch.problems());
        }
        Optional<ImportedBatch> sameFile = orders.byHash(ctx, batch.hash());
        Optional<ImportedBatch> previous = orders.latest(ctx, batch.supplier(), batch.reference());
        Map<String, StoredOrder> existing = new LinkedHashMap<>();
        if (previous.isPresent()) {
            orders.activeOrders(ctx, batch.supplier(), batch.reference()).forEach(o -> existing.put(o.reference(), o));
        }
        Map<Long, StopState> stops = batch.day().map(d -> orders.stopsOn(ctx, d)).orElse(Map.of());
        List<ImportProblem> problems = new ArrayList<>(batch.problems());
        batch.day().ifPresent(day -> dayWarnings(batch, day, problems));
        Map<String, ClientMatch> matches = new HashMap<>();
        Map<Long, DeliveryPauseRecord> pauses = batch.day().map(d -> pausesOn(ctx, d)).orElse(Map.of());
        for (ParsedOrder o : batch.orders()) {
            ClientMatch match = matches.computeIfAbsent(o.client().key(), k -> matcher.match(o.client()));
            matchProblem(o, match).ifPresent(problems::add);
            if (match instanceof ClientMatch.ByNumber(Client c) && batch.day().isPresent()) {
                clientWarnings(o, c, batch.day().get(), stops.get(c.id()), pauses.get(c.id()), problems);
            }
        }
        problems.sort(java.util.Comparator.comparing((ImportProblem p) -> p.where().file())
                .thenComparingInt(p -> p.where().line()));
        return new BatchPreview(batch, sameFile, previous, matches, existing, stops, problems);
    }

    private void dayWarnings(AssembledBatch batch, LocalDate day, List<ImportProblem> problems) {
        LocalDate today = LocalDate.now(clock);
        Where where = Where.file(batch.files().getFirst());
        String target = ImportProblem.fileKey(batch.files().getFirst());
        if (day.isBefore(today)) {
            problems.add(ImportProblem.warning(where, "deliveryDate", day.toString(), target, "orders.date.past",
                    OrderTexts.date(day)));
        } else if (day.isAfter(today.plusDays(settings.maxDaysAhead()))) {
            problems.add(ImportProblem.warning(where, "deliveryDate", day.toString(), target, "orders.date.farAhead",
                    OrderTexts.date(day), String.valueOf(settings.maxDaysAhead())));
        }
    }

    private static Optional<ImportProblem> matchProblem(ParsedOrder o, ClientMatch match) {
        ClientRef ref = o.client();
        Optional<ImportProblem> problem = switch (match) {
            case ClientMatch.ByNumber b -> Optional.empty();
            case ClientMatch.NameDiffers d -> Optional.of(ImportProblem.error(o.where(), "clientNumber", ref.clientNumber(),
                    o.key(), "orders.client.nameDiffers", ref.clientNumber(), d.client().name(), ref.name()));
            case ClientMatch.Candidates c when ref.clientNumber().isEmpty() -> Optional.of(ImportProblem.error(o.where(),
                    "clientName", ref.name(), o.key(), c.candidates().isEmpty() ? "orders.client.noNumberNoMatch"
                            : "orders.client.noNumberCandidates", ref.display(), c.candidates().size()));
            case ClientMatch.Candidates c -> Optional.of(ImportProblem.error(o.where(), "clientNumber", ref.clientNumber(),
                    o.key(), c.candidates().isEmpty() ? "orders.client.unknownNumber" : "orders.client.unknownNumberCandidates",
                    ref.clientNumber(), c.candidates().size()));
        };
        return problem.map(p -> p.withFix(ImportProblem.Fix.MATCH_CLIENT));
    }

    private static void clientWarnings(ParsedOrder o, Client c, LocalDate day, StopState stop, DeliveryPauseRecord pause,
                                       List<ImportProblem> problems) {
        if (!c.isActiveOn(day)) {
            problems.add(ImportProblem.warning(o.where(), "clientNumber", c.clientNumber(), o.key(), "orders.client.inactive",
                    c.name(), OrderTexts.date(day)));
        }
        if (pause != null) {
            problems.add(ImportProblem.warning(o.where(), "clientNumber", c.clientNumber(), o.key(), "orders.client.paused",
                    c.name(), OrderTexts.date(pause.getPauseFrom()), OrderTexts.date(pause.getPauseTo()), pause.getReason()));
        }
        if (stop != null && stop.planned()) {
            problems.add(ImportProblem.warning(o.where(), "clientNumber", c.clientNumber(), o.key(), "orders.stop.planned",
                    c.name()));
        } else if (stop != null && stop.cancelled() && stop.activeOrders() > 0) {
            problems.add(ImportProblem.warning(o.where(), "clientNumber", c.clientNumber(), o.key(), "orders.stop.cancelled",
                    c.name()));
        }
    }

    private static Map<Long, DeliveryPauseRecord> pausesOn(DSLContext ctx, LocalDate day) {
        Map<Long, DeliveryPauseRecord> result = new HashMap<>();
        ctx.selectFrom(DELIVERY_PAUSE).where(DELIVERY_PAUSE.PAUSE_FROM.le(day)).and(DELIVERY_PAUSE.PAUSE_TO.ge(day))
                .forEach(p -> result.put(p.getClientId(), p));
        return result;
    }

    // ---------------------------------------------------------------------------------------------- clients

    /** The form for creating the order's client from the file, with the area most clients of that postcode have. */
    public ClientForm newClientForm(ClientRef ref) {
        String area = ref.postcode().isEmpty() ? "" : db.dsl().select(AREA.NAME).from(CLIENT).join(AREA).on(AREA.ID.eq(CLIENT.AREA_ID))
                .where(CLIENT.POSTCODE.eq(ref.postcode())).groupBy(AREA.NAME).orderBy(DSL.count().desc(), AREA.NAME).limit(1)
                .fetchOptional(AREA.NAME).orElse("");
        return ClientForm.builder().set(ClientForm.CLIENT_NUMBER, ref.clientNumber()).set(ClientForm.NAME, ref.name())
                .set(ClientForm.ADDRESS, ref.address()).set(ClientForm.POSTCODE, ref.postcode())
                .set(ClientForm.CITY, ref.city()).set(ClientForm.AREA, area).build();
    }

    /**
     * Checks a client the coordinator wants created from the preview (the same rules as the client form,
     * and a number nobody has); it is written with the batch, or not at all.
     */
    public Validated<ClientChoice> newClient(ClientForm form) {
        Validated<ClientData> validated = clientService.validator().validate(form);
        if (!(validated instanceof Validated.Valid<ClientData>(ClientData data))) {
            return Validated.invalid(validated.errors());
        }
        Optional<Client> taken = clients.byNumber(db.dsl(), data.clientNumber());
        if (taken.isPresent()) {
            return Validated.invalid(List.of(FieldError.of(ClientForm.CLIENT_NUMBER, data.clientNumber(),
                    "clients.validation.clientNumberTaken", taken.get().name())));
        }
        return Validated.valid(new ClientChoice.CreateNew(data));
    }

    /** A client by number, for the coordinator who types the right one in. */
    public Optional<Client> clientByNumber(String number) {
        return clients.byNumber(db.dsl(), number.strip());
    }

    // ---------------------------------------------------------------------------------------------- commit

    /** Why a commit stops half-way: the transaction rolls back and nothing of it stays. */
    private static final class Refused extends RuntimeException {
        final UserMessage reason;

        Refused(UserMessage reason) {
            super(reason.key(), null, false, false);
            this.reason = reason;
        }
    }

    /**
     * Writes one batch with the coordinator's decisions, all in one transaction: it is stored whole or not
     * at all (also when the program is killed half-way, or {@code progress} is cancelled). Refused while a
     * problem is open.
     */
    public ImportOutcome commit(BatchPreview preview, Resolutions resolutions, CurrentUser by, Progress progress) {
        AssembledBatch batch = preview.batch();
        if (preview.status() == BatchPreview.Status.REJECTED) {
            return ImportOutcome.refused(batch.supplier(), batch.reference(),
                    batch.problems().getFirst().message());
        }
        if (preview.sameFile().isPresent()) {
            return alreadyImported(preview, preview.sameFile().get());
        }
        BatchPreview.Evaluation first = preview.evaluate(resolutions);
        if (!first.canCommit()) {
            return ImportOutcome.refused(batch.supplier(), batch.reference(),
                    UserMessage.of("orders.commit.openProblems", first.open().size()));
        }
        try {
            return db.transaction(tx -> write(tx, preview, resolutions, by, progress));
        } catch (Refused e) {
            return ImportOutcome.refused(batch.supplier(), batch.reference(), e.reason);
        }
    }

    private ImportOutcome alreadyImported(BatchPreview preview, ImportedBatch earlier) {
        return new ImportOutcome(ImportOutcome.Result.ALREADY_IMPORTED, preview.batch().supplier(), preview.batch().reference(),
                Optional.of(earlier), new ChangeSummary(0, 0, 0, preview.batch().orders().size(), 0), List.of(), 0, 0, 0, 0,
                Optional.empty(), List.of());
    }

    private ImportOutcome write(DSLContext tx, BatchPreview preview, Resolutions resolutions, CurrentUser by, Progress progress) {
        AssembledBatch batch = preview.batch();
        LocalDate day = batch.day().orElseThrow();
        Runnable checkCancelled = () -> {
            if (progress.isCancelled()) {
                throw new CancellationException("import cancelled");
            }
        };
        progress.update(0, 4, batch.reference());
        // The database as it is now, inside the write lock: another coordinator may have imported meanwhile.
        Optional<ImportedBatch> same = orders.byHash(tx, batch.hash());
        if (same.isPresent()) {
            return alreadyImported(preview, same.get());
        }
        Optional<ImportedBatch> previous = orders.latest(tx, batch.supplier(), batch.reference());
        Map<String, StoredOrder> existing = new LinkedHashMap<>();
        orders.activeOrders(tx, batch.supplier(), batch.reference()).forEach(o -> existing.put(o.reference(), o));
        Map<Long, StopState> stops = orders.stopsOn(tx, day);
        BatchPreview.Evaluation ev = preview.evaluate(resolutions, existing, stops);
        if (ev.summary().nothing()) {
            return new ImportOutcome(ImportOutcome.Result.NOTHING_CHANGED, batch.supplier(), batch.reference(), previous,
                    ev.summary(), ev.changes(), 0, 0, 0, 0, Optional.empty(), List.of());
        }
        checkCancelled.run();

        // Clients the coordinator chose to create from the file.
        Map<String, Long> clientIds = new HashMap<>();
        Map<Long, Integer> serviceMinutes = new HashMap<>();
        int created = 0;
        for (EffectiveOrder o : ev.toWrite()) {
            switch (o.client()) {
                case ClientChoice.Existing e -> {
                    clientIds.put(e.client().clientNumber(), e.client().id());
                    serviceMinutes.put(e.client().id(), e.client().data().serviceMinutes());
                }
                case ClientChoice.CreateNew c -> {
                    if (clientIds.containsKey(c.data().clientNumber())) {
                        continue;
                    }
                    Optional<Client> taken = clients.byNumber(tx, c.data().clientNumber());
                    if (taken.isPresent()) {
                        throw new Refused(UserMessage.of("orders.commit.clientNumberTaken", c.data().clientNumber(),
                                taken.get().name()));
                    }
                    long id = clients.insert(tx, c.data(), clock.instant());
                    audit.record(tx, by, "CREATE", "client", c.data().clientNumber(),
                            "fra ordreimport " + batch.supplier() + " " + batch.reference());
                    clientIds.put(c.data().clientNumber(), id);
                    serviceMinutes.put(id, c.data().serviceMinutes());
                    created++;
                }
            }
        }
        progress.update(1, 4, batch.reference());

        int revision = previous.map(p -> p.revision() + 1).orElse(1);
        long batchId = orders.insertBatch(tx, batch.supplier(), batch.reference(), revision, day,
                batch.format().orElseThrow(), String.join(", ", batch.files()), batch.hash(), by.idOrNull(), by.displayName(),
                clock.instant(), ev.summary().toString());

        // One stop per client and day: join the stop that is there (the kitchen's dinner, say), else a new one.
        Set<Long> needStop = new LinkedHashSet<>();
        Set<Long> reopen = new HashSet<>();
        int shared = 0;
        for (EffectiveOrder o : ev.toWrite()) {
            long clientId = clientIds.get(o.client().clientNumber());
            StopState stop = stops.get(clientId);
            if (stop == null) {
                needStop.add(clientId);
            } else {
                shared++;
                if (stop.cancelled() && stop.activeOrders() == 0) {
                    reopen.add(stop.id());
                }
            }
        }
        Map<Long, DeliveryWindowLookup.Window> windowOf = windows.windowsFor(tx, day, needStop);
        List<OrderRepository.NewStop> newStops = needStop.stream().map(id -> new OrderRepository.NewStop(id,
                windowOf.get(id).start(), windowOf.get(id).end(), serviceMinutes.getOrDefault(id, 7))).toList();
        Map<Long, Long> stopOfClient = new HashMap<>(orders.insertStops(tx, day, newStops));
        stops.forEach((clientId, s) -> stopOfClient.putIfAbsent(clientId, s.id()));
        orders.setStopCancelled(tx, reopen, false);
        checkCancelled.run();
        progress.update(2, 4, batch.reference());

        // Old versions of changed orders, and withdrawn orders, stay in the database as REPLACED.
        List<Long> replaced = new ArrayList<>();
        Set<Long> touchedStops = new HashSet<>();
        for (String reference : ev.replacedReferences()) {
            StoredOrder old = existing.get(reference);
            replaced.add(old.id());
            touchedStops.add(old.stopId());
        }
        orders.markReplaced(tx, replaced);

        List<OrderRepository.NewOrder> rows = new ArrayList<>(ev.toWrite().size());
        for (EffectiveOrder o : ev.toWrite()) {
            long clientId = clientIds.get(o.client().clientNumber());
            Where w = o.source().where();
            String source = w.file() + (w.line() > 0 ? ":" + w.line() : "") + (w.path().isEmpty() ? "" : " " + w.path());
            rows.add(new OrderRepository.NewOrder(o.source().reference(), clientId, stopOfClient.get(clientId), day,
                    o.source().kind(), source, o.packages(), o.lines()));
        }
        int packages = orders.insertOrders(tx, batchId, rows, checkCancelled);
        progress.update(3, 4, batch.reference());

        Set<Long> emptied = orders.emptyStops(tx, touchedStops);
        orders.setStopCancelled(tx, emptied, true);
        StopStates.refresh(tx, day);
        List<PublishedChange> changedAfterPublishing = afterPublishing.reconcile(tx, day, by);
        int[] totals = orders.activeTotals(tx, batch.supplier(), batch.reference());
        orders.setCounts(tx, batchId, totals[0], totals[1]);
        audit.record(tx, by, "IMPORT", "order_batch", String.valueOf(batchId), batch.supplier() + " " + batch.reference()
                + " rev " + revision + " (" + String.join(", ", batch.files()) + "): " + ev.summary()
                + (created > 0 ? " clients_created=" + created : "") + (emptied.isEmpty() ? "" : " stops_cancelled=" + emptied.size()));
        checkCancelled.run();
        progress.update(4, 4, batch.reference());
        ImportedBatch written = orders.byHash(tx, batch.hash()).orElseThrow();
        return new ImportOutcome(ImportOutcome.Result.IMPORTED, batch.supplier(), batch.reference(), Optional.of(written),
                ev.summary(), ev.changes(), created, newStops.size(), shared, packages, Optional.empty(), changedAfterPublishing);
    }

    // ---------------------------------------------------------------------------------------------- history

    public List<ImportedBatch> history(int limit) {
        return orders.history(db.dsl(), limit);
    }

    public List<ImportedBatch> revisions(String supplier, String reference) {
        return orders.revisions(db.dsl(), supplier, reference);
    }
}
