package no.smartmat.reports.haccp;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;

import no.smartmat.reports.common.Pdf;
import no.smartmat.reports.common.RenderResult;
import no.smartmat.reports.common.ReportFonts;
import no.smartmat.reports.common.Warnings;

/**
 * Renders the inspector-ready HACCP temperature report (A4, Norwegian) from what the console computed.
 *
 * <p>Page 1 ({@link SummaryPage}): the fixed header, the completeness statement (with an «UFULLSTENDIG» stamp when
 * the record is incomplete), a summary table of all units, and all sign-offs with the corrections made after them.
 * Then one section per unit ({@link UnitSection}), each on a new page: limits in force, chart with limit bands,
 * figures, deviations with their corrective actions, missing checks, the unit's sign-offs and its own completeness.
 * Nothing is cut: long texts wrap and tables continue on the next page without splitting a row. Every level, figure
 * and completeness statement is the console's: this module decides none of them.
 */
public final class HaccpReportRenderer {

    /** @throws IOException if writing to {@code out} fails */
    public RenderResult render(HaccpReport report, OutputStream out) throws IOException {
        Warnings warnings = new Warnings();
        try (PDDocument document = new PDDocument()) {
            Pdf.describe(document, "HACCP-rapport " + ReportLayout.period(report.periodFrom(), report.periodTo()));
            ReportLayout layout = new ReportLayout(document, ReportFonts.embedIn(document), warnings, report);
            new SummaryPage(layout).draw();
            for (HaccpUnit unit : report.units()) {
                layout.flow.newPage();
                new UnitSection(layout, unit).draw();
            }
            layout.footers();
            int pages = layout.flow.pageCount();
            document.save(out);
            return new RenderResult(pages, warnings.toList());
        }
    }
}
