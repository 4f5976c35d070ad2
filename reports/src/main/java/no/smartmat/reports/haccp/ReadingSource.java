package no.smartmat.reports.haccp;

public enum ReadingSource {
    /** From a logger or sensor import. */
    SENSOR,
    /** Typed in by a person. */
    MANUAL
}
