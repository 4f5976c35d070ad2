package no.smartmat.console.haccp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.smartmat.console.testsupport.Cli;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper, the screen and the command line say the same: one day with a freezer's defrost readings (suppressed), a
 * cooling that ended too warm (red), a missed round and vans with no readings is reported as a PDF by
 * {@code haccp report}, read back, and every figure is compared with what the history screen's service and
 * {@code haccp status} give for the same day.
 */
class HaccpReportAgreesTest {

    static final LocalDate SUNDAY = HaccpKitchen.MONDAY.minusDays(1);

    @TempDir
    Path dir;
    HaccpKitchen k;

    @BeforeEach
    void aSundayInTheKitchen() {
        k = HaccpKitchen.create(dir.resolve("kitchen"));
        double[] coldRoom = new double[96];
        double[] freezer = new double[96];
        for (int i = 0; i < 96; i++) {
            coldRoom[i] = 2.8 + (i % 5) * 0.2;
            freezer[i] = -20.0 - (i % 4) * 0.4;
        }
        coldRoom[40] = 6.5; // 10:00 and 10:15 a door stood open; back at 10:30: yellow, too short for a deviation
        coldRoom[41] = 6.1;
        for (int defrost : new int[] {12, 13, 14, 60, 61, 62}) { // 03:00-03:30 and 15:00-15:30
            freezer[defrost] = -13.0 + (defrost % 3) * 0.4;
        }
        k.clock.set(SUNDAY.plusDays(1).atTime(0, 5));
        k.sensor("KR-1", SUNDAY.atStartOfDay(), coldRoom);
        k.sensor("FR-1", SUNDAY.atStartOfDay(), freezer);

        k.clock.set(SUNDAY.atTime(7, 41));
        assertThat(k.haccp.readings().record(k.entry("KS-1", "3,2", "07:40"), k.kitchen).isValid()).isTrue();
        // no afternoon round for KS-1: a missing check

        k.clock.set(SUNDAY.atTime(9, 1));
        assertThat(k.haccp.readings().record(cooling("78", "09:00", ReadingRule.COOLING_START, Optional.empty()), k.kitchen)
                .isValid()).isTrue();
        k.clock.set(SUNDAY.atTime(11, 31));
        assertThat(k.haccp.readings().record(cooling("14,5", "11:30", ReadingRule.COOLING_END,
                Optional.of(HaccpKitchen.deviation("For stor gryte i nedkjøleren", "Maten kastet", "DISCARDED"))),
                k.kitchen).isValid()).isTrue();
        k.clock.set(HaccpKitchen.MONDAY.atTime(10, 0));
    }

    private ReadingService.ManualEntry cooling(String value, String at, String occasion,
                                               Optional<ReadingService.DeviationEntry> deviation) {
        return new ReadingService.ManualEntry(k.unitId("NK-1"), value, at, MeasureMethod.PROBE, "TERM-1", occasion,
                deviation);
    }

    @Test
    void theReportTheScreenAndHaccpStatusGiveEveryUnitTheSameFigures() throws IOException {
        Path pdf = dir.resolve("haccp.pdf");
        Cli.Run report = Cli.in(k.app.dataDir(), "haccp", "report", "--from", SUNDAY.toString(), "--to", SUNDAY.toString(),
                "--out", pdf.toString());
        Cli.Run status = Cli.in(k.app.dataDir(), "haccp", "status", "--from", SUNDAY.toString(), "--to",
                SUNDAY.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(status.exit()).as(status.err()).isZero();
        List<String> pages = pages(pdf);
        String summary = flat(pages.getFirst());
        summary = summary.substring(summary.indexOf("Oversikt Enhet"));
        HaccpReport built = k.haccp.reports().build(SUNDAY, SUNDAY, Optional.empty(), "test");

        List<String> compared = new ArrayList<>();
        for (HaccpReport.UnitSection section : built.units()) {
            ColdUnit unit = section.unit();
            // What the history screen shows for the unit and the day, from its own call.
            UnitFigures screen = k.haccp.reports().unit(unit.id(), SUNDAY, SUNDAY).orElseThrow().figures();
            assertThat(screen).isEqualTo(section.figures());

            // A name too long for its cell wraps, and its second line is read after the row: match its first two words.
            String name = String.join(" ", java.util.Arrays.asList(unit.label().split(" ")).subList(0, 2));
            Matcher row = matcher(Pattern.quote(name) + "[^°%]*?(\\d+) (" + CELSIUS + ") (" + CELSIUS + ") ("
                    + CELSIUS + ") (" + PERCENT + ") (\\d+) (\\d+) (Ja|Nei|Delvis) (OK|Ufullstendig)", summary);
            assertThat(Integer.parseInt(row.group(1))).as(unit.code() + " readings").isEqualTo(screen.readings());
            assertThat(number(row.group(2))).as(unit.code() + " min").isEqualTo(rounded(screen.min()));
            assertThat(number(row.group(3))).as(unit.code() + " max").isEqualTo(rounded(screen.max()));
            assertThat(number(row.group(4))).as(unit.code() + " mean").isEqualTo(rounded(screen.mean()));
            assertThat(number(row.group(5))).as(unit.code() + " in range").isEqualTo(percent(screen.inRange()));
            assertThat(Integer.parseInt(row.group(6))).as(unit.code() + " deviations").isEqualTo(section.deviations().size());
            assertThat(Integer.parseInt(row.group(7))).as(unit.code() + " missing").isEqualTo(section.missingChecks().size());
            assertThat(row.group(9).equals("OK")).as(unit.code() + " complete").isEqualTo(section.complete());

            String page = flat(pages.stream().skip(1).filter(p -> flat(p).contains(unit.label() + " ")).findFirst()
                    .orElseThrow());
            if (screen.mean().isPresent()) {
                Matcher figures = matcher("Min (" + CELSIUS + ") · maks (" + CELSIUS + ") · snitt (" + CELSIUS
                        + ") · i grønt område (" + PERCENT + ") (av tiden med data · data for (" + PERCENT
                        + ") av perioden|av målingene)", page);
                assertThat(number(figures.group(1))).isEqualTo(rounded(screen.min()));
                assertThat(number(figures.group(4))).isEqualTo(percent(screen.inRange()));
                assertThat(figures.group(6) == null ? "–" : number(figures.group(6))).isEqualTo(percent(screen.coverage()));
            }
            assertThat(page.contains(screen.suppressed() + " i avrimings- eller pausevindu"))
                    .as(unit.code() + " suppressed").isEqualTo(screen.suppressed() > 0);

            Matcher line = matcher(Pattern.quote(unit.label()) + ": (?<n>\\d+|ingen) måling(er)?(, min (?<min>" + CELSIUS
                    + "), maks (?<max>" + CELSIUS + "), snitt (?<mean>" + CELSIUS + "), i grønt (?<share>\\d+,\\d) %)?"
                    + "[^;]*; (?<dev>ingen|\\d+) avvik, (?<miss>ingen|\\d+) manglende kontroll(er)?; "
                    + "(?<done>fullstendig|ufullstendig)", flat(status.out()));
            assertThat(count(line.group("n"))).as(unit.code() + " status readings").isEqualTo(screen.readings());
            if (screen.mean().isPresent()) {
                assertThat(number(line.group("min"))).isEqualTo(rounded(screen.min()));
                assertThat(number(line.group("max"))).isEqualTo(rounded(screen.max()));
                assertThat(number(line.group("mean"))).isEqualTo(rounded(screen.mean()));
                assertThat(number(line.group("share"))).isEqualTo(percent(screen.inRange()));
            }
            assertThat(count(line.group("dev"))).isEqualTo(section.deviations().size());
            assertThat(count(line.group("miss"))).isEqualTo(section.missingChecks().size());
            assertThat(line.group("done").equals("fullstendig")).isEqualTo(section.complete());
            compared.add(unit.code());
        }
        assertThat(compared).contains("KR-1", "FR-1", "KS-1", "NK-1", "BIL-01-KJØL");
        assertThat(flat(pages.getFirst())).contains(built.complete() ? "Fullstendig:" : "Ufullstendig:");
        assertThat(flat(status.out())).contains(built.complete() ? "fullstendig." : "UFULLSTENDIG");
    }

    @Test
    void theDayHoldsWhatTheComparisonIsAbout() {
        HaccpReport built = k.haccp.reports().build(SUNDAY, SUNDAY, Optional.empty(), "test");
        HaccpReport.UnitSection freezer = section(built, "FR-1");
        HaccpReport.UnitSection cooling = section(built, "NK-1");
        HaccpReport.UnitSection fridge = section(built, "KS-1");
        HaccpReport.UnitSection coldRoom = section(built, "KR-1");

        assertThat(freezer.figures().suppressed()).isEqualTo(6);
        assertThat(freezer.figures().max().orElseThrow()).as("defrost readings are not counted").isLessThan(-19);
        assertThat(freezer.deviations()).isEmpty();
        assertThat(cooling.readings()).extracting(HaccpReport.ReportReading::level).containsExactly(Level.GREEN, Level.RED);
        assertThat(cooling.deviations()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeviationKind.COOLING_TOO_SLOW);
            assertThat(d.severity()).isEqualTo(Level.RED);
        });
        assertThat(cooling.figures().weighting()).isEqualTo(UnitFigures.Weighting.COUNT);
        assertThat(cooling.figures().inRange().orElseThrow()).isEqualTo(0.5);
        assertThat(fridge.missingChecks()).singleElement().satisfies(m -> assertThat(m.roundId()).contains("AFTERNOON"));
        assertThat(fridge.complete()).isFalse();
        assertThat(coldRoom.figures().weighting()).isEqualTo(UnitFigures.Weighting.TIME);
        assertThat(coldRoom.figures().inRange().orElseThrow()).isCloseTo(94.0 / 96, within(1e-9));
        assertThat(coldRoom.deviations()).isEmpty();
    }

    @Test
    void aRedCoolingPrintsRedAndItsBandsAreTheRules() throws IOException {
        Path pdf = dir.resolve("nk.pdf");
        assertThat(Cli.in(k.app.dataDir(), "haccp", "report", "--from", SUNDAY.toString(), "--to", SUNDAY.toString(),
                "--unit", "NK-1", "--out", pdf.toString()).exit()).isZero();
        String page = flat(pages(pdf).get(1));
        String cells = flat(drawnText(pdf));

        assertThat(page).contains("Grenser: grønn ≤ 10,0 °C · rød mellom 10,0 og 60,0 °C · grønn ≥ 60,0 °C",
                "Avvik (1)", "Målinger: 2 (0 fra sensor, 2 manuelle)", "i grønt område 50,0 % av målingene");
        // The deviation runs from the cooling's start to its end, and its extreme is where it ended.
        assertThat(cells).contains("22.11. kl. 09:00 – 22.11. kl. 11:30 (2 t 30 min)", "14,5 °C Rød",
                "Nedkjøling fra 60 °C til 10 °C skal ta høyst 120 min");
    }

    private static HaccpReport.UnitSection section(HaccpReport r, String code) {
        return r.units().stream().filter(s -> s.unit().code().equals(code)).findFirst().orElseThrow();
    }

    private static final String CELSIUS = "[−-]?\\d+,\\d °C|–";
    private static final String PERCENT = "\\d+,\\d %|\\d+,\\d|–";

    private static Matcher matcher(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("«" + regex + "» in «" + text + "»").isTrue();
        return m;
    }

    /** "−21,3 °C" and "97,9 %" as "-21.3" and "97.9"; "–" (no value) as it is. */
    private static String number(String text) {
        return text.replace(" °C", "").replace(" %", "").replace('\u2212', '-').replace(',', '.').strip();
    }

    /** The service's value to one decimal, half up (as people read it everywhere), or "–" without one. */
    private static String rounded(OptionalDouble v) {
        return v.isPresent() ? new java.math.BigDecimal(v.getAsDouble()).setScale(1, java.math.RoundingMode.HALF_UP)
                .toPlainString() : "–";
    }

    private static String percent(OptionalDouble share) {
        return share.isPresent() ? rounded(OptionalDouble.of(100 * share.getAsDouble())) : "–";
    }

    private static int count(String text) {
        return text.equals("ingen") ? 0 : Integer.parseInt(text);
    }

    static List<String> pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    /** The text in the order it was drawn: a table cell's lines stay together. */
    static String drawnText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
