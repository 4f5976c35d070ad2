package no.smartmat.console.orders;

import java.util.List;
import java.util.Optional;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.planning.PublishedChange;

/**
 * What an import did. {@code batch}: the revision written (IMPORTED), or the earlier import of the same
 * content (ALREADY_IMPORTED). {@code reason}: why nothing was written (REFUSED). {@code afterPublishing}: the
 * stops of a day with a published plan that the import changed (bags added, a stop added or cancelled).
 */
public record ImportOutcome(Result result, String supplier, String reference, Optional<ImportedBatch> batch,
                            ChangeSummary summary, List<OrderChange> changes, int clientsCreated, int stopsCreated,
                            int stopsShared, int packages, Optional<UserMessage> reason,
                            List<PublishedChange> afterPublishing) {

    public enum Result {
        /** Written, in one transaction. */
        IMPORTED,
        /** The batch was imported before with the same orders: nothing written. */
        NOTHING_CHANGED,
        /** This exact file (content) was imported before: nothing written. */
        ALREADY_IMPORTED,
        /** Not written: open problems, or the file cannot be read. */
        REFUSED
    }

    public ImportOutcome {
        changes = List.copyOf(changes);
        afterPublishing = List.copyOf(afterPublishing);
    }

    public boolean changedNothing() {
        return result == Result.NOTHING_CHANGED || result == Result.ALREADY_IMPORTED;
    }

    static ImportOutcome refused(String supplier, String reference, UserMessage reason) {
        return new ImportOutcome(Result.REFUSED, supplier, reference, Optional.empty(), new ChangeSummary(0, 0, 0, 0, 0),
                List.of(), 0, 0, 0, 0, Optional.of(reason), List.of());
    }
}
