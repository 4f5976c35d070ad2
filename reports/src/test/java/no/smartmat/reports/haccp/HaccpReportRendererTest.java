package no.smartmat.reports.haccp;

import static no.smartmat.reports.samples.SampleHaccp.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import no.smartmat.reports.common.RenderResult;
import no.smartmat.reports.samples.SampleHaccp;
import no.smartmat.reports.testing.Pdfs;

class HaccpReportRendererTest {

    private final HaccpReportRenderer renderer = new HaccpReportRenderer();

    private byte[] render(HaccpReport report) {
        return Pdfs.bytes(out -> renderer.render(report, out));
    }

    @Test
    void headerNamesKitchenPeriodResponsiblePersonUnitsAndWhenItWasMade() {
        byte[] pdf = render(SampleHaccp.report());
        Pdfs.keep(pdf, "haccp.pdf");
        String first = Pdfs.flat(Pdfs.pageTexts(pdf).getFirst());
        assertThat(first).contains("HACCP-rapport: temperaturkontroll", "Bærum storkjøkken", "1.12.2026–7.12.2026",
                "7 døgn", "Kari Nordmann (kjøkkensjef)", "8.12.2026 kl. 09:14",
                "Kjølerom 1, Fryserom, BIL-3 kjøleavdeling");
    }

    @Test
    void containsEachUnitItsDeviationWithCorrectiveActionAndTheSignOff() {
        // Drawing order keeps each table cell's lines together.
        List<String> pages = Pdfs.pageTextsInDrawingOrder(render(SampleHaccp.report()));
        String coldRoom = Pdfs.flat(pages.get(1));
        assertThat(coldRoom).contains("Kjølerom 1", "Produksjonskjøkken, 1. etasje", "DT-20F3-9A1",
                "Grenser: grønn ≤ 4,0 °C · gul mellom 4,0 og 12,0 °C · rød ≥ 12,0 °C",
                "Avvik (2)", "A1", "2.12. kl. 10:20", "7,9 °C", "Over 4 °C i mer enn 30 min",
                "Årsak: Døra sto på gløtt etter varemottak", "Maten: Beholdt", "Registrert av Ingrid Sæther",
                "A2", "13,2 °C", "MANGLER KORRIGERENDE TILTAK",
                "Manglende kontroller (1)", "Ingen sensordata (gateway uten strøm)",
                "Attestert av Kari Nordmann 4.12.2026 kl. 08:02 for 1.12.2026–3.12.2026 (alle enheter)",
                "Rettet etter attestasjon (1)", "Skrivefeil: termometeret viste 2,9 °C");
        assertThat(Pdfs.flat(pages.get(2))).contains("Fryserom", "KALIBRERING FORFALT 15.11.2026", "Avvik (0)",
                "Attestert av Kari Nordmann 8.12.2026 kl. 08:30 for 4.12.2026–7.12.2026 (Fryserom)");
        assertThat(Pdfs.flat(pages.get(3))).contains("BIL-3 kjøleavdeling",
                "Grenser fra 4.12.2026 kl. 00:00: grønn ≤ 5,0 °C", "1 etterregistrert");
    }

    @Test
    void stampsUfullstendigWhereDataIsMissing() {
        List<String> pages = Pdfs.pageTexts(render(SampleHaccp.report()));
        String first = Pdfs.flat(pages.getFirst());
        assertThat(first).contains("Ufullstendig: 2 av 3 enheter", "Kjølerom 1: 1 manglende kontroll, 1 avvik uten korrigerende tiltak",
                "BIL-3 kjøleavdeling: 1 manglende kontroll");
        assertThat(first.replace(" ", "")).contains("UFULLSTENDIG");
        assertThat(Pdfs.flat(pages.get(1))).contains("Ufullstendig: 1 manglende kontroll, 1 avvik uten korrigerende tiltak.");
        assertThat(Pdfs.flat(pages.get(2))).contains("Fullstendig:").doesNotContain("Ufullstendig").doesNotContain("UFULLSTENDIG");
    }

    @Test
    void aCompleteRecordIsStatedCompleteWithoutAStamp() {
        String all = Pdfs.flat(String.join(" ", Pdfs.pageTexts(render(SampleHaccp.completeReport()))));
        assertThat(all).contains("Fullstendig: alle 1 enheter har målinger i perioden")
                .doesNotContain("Ufullstendig").doesNotContain("UFULLSTENDIG")
                .contains("Ingen attestasjoner for perioden: perioden er ikke attestert.");
    }

    @Test
    void aUnitWithoutReadingsSaysSoAndPrintsTheConsolesReason() {
        HaccpUnit silent = new HaccpUnit("F-9", "Kjøleskap kantine", UnitKind.FRIDGE, "Kantine", java.util.Optional.empty(),
                List.of(SampleHaccp.chilled()), java.time.Duration.ofHours(1), List.of(), List.of(), List.of(),
                UnitFigures.none(UnitFigures.Weighting.COUNT), new Completeness(List.of("ingen målinger i perioden")),
                Signed.NONE);
        HaccpReport report = new HaccpReport("Bærum storkjøkken", SampleHaccp.FROM, SampleHaccp.FROM, "Kari", at(2, 8, 0),
                SampleHaccp.OSLO, List.of(silent), List.of());
        List<String> pages = Pdfs.pageTexts(render(report));
        assertThat(Pdfs.flat(pages.getFirst())).contains("Ufullstendig", "ingen målinger i perioden").doesNotContain(" OK ");
        assertThat(Pdfs.flat(pages.get(1))).contains("Ingen målinger i perioden.");
    }

    @Test
    void startsEachUnitOnItsOwnPageAndNumbersThePages() {
        List<String> pages = Pdfs.pageTexts(render(SampleHaccp.report()));
        assertThat(pages).hasSize(4);
        for (int p = 0; p < pages.size(); p++) {
            assertThat(pages.get(p)).contains("Side " + (p + 1) + " av 4");
        }
        assertThat(pages.get(1)).contains("Kjølerom 1").doesNotContain("Fryserom ·");
    }

    @Test
    void chartsAreVectorDrawingsNotImages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(SampleHaccp.report()))) {
            List<PDPage> pages = new java.util.ArrayList<>();
            doc.getPages().forEach(pages::add);
            for (PDPage page : pages) {
                assertThat(page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT)).isNull();
            }
            // Each unit's page draws its readings as a line: a sensor week is hundreds of line segments, a van's
            // fourteen manual readings still a dozen. A page without its chart fails here.
            assertThat(lineSegments(pages.get(1))).isGreaterThan(500);
            assertThat(lineSegments(pages.get(2))).isGreaterThan(500);
            assertThat(lineSegments(pages.get(3))).isGreaterThan(12);
        }
    }

    /** The path operators "l" (line to) in a page's content: how much was drawn as vectors. */
    private static long lineSegments(PDPage page) throws IOException {
        org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
        return parser.parse().stream().filter(t -> t instanceof org.apache.pdfbox.contentstream.operator.Operator o
                && o.getName().equals("l")).count();
    }

    @Test
    void theFiguresAndTheCompletenessArePrintedAsTheConsoleGaveThem() {
        // Nothing here agrees with the readings on purpose: the renderer must print the console's values, not its own.
        HaccpUnit unit = SampleHaccp.freezerRoom();
        UnitFigures given = new UnitFigures(12345, 0, 0, 7, java.util.OptionalDouble.of(-30.5),
                java.util.OptionalDouble.of(-11.2), java.util.OptionalDouble.of(-19.9), java.util.OptionalDouble.of(0.4321),
                UnitFigures.Weighting.TIME, java.util.OptionalDouble.of(0.5));
        HaccpUnit odd = new HaccpUnit(unit.id(), unit.name(), unit.kind(), unit.location(), unit.instrument(), unit.limits(),
                unit.maxGap(), unit.readings(), unit.deviations(), unit.missingChecks(), given,
                new Completeness(List.of("3 manglende kontroller")), Signed.PART);
        HaccpReport report = new HaccpReport("Bærum storkjøkken", SampleHaccp.FROM, SampleHaccp.TO, "Kari", at(8, 9, 0),
                SampleHaccp.OSLO, List.of(odd), List.of());
        List<String> pages = Pdfs.pageTexts(render(report));
        assertThat(Pdfs.flat(pages.getFirst())).contains("Fryserom 12345 −30,5 °C −11,2 °C −19,9 °C 43,2 % 0 0 Delvis Ufullstendig",
                "Fryserom: 3 manglende kontroller.");
        assertThat(Pdfs.flat(pages.get(1))).contains("7 i avrimings- eller pausevindu, ikke regnet med",
                "i grønt område 43,2 % av tiden med data · data for 50,0 % av perioden",
                "Ufullstendig: 3 manglende kontroller.");
    }

    @Test
    void aRecordTheConsoleFoundIncompleteForItsChainIsStampedEvenWithCompleteUnits() {
        HaccpReport base = SampleHaccp.completeReport();
        HaccpReport broken = new HaccpReport(base.kitchenName(), base.periodFrom(), base.periodTo(), base.responsiblePerson(),
                base.generatedAt(), base.timeZone(), base.units(), base.signOffs(), List.of(),
                List.of("Hash-kjeden er brutt: 2 funn"));
        String first = Pdfs.flat(Pdfs.pageTexts(render(broken)).getFirst());
        assertThat(first).contains("Ufullstendig:", "– Hash-kjeden er brutt: 2 funn.").doesNotContain("Fullstendig: alle");
        assertThat(first.replace(" ", "")).contains("UFULLSTENDIG");
    }

    @Test
    void aManualUnitsShareIsOfItsReadingsAndHasNoCoverage() {
        String van = Pdfs.flat(Pdfs.pageTexts(render(SampleHaccp.report())).get(3));
        assertThat(van).contains("av målingene").doesNotContain("data for");
    }

    @Test
    void longFreeTextNeverRunsIntoTheFooter() {
        HaccpUnit unit = SampleHaccp.coldRoom();
        String longAction = "Tiltak beskrevet i detalj. ".repeat(800);
        List<Deviation> deviations = List.of(new Deviation(at(2, 10, 20), java.util.Optional.of(at(2, 11, 30)), 7.9,
                Level.YELLOW, "Over 4 °C", java.util.Optional.of(new CorrectiveAction("Ukjent", longAction,
                FoodOutcome.DISCARDED, "Ingrid", at(2, 12, 0)))));
        HaccpUnit verbose = new HaccpUnit(unit.id(), unit.name(), unit.kind(), unit.location(), unit.instrument(),
                unit.limits(), unit.maxGap(), unit.readings(), deviations, unit.missingChecks(), unit.figures(),
                unit.completeness(), unit.signed());
        HaccpReport report = new HaccpReport("Bærum storkjøkken", SampleHaccp.FROM, SampleHaccp.TO, "Kari", at(8, 9, 0),
                SampleHaccp.OSLO, List.of(verbose), List.of());
        RenderResult[] result = new RenderResult[1];
        byte[] pdf = Pdfs.bytes(out -> result[0] = renderer.render(report, out));
        assertThat(result[0].warnings()).extracting(w -> w.field()).containsExactly("correctiveAction");
        assertThat(String.join(" ", Pdfs.pageTexts(pdf))).contains("…");
    }
}
