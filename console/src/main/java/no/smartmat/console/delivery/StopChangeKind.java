package no.smartmat.console.delivery;

/** What changed on a stop of a day whose plan was already published; stored in {@code published_stop_change.kind}. */
public enum StopChangeKind {
    /** The stop's window is not the one the published plan was solved against. */
    WINDOW,
    /** Its packages per zone differ from what the plan loaded (an order joined or left it). */
    PACKAGES,
    /** The client's address or position changed: the route was driven to the old one. */
    ADDRESS,
    /** A stop the published plan does not have (a new order on the day). */
    ADDED,
    /** The stop was cancelled (its orders were withdrawn). */
    CANCELLED,
    /** The client has a temporary stop (pause) that covers the day. */
    PAUSED,
    /** The client is no longer active on the day. */
    CLIENT_INACTIVE;

    /**
     * Whether the change is seen by comparing the stop as it is with the plan (and may disappear again, e.g. a
     * window booked back); ADDRESS is recorded by the change that made it, as the plan keeps no address.
     */
    public boolean isComparedWithPlan() {
        return this != ADDRESS;
    }
}
