package no.smartmat.console.clients;

import static no.smartmat.console.db.jooq.Tables.CLIENT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.fleet.FleetRepository;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/** Creating, editing and deactivating clients; every change is validated, transactional and audited. */
public final class ClientService {

    private final Database db;
    private final ClientRepository clients;
    private final FleetRepository fleet;
    private final AuditLog audit;
    private final Clock clock;

    public ClientService(Database db, ClientRepository clients, FleetRepository fleet, AuditLog audit, Clock clock) {
        this.db = db;
        this.clients = clients;
        this.fleet = fleet;
        this.audit = audit;
        this.clock = clock;
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
        return save(Optional.empty(), form, by);
    }

    public Validated<Client> update(long id, ClientForm form, CurrentUser by) {
        return save(Optional.of(id), form, by);
    }

    private Validated<Client> save(Optional<Long> id, ClientForm form, CurrentUser by) {
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
            long clientId = id.orElseGet(() -> clients.insert(tx, data, clock.instant()));
            if (id.isPresent()) {
                clients.update(tx, clientId, data, clock.instant());
            }
            audit.record(tx, by, id.isPresent() ? "UPDATE" : "CREATE", "client", data.clientNumber(), data.name());
            return Validated.valid(clients.byId(tx, clientId).orElseThrow());
        });
    }

    /**
     * Ends a client's deliveries from {@code lastDay} on. Clients are never deleted: their orders,
     * deliveries and the audit trail keep pointing at them.
     */
    public Client deactivate(long id, LocalDate lastDay, CurrentUser by) {
        return db.transaction(tx -> {
            Client client = clients.byId(tx, id).orElseThrow();
            clients.update(tx, id, client.data().withActiveTo(Optional.of(lastDay)), clock.instant());
            audit.record(tx, by, "DEACTIVATE", "client", client.clientNumber(), "aktiv til " + lastDay);
            return clients.byId(tx, id).orElseThrow();
        });
    }

    public Client reactivate(long id, CurrentUser by) {
        return db.transaction(tx -> {
            Client client = clients.byId(tx, id).orElseThrow();
            clients.update(tx, id, client.data().withActiveTo(Optional.empty()), clock.instant());
            audit.record(tx, by, "REACTIVATE", "client", client.clientNumber(), "");
            return clients.byId(tx, id).orElseThrow();
        });
    }

    public int count() {
        return db.dsl().fetchCount(CLIENT);
    }
}
