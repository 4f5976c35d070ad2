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
 * Renders loading lists (lastelister) as a document of their own, one per route: every
 * package in reverse stop order, one section per zone (FRYS, KJØL, TØRR), with a tick
 * box per package. The same lists can instead lead each manifest
 * ({@link ManifestOptions#loadingListFirst()}).
 */
public final class LoadingListRenderer {

    /**
     * @throws IllegalArgumentException if {@code manifests} is empty
     * @throws IOException              if writing to {@code out} fails
     */
    public RenderResult render(List<Manifest> manifests, OutputStream out) throws IOException {
        if (manifests.isEmpty()) {
            throw new IllegalArgumentException("no routes to render");
        }
        Warnings warnings = new Warnings();
        int pages = 0;
        try (PDDocument document = new PDDocument()) {
            Pdf.describe(document, "Lastelister " + NorwegianFormat.date(manifests.getFirst().date()));
            ReportFonts fonts = ReportFonts.embedIn(document);
            for (Manifest manifest : manifests) {
                pages += new LoadingListPages(document, fonts, warnings, manifest).render();
            }
            document.save(out);
        }
        return new RenderResult(pages, warnings.toList());
    }
}
