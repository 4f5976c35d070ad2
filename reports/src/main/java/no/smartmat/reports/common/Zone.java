package no.smartmat.reports.common;

/**
 * Temperature zone of a package and of a van compartment, and every word the documents print for it: labels,
 * manifests and loading lists take zone text from here and zone symbols from {@link ZoneMarks}, nowhere else.
 */
public enum Zone {
    CHILLED("KJØL", "Kjøl", "Kjølerom"),
    FROZEN("FRYS", "Frys", "Fryserom"),
    AMBIENT("TØRR", "Tørr", "Tørrvarer");

    private final String word;
    private final String title;
    private final String compartment;

    Zone(String word, String title, String compartment) {
        this.word = word;
        this.title = title;
        this.compartment = compartment;
    }

    /** The printed zone word: {@code KJØL}, {@code FRYS} or {@code TØRR}. */
    public String word() {
        return word;
    }

    /** The zone word in sentence case, for running text ("Kjøl"). */
    public String title() {
        return title;
    }

    /** The van's compartment for the zone, as a loading list heads its section ("Fryserom"). */
    public String compartment() {
        return compartment;
    }
}
