package no.smartmat.console.access;

/** What a person at the console may do. */
public enum Role {
    /** Plans runs, imports orders, manages clients, fleet and slots. */
    COORDINATOR,
    /** Records temperatures and handles deviations. */
    KITCHEN,
    /** Everything the kitchen does, plus HACCP sign-off. */
    SUPERVISOR,
    /** Everything, plus users and settings. */
    ADMIN;

    public boolean canPlan() {
        return this == COORDINATOR || this == ADMIN;
    }

    public boolean canSignOff() {
        return this == SUPERVISOR || this == ADMIN;
    }

    public boolean canManageUsers() {
        return this == ADMIN;
    }
}
