package no.smartmat.console.printing;

import java.time.LocalDate;
import java.util.List;
import no.smartmat.console.planning.PublishedChange;
import no.smartmat.reports.common.RenderWarning;

/**
 * A rendered PDF of a published plan, ready to preview, print or save. Keeps which plan version it came from,
 * so the print log names exactly what left the building.
 *
 * @param warnings what the document could not show as given (shortened text, a code that is not a barcode)
 * @param changedAfterPublishing open changes to the printed stops since the plan was published: the document shows
 *                 the published plan, so whoever prints it is told (and the print log keeps that it was printed anyway)
 */
public record RenderedDocument(PrintJob job, LocalDate date, long planId, int planVersion, byte[] pdf, int pages,
                               List<RenderWarning> warnings, List<PublishedChange> changedAfterPublishing) {

    public RenderedDocument {
        warnings = List.copyOf(warnings);
        changedAfterPublishing = List.copyOf(changedAfterPublishing);
    }

    /** "etiketter-2026-11-23-BIL-03.pdf". */
    public String fileName() {
        return job.kind().fileWord() + "-" + date + "-" + job.scope().fileText() + ".pdf";
    }
}
