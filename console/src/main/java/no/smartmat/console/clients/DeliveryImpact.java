package no.smartmat.console.clients;

import java.util.List;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.i18n.UserMessage;
import org.jooq.DSLContext;

/**
 * What a change to a client means for days whose delivery plan is already published (a new address the route was not
 * driven to, a client who is no longer active). Asked inside the change's own transaction; planning answers, as
 * clients know nothing of plans. The answer is what the person who made the change is told.
 */
public interface DeliveryImpact {

    DeliveryImpact NONE = new DeliveryImpact() {
        @Override
        public List<UserMessage> clientChanged(DSLContext tx, long clientId, ClientData before, ClientData after,
                                               CurrentUser by) {
            return List.of();
        }

        @Override
        public UserMessage advice() {
            throw new IllegalStateException("no changes, no advice");
        }
    };

    /** One line per published stop the change touches; empty when it touches none. */
    List<UserMessage> clientChanged(DSLContext tx, long clientId, ClientData before, ClientData after, CurrentUser by);

    /** What to do about such changes, said once after their lines. */
    UserMessage advice();

    /** The lines followed by the advice, or nothing. */
    default List<UserMessage> withAdvice(List<UserMessage> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<UserMessage> all = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(lines));
        all.add(advice());
        return all;
    }
}
