package no.smartmat.reports.labels;

import static no.smartmat.reports.samples.SampleLabels.DAY;
import static no.smartmat.reports.samples.SampleLabels.LONG_NAME;
import static no.smartmat.reports.samples.SampleLabels.label;
import static no.smartmat.reports.samples.SampleLabels.sscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;

import no.smartmat.reports.common.Address;
import no.smartmat.reports.common.Mm;
import no.smartmat.reports.common.RenderResult;
import no.smartmat.reports.common.RenderWarning;
import no.smartmat.reports.common.TimeWindow;
import no.smartmat.reports.common.Zone;
import no.smartmat.reports.samples.SampleLabels;
import no.smartmat.reports.testing.Pdfs;

class LabelRendererTest {

    private final LabelRenderer renderer = new LabelRenderer();

    private byte[] render(List<Label> labels, LabelLayout layout) {
        return Pdfs.bytes(out -> renderer.render(labels, layout, out));
    }

    private static List<Label> numbered(int count) {
        List<Label> labels = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            labels.add(label(sscc(1000 + i), "Bruker " + String.format("%03d", i), Math.min(i, 40), 40,
                    Zone.values()[i % 3], 1, 1));
        }
        return labels;
    }

    @Test
    void thermal100x150PrintsOneLabelPerPageOfExactlyThatSize() {
        byte[] pdf = render(numbered(3), LabelLayout.of(LabelLayout.Format.THERMAL_100X150));
        assertThat(Pdfs.pageSizes(pdf)).hasSize(3).allSatisfy(size -> {
            assertThat(size.getWidth()).isCloseTo(Mm.pt(100), within(0.01f));
            assertThat(size.getHeight()).isCloseTo(Mm.pt(150), within(0.01f));
        });
    }

    @Test
    void thermal100x50PrintsOneLabelPerPageOfExactlyThatSize() {
        byte[] pdf = render(numbered(2), LabelLayout.of(LabelLayout.Format.THERMAL_100X50));
        assertThat(Pdfs.pageSizes(pdf)).hasSize(2).allSatisfy(size -> {
            assertThat(size.getWidth()).isCloseTo(Mm.pt(100), within(0.01f));
            assertThat(size.getHeight()).isCloseTo(Mm.pt(50), within(0.01f));
        });
    }

    @Test
    void a4SheetsHoldTwentyFourLabels() {
        byte[] pdf = render(numbered(30), LabelLayout.of(LabelLayout.Format.A4_3X8));
        List<PDRectangle> sizes = Pdfs.pageSizes(pdf);
        assertThat(sizes).hasSize(2);
        assertThat(sizes.getFirst().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
        assertThat(sizes.getFirst().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(Pdfs.count(pages.get(0), "Bruker ")).isEqualTo(24);
        assertThat(Pdfs.count(pages.get(1), "Bruker ")).isEqualTo(6);
    }

    @Test
    void skippedPositionsLeaveTheStartOfAUsedSheetEmpty() {
        byte[] pdf = render(numbered(30), LabelLayout.of(LabelLayout.Format.A4_3X8).withSkippedPositions(5));
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(Pdfs.count(pages.get(0), "Bruker ")).isEqualTo(19);
        assertThat(Pdfs.count(pages.get(1), "Bruker ")).isEqualTo(11);
        assertThat(firstPosition(pdf, "STOPP").getXDirAdj()).isGreaterThan(Mm.pt(140)); // position 6 is the third column
    }

    @ParameterizedTest
    @EnumSource(LabelLayout.Format.class)
    void keepsTheOrderTheCallerGave(LabelLayout.Format format) {
        List<Label> labels = numbered(30).reversed();
        String text = String.join("\n", Pdfs.pageTexts(render(labels, LabelLayout.of(format))));
        int previous = -1;
        for (Label label : labels) {
            int at = text.indexOf(label.clientName());
            assertThat(at).as(label.clientName()).isGreaterThan(previous);
            previous = at;
        }
    }

    @ParameterizedTest
    @EnumSource(LabelLayout.Format.class)
    void printsASixtyCharacterNameWithAeoaInFullOnEveryLayout(LabelLayout.Format format) {
        assertThat(LONG_NAME).hasSize(60);
        Label label = label(sscc(7), LONG_NAME, 7, 23, Zone.CHILLED, 2, 3);
        RenderResult[] result = new RenderResult[1];
        byte[] pdf = Pdfs.bytes(out -> result[0] = renderer.render(List.of(label), LabelLayout.of(format), out));
        String text = Pdfs.flat(Pdfs.pageTextsInDrawingOrder(pdf).getFirst());
        assertThat(text.replace("- ", "-")).contains(LONG_NAME);
        assertThat(result[0].warnings()).isEmpty();
    }

    @Test
    void showsEverythingTheDriverAndPackerNeed() {
        byte[] pdf = render(SampleLabels.showcase(), LabelLayout.of(LabelLayout.Format.THERMAL_100X150));
        String first = Pdfs.flat(Pdfs.pageTexts(pdf).getFirst());
        assertThat(first).contains("STOPP", "17", "av 23", "KJØL", "BIL-12", "Siv Åsmund Nordmann-Kjærstad",
                "Tirsdag 1.12.", "10:00–12:30", "Øvre Ullern terrasse 117 B", "0380 Oslo", "Ullern og Bestum",
                "POSE", "2 av 3", "SETTES I KJØLESKAP", "Adkomst: se kjøreliste", "Kost: GLUTEN, LAKTOSE",
                "(00) 370400001234567895");
        String second = Pdfs.flat(Pdfs.pageTexts(pdf).get(1));
        assertThat(second).contains("FRYS", "SETTES I FRYSER").doesNotContain("KJØLESKAP").doesNotContain("Kost");
        assertThat(Pdfs.flat(Pdfs.pageTexts(pdf).get(2))).contains("TØRR").doesNotContain("kjøreliste");
        assertThat(Pdfs.flat(Pdfs.pageTexts(pdf).get(3))).contains("Ánde Ŋuolláš Čiekčá Đuoddaris", "Máret Ŧoaddi");
    }

    @Test
    void printsDietCodesOnlyWhenTheCallerPassesThem() {
        Label without = label(sscc(1), "Kari Nordmann", 1, 2, Zone.CHILLED, 1, 1);
        Label with = new Label(sscc(2), "Per Ås", without.address(), Optional.empty(), "BIL-3", "Ole", 2, 2, DAY,
                TimeWindow.of("11:00", "13:00"), Zone.CHILLED, 1, 1, Optional.empty(), false, List.of("GLUTEN"));
        for (LabelLayout.Format format : LabelLayout.Format.values()) {
            List<String> pages = Pdfs.pageTexts(render(List.of(without, with), LabelLayout.of(format)));
            String all = Pdfs.flat(String.join(" ", pages));
            assertThat(Pdfs.count(all, "Kost:")).as(format.name()).isEqualTo(1);
            assertThat(all).contains("Kost: GLUTEN");
        }
    }

    @ParameterizedTest
    @EnumSource(LabelLayout.Format.class)
    void barcodesDecodeFromTheRenderedPage(LabelLayout.Format format) {
        List<Label> labels = List.of(SampleLabels.showcase().get(0), SampleLabels.showcase().get(2));
        byte[] pdf = render(labels, LabelLayout.of(format).withQrCode(true));
        List<Result> found = new ArrayList<>();
        for (int page = 0; page < Pdfs.pageSizes(pdf).size(); page++) {
            found.addAll(Pdfs.barcodes(Pdfs.image(pdf, page, 300)));
        }
        List<Result> linear = found.stream().filter(r -> r.getBarcodeFormat() == BarcodeFormat.CODE_128).toList();
        assertThat(linear).extracting(Result::getText)
                .containsExactlyInAnyOrder("00" + labels.get(0).packageCode(), labels.get(1).packageCode());
        assertThat(linear).filteredOn(r -> r.getText().startsWith("00"))
                .allSatisfy(r -> assertThat(r.getResultMetadata()).containsEntry(ResultMetadataType.SYMBOLOGY_IDENTIFIER, "]C1"));
        List<String> qr = found.stream().filter(r -> r.getBarcodeFormat() == BarcodeFormat.QR_CODE).map(Result::getText).toList();
        if (format == LabelLayout.Format.A4_3X8) {
            assertThat(qr).isEmpty();
        } else {
            assertThat(qr).containsExactlyInAnyOrder(labels.get(0).packageCode(), labels.get(1).packageCode());
        }
    }

    @Test
    void anInvalidSsccIsPrintedAsPlainCode128WithAWarning() {
        String wrongCheckDigit = sscc(5).substring(0, 17) + ((sscc(5).charAt(17) - '0' + 1) % 10);
        Label label = label(wrongCheckDigit, "Kari Nordmann", 1, 1, Zone.CHILLED, 1, 1);
        RenderResult[] result = new RenderResult[1];
        byte[] pdf = Pdfs.bytes(out -> result[0] = renderer.render(List.of(label), LabelLayout.of(LabelLayout.Format.THERMAL_100X150), out));
        assertThat(result[0].warnings()).extracting(RenderWarning::kind).containsExactly(RenderWarning.Kind.INVALID_SSCC);
        assertThat(Pdfs.barcodes(Pdfs.image(pdf, 0, 300))).extracting(Result::getText).contains(wrongCheckDigit);
        assertThat(Pdfs.flat(Pdfs.pageTexts(pdf).getFirst())).doesNotContain("(00)");
    }

    @Test
    void aPackageCodeThatCannotBeABarcodeIsSaidOnTheLabelAndInTheResult() {
        Label label = label("PAKKE-ÆØÅ-1", "Kari Nordmann", 1, 1, Zone.CHILLED, 1, 1);
        RenderResult[] result = new RenderResult[1];
        byte[] pdf = Pdfs.bytes(out -> result[0] = renderer.render(List.of(label), LabelLayout.of(LabelLayout.Format.THERMAL_100X50), out));
        assertThat(result[0].warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(RenderWarning.Kind.BARCODE_NOT_DRAWN);
            assertThat(w.item()).contains("Etikett 1");
            assertThat(w.message()).contains("PAKKE-ÆØÅ-1");
        });
        assertThat(Pdfs.flat(Pdfs.pageTexts(pdf).getFirst())).contains("INGEN STREKKODE", "PAKKE-ÆØÅ-1");
    }

    @Test
    void textThatCannotFitIsCutVisiblyAndReported() {
        String street = "Veien med det aller lengste gatenavnet i hele Bærum kommune og omegn, oppgang C, "
                + "leilighet H0304, ringeklokke merket med navnet til datteren";
        Label label = new Label(sscc(9), "Kari Nordmann", new Address(street, "1337", "Sandvika"), Optional.empty(),
                "BIL-3", "Ole", 1, 1, DAY, TimeWindow.of("11:00", "13:00"), Zone.CHILLED, 1, 1, Optional.empty(), false, List.of());
        RenderResult[] result = new RenderResult[1];
        byte[] pdf = Pdfs.bytes(out -> result[0] = renderer.render(List.of(label), LabelLayout.of(LabelLayout.Format.A4_3X8), out));
        assertThat(result[0].warnings()).extracting(RenderWarning::kind).containsExactly(RenderWarning.Kind.TEXT_TRUNCATED);
        assertThat(result[0].warnings().getFirst().text()).contains(street);
        assertThat(Pdfs.pageTexts(pdf).getFirst()).contains("…").contains("Veien med det");
    }

    @Test
    void offsetsMoveEverythingForPrinterDrift() {
        List<Label> one = List.of(label(sscc(1), "Kari Nordmann", 1, 1, Zone.CHILLED, 1, 1));
        LabelLayout plain = LabelLayout.of(LabelLayout.Format.THERMAL_100X150);
        TextPosition before = firstPosition(render(one, plain), "STOPP");
        TextPosition after = firstPosition(render(one, plain.withOffset(2, -1.5)), "STOPP");
        assertThat(after.getXDirAdj() - before.getXDirAdj()).isCloseTo(Mm.pt(2), within(0.05f));
        assertThat(after.getYDirAdj() - before.getYDirAdj()).isCloseTo(Mm.pt(-1.5), within(0.05f));
    }

    @Test
    void refusesAnEmptyListInsteadOfWritingAnEmptyPdf() {
        assertThatThrownBy(() -> renderer.render(List.of(), LabelLayout.of(LabelLayout.Format.A4_3X8), java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsLayoutsThatCannotBePrinted() {
        LabelLayout thermal = LabelLayout.of(LabelLayout.Format.THERMAL_100X150);
        assertThatThrownBy(() -> thermal.withOffset(12, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> thermal.withSkippedPositions(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> thermal.withPadding(30)).isInstanceOf(IllegalArgumentException.class);
        assertThat(LabelLayout.of(LabelLayout.Format.A4_3X8).withSkippedPositions(23).skipPositions()).isEqualTo(23);
    }

    @Test
    void rejectsImpossibleStopAndBagNumbers() {
        assertThatThrownBy(() -> label(sscc(1), "X", 24, 23, Zone.CHILLED, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> label(sscc(1), "X", 1, 23, Zone.CHILLED, 4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Position of the first character of the first occurrence of {@code word} on page 1. */
    private static TextPosition firstPosition(byte[] pdf, String word) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            TextPosition[] found = new TextPosition[1];
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    int at = text.indexOf(word);
                    if (found[0] == null && at >= 0) {
                        found[0] = positions.get(at);
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(doc);
            assertThat(found[0]).as("'" + word + "' on page 1").isNotNull();
            return found[0];
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
