package no.smartmat.console.haccp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.printing.DocumentKind;
import no.smartmat.console.validation.Outcome;
import no.smartmat.console.printing.PrintingService;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.reports.common.RenderResult;

/**
 * The inspector's report as a file: built ({@link HaccpReportBuilder}), rendered in Norwegian, and saved through the
 * same path as every printed document ({@link PrintingService#saveReport}): written whole or not at all, and in the
 * print log and the audit log with who made it.
 */
public final class HaccpReportWriter {

    private final HaccpReportBuilder reports;
    private final ColdUnitService units;
    private final PrintingService printing;

    public HaccpReportWriter(HaccpReportBuilder reports, ColdUnitService units, PrintingService printing) {
        this.reports = reports;
        this.units = units;
        this.printing = printing;
    }

    /** What writing the report gave: the report's content, the renderer's result, the file. */
    public record Written(HaccpReport report, RenderResult result, Path file) {}

    /** Writes the report for the days [from, to] (one unit, or all in use) to {@code out}, or says why it could not. */
    public Outcome<Written> write(LocalDate from, LocalDate to, Optional<Long> unitId, Path out, CurrentUser by) {
        HaccpReport report = reports.build(from, to, unitId, by.displayName());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        RenderResult result;
        try {
            result = HaccpPdf.write(report, new Messages(Messages.NORWEGIAN), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path parent = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            return Outcome.refused("printing.refused.noFolder", String.valueOf(parent));
        }
        String scope = from + ".." + to + unitId.flatMap(units::watched).map(w -> " " + w.unit().code()).orElse("");
        return printing.saveReport(DocumentKind.HACCP_REPORT, scope, pdf.toByteArray(), result.pageCount(), out, by)
                .flatMap(file -> Outcome.done(new Written(report, result, file)));
    }
}
