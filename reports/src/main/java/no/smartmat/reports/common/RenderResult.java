package no.smartmat.reports.common;

import java.util.List;

/**
 * What a renderer produced: the number of pages written and what could not be shown
 * as given (empty when everything fitted).
 */
public record RenderResult(int pageCount, List<RenderWarning> warnings) {

    public RenderResult {
        warnings = List.copyOf(warnings);
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
