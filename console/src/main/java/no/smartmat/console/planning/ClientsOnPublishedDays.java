package no.smartmat.console.planning;

import java.util.ArrayList;
import java.util.List;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.clients.ClientData;
import no.smartmat.console.clients.DeliveryImpact;
import no.smartmat.console.i18n.UserMessage;
import org.jooq.DSLContext;

/**
 * A client change as it touches published days: a new address or position is a change on every published route
 * that visits the client (the route was driven to the old place); whatever else it changed (no longer active on
 * the day) is found by comparing the published days with their stops.
 */
public final class ClientsOnPublishedDays implements DeliveryImpact {

    private final ChangesAfterPublishing changes;

    public ClientsOnPublishedDays(ChangesAfterPublishing changes) {
        this.changes = changes;
    }

    @Override
    public List<UserMessage> clientChanged(DSLContext tx, long clientId, ClientData before, ClientData after,
                                           CurrentUser by) {
        List<PublishedChange> found = new ArrayList<>();
        boolean moved = !before.address().equals(after.address()) || !before.postcode().equals(after.postcode())
                || !before.city().equals(after.city()) || !before.location().equals(after.location());
        if (moved) {
            found.addAll(changes.addressChanged(tx, clientId, address(before), address(after), by));
        }
        found.addAll(changes.reconcile(tx, by));
        return found.stream().map(PublishedChange::message).toList();
    }

    @Override
    public UserMessage advice() {
        return PublishedChange.ADVICE;
    }

    private static String address(ClientData d) {
        return d.address() + ", " + d.postcode() + " " + d.city();
    }
}
