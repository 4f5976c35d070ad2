package no.smartmat.console.delivery;

/** Whether a supplier's order counts; stored in {@code supplier_order.status}. */
public enum OrderStatus {
    /** The order as the latest revision of its batch has it: its packages go out. */
    ACTIVE,
    /** A corrected re-send changed or withdrew it; kept for the history. */
    REPLACED,
    /** Left out by the coordinator. */
    EXCLUDED
}
