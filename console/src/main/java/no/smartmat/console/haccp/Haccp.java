package no.smartmat.console.haccp;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import no.smartmat.console.validation.Outcome;
import no.smartmat.console.access.CurrentUser;

/**
 * The HACCP feature's services for one kitchen, as the composition root built them, so a screen or a command can be
 * handed the lot. A holder: it builds nothing, and its few methods only pass a call on.
 */
public record Haccp(HaccpConfig config, HaccpChain chain, ColdUnitService units, DeviationService deviations,
                    MissingCheckService missingChecks, SignOffService signOffs, ReadingService readings,
                    LoggerImportService imports, HaccpReportBuilder reports, HaccpReportWriter reportWriter,
                    HaccpCsvExport csvExport, RetentionService retention, OverviewService overviews) {

    public HaccpChain.Verification verify() {
        return chain.verify();
    }

    public HaccpOverview overview() {
        return overviews.overview();
    }

    public Outcome<HaccpReportWriter.Written> writeReport(LocalDate from, LocalDate to, Optional<Long> unitId,
                                                               Path out, CurrentUser by) {
        return reportWriter.write(from, to, unitId, out, by);
    }
}
