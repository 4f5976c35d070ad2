package no.smartmat.console.haccp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import no.smartmat.console.validation.Outcome;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.Validated;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inspector's report as a real PDF, read back: the unit, its deviation with the action, and the sign-off. */
class HaccpReportPdfTest {

    @TempDir
    Path dir;

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReportNamesTheUnitTheDeviationWithItsCorrectiveActionAndTheSignOff() throws IOException {
        HaccpKitchen k = HaccpKitchen.create(dir.resolve("kitchen"));
        k.clock.set(HaccpKitchen.MONDAY.atTime(9, 0));
        var saved = k.haccp.readings().record(ManualReadingTest.withDeviation(k.entry("KS-1", "7,8", ""),
                HaccpKitchen.deviation("Døren stod på gløtt", "Flyttet maten til kjølerom 1", "MOVED")), k.kitchen);
        long deviation = ((Validated.Valid<ReadingService.Saved>) saved).value().deviationId().orElseThrow();
        k.clock.advance(Duration.ofMinutes(45));
        k.haccp.readings().record(k.entry("KS-1", "3,6", ""), k.kitchen);
        k.haccp.deviations().recordAction(deviation, new DeviationService.ActionForm("Døren stod på gløtt",
                "Maten flyttet, døren justert av vaktmester", "MOVED", "Åse Ødegård", ""), true, k.kitchen);
        k.clock.set(HaccpKitchen.MONDAY.plusDays(1).atTime(8, 0));
        k.haccp.signOffs().sign(SignOffService.Period.of(SignOffService.PeriodKind.DAY, HaccpKitchen.MONDAY),
                Optional.of(k.unitId("KS-1")), "Avviket er fulgt opp", "secret-password".toCharArray(), k.supervisor);

        Path pdf = dir.resolve("haccp.pdf");
        var outcome = k.haccp.writeReport(HaccpKitchen.MONDAY, HaccpKitchen.MONDAY,
                Optional.of(k.unitId("KS-1")), pdf, CurrentUser.headless("test"));
        HaccpReportWriter.Written written = ((Outcome.Done<HaccpReportWriter.Written>) outcome).value();

        assertThat(written.result().pageCount()).isGreaterThanOrEqualTo(2);
        String text = text(pdf);
        assertThat(text).contains("KS-1 Kjøleskap produksjon");
        assertThat(text).contains("Døren stod på gløtt").contains("Maten flyttet, døren justert av vaktmester")
                .contains("Åse Ødegård");
        assertThat(text).contains(k.supervisor.displayName()).contains("Avviket er fulgt opp");
        assertThat(Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
}
