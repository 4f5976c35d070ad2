package no.smartmat.console.delivery;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where one delivery to one client on one day stands; stored in {@code stop.status}. OPEN, PLANNED and
 * PUBLISHED follow the day's plans and are set in one place (planning.StopStates); CANCELLED and DELIVERED
 * are set by what happens to the stop itself.
 */
public enum StopStatus {
    /** To be delivered; on no plan yet, or left out of the plans. */
    OPEN,
    /** On the day's newest plan, which is a draft. */
    PLANNED,
    /** On the day's published plan: labels and manifests print it. */
    PUBLISHED,
    /** No order is left for it (a corrected re-send withdrew them). */
    CANCELLED,
    /** Recorded as delivered when the driver is back. */
    DELIVERED;

    private static final Set<StopStatus> TO_DELIVER = Collections.unmodifiableSet(EnumSet.of(OPEN, PLANNED, PUBLISHED));

    /** The states of a stop that is still to be delivered: what plans, windows and the day's counts take in. */
    public static Set<StopStatus> toDeliver() {
        return TO_DELIVER;
    }

    public boolean isToDeliver() {
        return TO_DELIVER.contains(this);
    }
}
