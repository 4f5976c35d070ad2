package no.smartmat.console.orders;

import no.smartmat.console.fleet.Capacity;

/**
 * What importing does to one order, for the preview and the summary: packages per zone and item lines
 * before (the stored order, if any) and after (the file's order).
 */
public record OrderChange(Kind kind, String reference, String clientNumber, String clientName, Capacity before,
                          Capacity after, int linesBefore, int linesAfter) {

    public enum Kind {
        /** Not in the batch before: written. */
        NEW,
        /** In the batch before with other content: the old order is replaced. */
        CHANGED,
        /** Same content as stored: nothing is written. */
        UNCHANGED,
        /** In the batch before, missing from the corrected file (CSV/JSON): the old order is withdrawn. */
        WITHDRAWN,
        /** A change or withdrawal on a stop a published plan already has: not applied, shown instead. */
        KEPT_PLANNED,
        /** Left out by the coordinator (or every package of it was): nothing is written. */
        EXCLUDED,
        /** Still has an open problem. */
        UNRESOLVED
    }

    public boolean writes() {
        return kind == Kind.NEW || kind == Kind.CHANGED || kind == Kind.WITHDRAWN;
    }
}
