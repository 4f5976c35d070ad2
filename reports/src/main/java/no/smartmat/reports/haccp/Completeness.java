package no.smartmat.reports.haccp;

import java.util.List;

/**
 * Whether a record is complete, as the console judged it, and if not, why: the reasons the report prints beside its
 * «Ufullstendig» stamp (in Norwegian, e.g. "1 manglende kontroll").
 */
public record Completeness(List<String> issues) {

    public static final Completeness COMPLETE = new Completeness(List.of());

    public Completeness {
        issues = List.copyOf(issues);
    }

    public boolean complete() {
        return issues.isEmpty();
    }
}
