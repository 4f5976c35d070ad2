package no.smartmat.reports.haccp;

/** How much of the period a unit's sign-offs cover, as the console counted it. */
public enum Signed {
    ALL("Ja"),
    PART("Delvis"),
    NONE("Nei");

    private final String title;

    Signed(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
