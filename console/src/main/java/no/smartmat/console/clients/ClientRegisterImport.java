package no.smartmat.console.clients;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.csv.CsvFile;
import no.smartmat.console.db.Database;
import no.smartmat.console.fleet.AreaRepository;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/**
 * Imports the municipality's client register (docs/formats.md, "Client register (CSV)"): creates or updates
 * by client number, reports every failing line, and writes nothing unless every failing line is fixed or
 * explicitly excluded. Importing the same file again changes nothing.
 */
public final class ClientRegisterImport {

    private static final List<String> REQUIRED = List.of(ClientForm.CLIENT_NUMBER, ClientForm.NAME,
            ClientForm.ADDRESS, ClientForm.POSTCODE, ClientForm.CITY);

    private final Database db;
    private final ClientService clientService;
    private final ClientRepository clients;
    private final AreaRepository areas;
    private final AuditLog audit;
    private final Clock clock;

    public ClientRegisterImport(Database db, ClientService clientService, ClientRepository clients,
                                AreaRepository areas, AuditLog audit, Clock clock) {
        this.db = db;
        this.clientService = clientService;
        this.clients = clients;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Action { CREATE, UPDATE, UNCHANGED }

    /** One line that will be written (or is unchanged). */
    public record PlannedRow(int line, Action action, ClientData data) {}

    /** What the file holds and what importing it would do. Nothing is written until {@link #commit}. */
    public record Preview(String fileName, List<PlannedRow> rows, List<FieldError> errors, List<UserMessage> notices,
                          List<String> newAreas, Optional<UserMessage> fileError) {

        public Set<Integer> errorLines() {
            Set<Integer> lines = new LinkedHashSet<>();
            errors.forEach(e -> lines.add(Integer.parseInt(e.location())));
            return lines;
        }

        public long count(Action action) {
            return rows.stream().filter(r -> r.action() == action).count();
        }

        public boolean canCommit(Set<Integer> excludedLines) {
            return fileError.isEmpty() && excludedLines.containsAll(errorLines());
        }
    }

    /** {@code notices}: what the updates mean for days whose delivery plan is published (see {@link DeliveryImpact}). */
    public record Outcome(int created, int updated, int unchanged, int excluded, List<UserMessage> notices) {
        public Outcome {
            notices = List.copyOf(notices);
        }
    }

    public Preview preview(String fileName, byte[] content) {
        return switch (CsvFile.read(fileName, content)) {
            case CsvFile.ReadResult.Failed(UserMessage reason) ->
                    new Preview(fileName, List.of(), List.of(), List.of(), List.of(), Optional.of(reason));
            case CsvFile.ReadResult.Ok(CsvFile file) -> preview(file);
        };
    }

    private Preview preview(CsvFile file) {
        List<UserMessage> notices = new ArrayList<>();
        if (file.wasLatin1()) {
            notices.add(UserMessage.of("csv.notice.latin1", file.fileName()));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (String field : ClientValidator.ALL_FIELDS) {
            file.column(field).ifPresent(col -> columns.put(field, col));
        }
        List<String> missing = REQUIRED.stream().filter(f -> !columns.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            return new Preview(file.fileName(), List.of(), List.of(), notices, List.of(), Optional.of(UserMessage.of(
                    "clients.import.missingColumns", file.fileName(), String.join(", ", missing),
                    String.join(", ", file.header()))));
        }
        List<String> unknown = file.header().stream().filter(h -> !columns.containsValue(h)).toList();
        if (!unknown.isEmpty()) {
            notices.add(UserMessage.of("clients.import.unknownColumns", String.join(", ", unknown)));
        }
        if (file.rows().isEmpty()) {
            return new Preview(file.fileName(), List.of(), List.of(), notices, List.of(),
                    Optional.of(UserMessage.of("clients.import.headerOnly", file.fileName())));
        }

        ClientValidator validator = clientService.validator();
        Map<String, Client> existing = new HashMap<>();
        clients.all(db.dsl()).forEach(c -> existing.put(c.clientNumber(), c));
        Map<String, String> knownAreas = new HashMap<>();
        areas.all(db.dsl()).forEach(a -> knownAreas.put(a.name().toLowerCase(Locale.ROOT), a.name()));

        List<PlannedRow> planned = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstLineOfNumber = new HashMap<>();
        Set<String> newAreas = new LinkedHashSet<>();
        for (CsvFile.Row row : file.rows()) {
            if (row.isBlank()) {
                continue;
            }
            String location = String.valueOf(row.line());
            ClientForm.Builder form = ClientForm.builder();
            columns.forEach((field, column) -> form.set(field, row.get(column)));
            Validated<ClientData> validated = validator.validate(form.build());
            if (!(validated instanceof Validated.Valid<ClientData>(ClientData valid))) {
                validated.errors().forEach(e -> errors.add(e.at(location)));
                continue;
            }
            ClientData data = valid;
            Integer earlier = firstLineOfNumber.putIfAbsent(data.clientNumber(), row.line());
            if (earlier != null) {
                errors.add(FieldError.of(ClientForm.CLIENT_NUMBER, data.clientNumber(),
                        "clients.import.duplicateNumber", String.valueOf(earlier)).at(location));
                continue;
            }
            Client before = existing.get(data.clientNumber());
            data = withCanonicalArea(data, knownAreas);
            ClientData merged = before == null ? data : keepWhatTheRegisterDoesNotHold(before.data(), data, columns);
            Action action = before == null ? Action.CREATE : before.data().equals(merged) ? Action.UNCHANGED : Action.UPDATE;
            planned.add(new PlannedRow(row.line(), action, merged));
            data.areaName().filter(a -> !knownAreas.containsKey(a.toLowerCase(Locale.ROOT))).ifPresent(newAreas::add);
        }
        return new Preview(file.fileName(), planned, errors, notices, List.copyOf(newAreas), Optional.empty());
    }

    /** "sandvika" in the file is the stored area "Sandvika": not a change, not a new area. */
    private static ClientData withCanonicalArea(ClientData data, Map<String, String> knownAreas) {
        Optional<String> canonical = data.areaName().map(a -> knownAreas.getOrDefault(a.toLowerCase(Locale.ROOT), a));
        return new ClientData(data.clientNumber(), data.name(), data.address(), data.postcode(), data.city(),
                data.location(), data.phone(), canonical, data.accessNotes(), data.keyBoxCode(), data.putInFridge(),
                data.dietCodes(), data.regularDriverCode(), data.serviceMinutes(), data.activeFrom(), data.activeTo());
    }

    /**
     * A register without a column (say, no keyBoxCode) must not wipe what the kitchen keeps in that field,
     * so columns the file lacks keep their stored values.
     */
    private static ClientData keepWhatTheRegisterDoesNotHold(ClientData stored, ClientData read, Map<String, String> columns) {
        return new ClientData(read.clientNumber(), read.name(), read.address(), read.postcode(), read.city(),
                columns.containsKey(ClientForm.LAT) ? read.location() : stored.location(),
                columns.containsKey(ClientForm.PHONE) ? read.phone() : stored.phone(),
                columns.containsKey(ClientForm.AREA) ? read.areaName() : stored.areaName(),
                columns.containsKey(ClientForm.ACCESS_NOTES) ? read.accessNotes() : stored.accessNotes(),
                columns.containsKey(ClientForm.KEY_BOX_CODE) ? read.keyBoxCode() : stored.keyBoxCode(),
                columns.containsKey(ClientForm.PUT_IN_FRIDGE) ? read.putInFridge() : stored.putInFridge(),
                columns.containsKey(ClientForm.DIET_CODES) ? read.dietCodes() : stored.dietCodes(),
                columns.containsKey(ClientForm.REGULAR_DRIVER) ? read.regularDriverCode() : stored.regularDriverCode(),
                columns.containsKey(ClientForm.SERVICE_MINUTES) ? read.serviceMinutes() : stored.serviceMinutes(),
                columns.containsKey(ClientForm.ACTIVE_FROM) ? read.activeFrom() : stored.activeFrom(),
                columns.containsKey(ClientForm.ACTIVE_TO) ? read.activeTo() : stored.activeTo());
    }

    /**
     * Writes the preview in one transaction. Refused (returns empty) unless every failing line is in
     * {@code excludedLines}; the file's own problems are never written half.
     */
    public Optional<Outcome> commit(Preview preview, Set<Integer> excludedLines, CurrentUser by) {
        if (!preview.canCommit(excludedLines)) {
            return Optional.empty();
        }
        return Optional.of(db.transaction(tx -> {
            int created = 0, updated = 0, unchanged = 0;
            List<UserMessage> notices = new ArrayList<>();
            for (PlannedRow row : preview.rows()) {
                if (excludedLines.contains(row.line())) {
                    continue;
                }
                // Looked up again inside the transaction: the register may have been edited since the preview.
                Optional<Client> now = clients.byNumber(tx, row.data().clientNumber());
                if (now.isEmpty()) {
                    clients.insert(tx, row.data(), clock.instant());
                    audit.record(tx, by, "CREATE", "client", row.data().clientNumber(), "register " + preview.fileName());
                    created++;
                } else if (!now.get().data().equals(row.data())) {
                    clients.update(tx, now.get().id(), row.data(), clock.instant());
                    audit.record(tx, by, "UPDATE", "client", row.data().clientNumber(), "register " + preview.fileName());
                    notices.addAll(clientService.impact().clientChanged(tx, now.get().id(), now.get().data(), row.data(), by));
                    updated++;
                } else {
                    unchanged++;
                }
            }
            int excluded = (int) excludedLines.stream().filter(l -> preview.errorLines().contains(l)
                    || preview.rows().stream().anyMatch(r -> r.line() == l)).count();
            if (created + updated > 0) {
                audit.record(tx, by, "IMPORT", "client_register", preview.fileName(),
                        "nye " + created + ", endret " + updated + ", uendret " + unchanged + ", utelatt " + excluded);
            }
            return new Outcome(created, updated, unchanged, excluded, clientService.impact().withAdvice(notices));
        }));
    }
}
