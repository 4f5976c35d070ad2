package no.smartmat.reports.common;

/**
 * Temperature zone of a package and of a van compartment.
 * The word is what labels, manifests and loading lists print (upper case, Norwegian).
 */
public enum Zone {
    CHILLED("KJØL", "Kjøl"),
    FROZEN("FRYS", "Frys"),
    AMBIENT("TØRR", "Tørr");

    private final String word;
    private final String title;

    Zone(String word, String title) {
        this.word = word;
        this.title = title;
    }

    /** The printed zone word: {@code KJØL}, {@code FRYS} or {@code TØRR}. */
    public String word() {
        return word;
    }

    /** The zone word in sentence case, for running text ("Kjøl"). */
    public String title() {
        return title;
    }
}
