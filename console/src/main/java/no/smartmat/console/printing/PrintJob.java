package no.smartmat.console.printing;

import java.util.Objects;

/** What to print: which document, which part of the plan, with which settings. */
public record PrintJob(DocumentKind kind, PrintScope scope, PrintSettings settings) {

    public PrintJob {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(settings, "settings");
    }
}
