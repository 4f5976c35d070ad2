package no.smartmat.console.orders;

import no.smartmat.console.clients.Client;
import no.smartmat.console.clients.ClientData;

/** Who an order goes to, once known: a client in the register, or one the import creates from the file. */
public sealed interface ClientChoice {

    record Existing(Client client) implements ClientChoice {}

    /** Created inside the import's transaction; validated when the coordinator chose it. */
    record CreateNew(ClientData data) implements ClientChoice {}

    default String clientNumber() {
        return switch (this) {
            case Existing e -> e.client().clientNumber();
            case CreateNew c -> c.data().clientNumber();
        };
    }

    default String name() {
        return switch (this) {
            case Existing e -> e.client().name();
            case CreateNew c -> c.data().name();
        };
    }
}
