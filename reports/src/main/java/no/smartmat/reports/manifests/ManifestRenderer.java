package no.smartmat.reports.manifests;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import no.smartmat.reports.common.NorwegianFormat;
import no.smartmat.reports.common.Pdf;
import no.smartmat.reports.common.RenderResult;
import no.smartmat.reports.common.ReportFonts;
import no.smartmat.reports.common.Warnings;

/**
 * Renders manifests (kjørelister): one per route, A4 portrait, Norwegian, routes in the
 * order given and each route's stops in driving order.
 *
 * <p>Each route starts on a new page with its header (date, van, driver, departure,
 * stops, packages per zone, distance and time, plan version, hand-filled compartment
 * temperatures and signature, and the changes since the previous version of the same
 * weekday's route). Then one row per stop; a row never splits across pages, the table
 * header repeats on every page, and the footer says "Side n av m" counted per route.
 * With {@link ManifestOptions#loadingListFirst()} each route's loading list comes first
 * (numbered on its own). Instances hold no state and may be shared between threads.
 */
public final class ManifestRenderer {

    /**
     * @throws IllegalArgumentException if {@code manifests} is empty
     * @throws IOException              if writing to {@code out} fails
     */
    public RenderResult render(List<Manifest> manifests, ManifestOptions options, OutputStream out) throws IOException {
        if (manifests.isEmpty()) {
            throw new IllegalArgumentException("no manifests to render");
        }
        Warnings warnings = new Warnings();
        int pages = 0;
        try (PDDocument document = new PDDocument()) {
            Pdf.describe(document, "Kjørelister " + NorwegianFormat.date(manifests.getFirst().date()));
            ReportFonts fonts = ReportFonts.embedIn(document);
            for (Manifest manifest : manifests) {
                if (options.loadingListFirst()) {
                    pages += new LoadingListPages(document, fonts, warnings, manifest).render();
                }
                pages += new ManifestPages(document, fonts, warnings, options, manifest).render();
            }
            document.save(out);
        }
        return new RenderResult(pages, warnings.toList());
    }
}
