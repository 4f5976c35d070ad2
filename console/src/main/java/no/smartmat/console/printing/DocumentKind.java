package no.smartmat.console.printing;

/**
 * The documents the console prints: those of a published plan, and the HACCP report (which belongs to no plan). The
 * name is what {@code print_log.document} records.
 */
public enum DocumentKind {
    /** One label per bag/tote/package, in reverse loading order per route. */
    LABELS("etiketter"),
    /** One manifest (kjøreliste) per route. */
    MANIFESTS("kjorelister"),
    /** One loading list (lasteliste) per van. */
    LOADING_LIST("lastelister"),
    /** The inspector's HACCP report for a period. */
    HACCP_REPORT("haccp-rapport");

    private final String fileWord;

    DocumentKind(String fileWord) {
        this.fileWord = fileWord;
    }

    /** The Norwegian word used in file names (ASCII, so any file system takes it). */
    public String fileWord() {
        return fileWord;
    }
}
