package no.smartmat.console.clients;

import static no.smartmat.console.db.jooq.Tables.CLIENT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.fleet.FleetRepository;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/** Creating, editing and deactivating clients; every change is validated, transactional and audited. */
public final class ClientService {

    private final Database db;
    private final ClientRepository clients;
    private final FleetRepository fleet;
    private final AuditLog audit;
    private final Clock clock;
    private final DeliveryImpact impact;

    /** A client as saved, and what the change means for days whose plan is published (empty: nothing). */
    public record Changed(Client client, List<UserMessage> notices) {
        public Changed {
            notices = List.copyOf(notices);
        }
    }

    public ClientService(Database db, ClientRepository clients, FleetRepository fleet, DeliveryImpact impact,
                         AuditLog audit, Clock clock) {
        this.db = db;
        this.clients = clients;
        this.fleet = fleet;
        this.impact = impact;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a change to a client means for published days; for services that change clients themselves. */
    public DeliveryImpact impact() {
        return impact;
    }

    public List<Client> all() {
        return clients.all(db.dsl());
    }

    public Optional<Client> byId(long id) {
        return clients.byId(db.dsl(), id);
    }

    public Optional<Client> byNumber(String clientNumber) {
        return clients.byNumber(db.dsl(), clientNumber);
    }

    public ClientValidator validator() {
        return new ClientValidator(code -> fleet.driverByCode(db.dsl(), code).isPresent());
    }

    /** Validates and stores a new client; the client number must not be taken. */
    public Validated<Client> create(ClientForm form, CurrentUser by) {
        return save(Optional.empty(), form, by).map(Changed::client);
    }

    /** Validates and stores the client's new details, and says which published days the change touches. */
    public Validated<Changed> update(long id, ClientForm form, CurrentUser by) {
        return save(Optional.of(id), form, by);
    }

    private Validated<Changed> save(Optional<Long> id, ClientForm form, CurrentUser by) {
        Validated<ClientData> validated = validator().validate(form);
        if (!(validated instanceof Validated.Valid<ClientData>(ClientData data))) {
            return Validated.invalid(validated.errors());
        }
        return db.transaction(tx -> {
            Optional<Client> sameNumber = clients.byNumber(tx, data.clientNumber());
            if (sameNumber.isPresent() && !sameNumber.map(Client::id).equals(id)) {
                return Validated.invalid(List.of(FieldError.of(ClientForm.CLIENT_NUMBER, data.clientNumber(),
                        "clients.validation.clientNumberTaken", sameNumber.get().name())));
            }
            Optional<Client> before = id.flatMap(i -> clients.byId(tx, i));
            long clientId = id.orElseGet(() -> clients.insert(tx, data, clock.instant()));
            if (id.isPresent()) {
                clients.update(tx, clientId, data, clock.instant());
            }
            audit.record(tx, by, id.isPresent() ? "UPDATE" : "CREATE", "client", data.clientNumber(), data.name());
            List<UserMessage> notices = impact.withAdvice(before.map(b -> impact.clientChanged(tx, clientId, b.data(), data, by))
                    .orElse(List.of()));
            return Validated.valid(new Changed(clients.byId(tx, clientId).orElseThrow(), notices));
        });
    }

    /**
     * Ends a client's deliveries from {@code lastDay} on. Clients are never deleted: their orders,
     * deliveries and the audit trail keep pointing at them.
     */
    public Changed deactivate(long id, LocalDate lastDay, CurrentUser by) {
        return setActiveTo(id, Optional.of(lastDay), "DEACTIVATE", "aktiv til " + lastDay, by);
    }

    public Changed reactivate(long id, CurrentUser by) {
        return setActiveTo(id, Optional.empty(), "REACTIVATE", "", by);
    }

    private Changed setActiveTo(long id, Optional<LocalDate> activeTo, String action, String details, CurrentUser by) {
        return db.transaction(tx -> {
            Client client = clients.byId(tx, id).orElseThrow();
            ClientData after = client.data().withActiveTo(activeTo);
            clients.update(tx, id, after, clock.instant());
            audit.record(tx, by, action, "client", client.clientNumber(), details);
            List<UserMessage> notices = impact.withAdvice(impact.clientChanged(tx, id, client.data(), after, by));
            return new Changed(clients.byId(tx, id).orElseThrow(), notices);
        });
    }

    public int count() {
        return db.dsl().fetchCount(CLIENT);
    }
}
