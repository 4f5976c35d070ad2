package no.smartmat.console.delivery;

/** How a change after publishing stopped being open; stored in {@code published_stop_change.resolution}. */
public enum ChangeResolution {
    /** A newer version of the day's plan was published: it was solved with the change. */
    REPLANNED,
    /** The coordinator keeps the published plan as it is. */
    ACCEPTED,
    /** The difference is gone (the window was booked back, the pause ended). */
    REVERTED
}
