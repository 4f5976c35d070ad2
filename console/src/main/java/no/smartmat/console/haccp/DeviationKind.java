package no.smartmat.console.haccp;

/** What went wrong (the values of deviation_event.kind). */
public enum DeviationKind {
    TOO_WARM, TOO_COLD, MISSING_CHECK, COOLING_TOO_SLOW
}
