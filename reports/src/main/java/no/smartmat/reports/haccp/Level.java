package no.smartmat.reports.haccp;

/** How a temperature relates to a unit's limits: within, warning, or out of limits. */
public enum Level {
    GREEN("Grønn", "OK"),
    YELLOW("Gul", "Varsel"),
    RED("Rød", "Avvik");

    private final String title;
    private final String meaning;

    Level(String title, String meaning) {
        this.title = title;
        this.meaning = meaning;
    }

    /** "Grønn", "Gul", "Rød". */
    public String title() {
        return title;
    }

    public String meaning() {
        return meaning;
    }
}
