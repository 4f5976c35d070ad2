package no.smartmat.console.orders;

/** The formats a batch arrives in; the names are the values of {@code order_batch.format}. */
public enum BatchFormat {
    CSV, JSON, UBL_DESPATCH, UBL_ORDER;

    /**
     * Whether one file is the whole batch (CSV, JSON): an order missing from a corrected re-send was withdrawn.
     * A PEPPOL batch arrives as one document per client, possibly in several drops, so a re-send only adds or
     * replaces the documents it holds.
     */
    public boolean fileIsWholeBatch() {
        return this == CSV || this == JSON;
    }
}
