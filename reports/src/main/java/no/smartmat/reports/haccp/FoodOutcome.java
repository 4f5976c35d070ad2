package no.smartmat.reports.haccp;

/** What happened to the food after a deviation. */
public enum FoodOutcome {
    KEPT("Beholdt"),
    MOVED("Flyttet"),
    DISCARDED("Kassert");

    private final String title;

    FoodOutcome(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
