package no.smartmat.console.delivery;

/** Where a saved version of a day's plan stands; stored in {@code plan.status}. */
public enum PlanStatus {
    /** Saved, not what drivers get. */
    DRAFT,
    /** The day's plan: labels and manifests print it. At most one version of a day. */
    PUBLISHED,
    /** Published once, then replaced by a newer published version; kept readable. */
    SUPERSEDED
}
