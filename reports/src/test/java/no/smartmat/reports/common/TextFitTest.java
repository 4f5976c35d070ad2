package no.smartmat.reports.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextFitTest {

    private static PDDocument document;
    private static FontFace bold;

    @BeforeAll
    static void embedFonts() throws IOException {
        document = new PDDocument();
        bold = ReportFonts.embedIn(document).bold();
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void keepsTheLargestSizeWhenTheTextFits() {
        FittedText fitted = TextFit.line(bold, "Per Ås", 20, 8, 200);
        assertThat(fitted.size()).isEqualTo(20);
        assertThat(fitted.lines()).containsExactly("Per Ås");
        assertThat(fitted.truncated()).isFalse();
    }

    @Test
    void shrinksBeforeItWrapsOntoMoreLinesThanAllowed() {
        String name = "Kristine Øvrebø-Bjørnstad";
        float natural = bold.width(name, 20);
        FittedText fitted = TextFit.line(bold, name, 20, 6, natural * 0.8f);
        assertThat(fitted.size()).isLessThan(20).isGreaterThanOrEqualTo(6);
        assertThat(fitted.lines()).containsExactly(name);
        assertThat(bold.width(fitted.lines().getFirst(), fitted.size())).isLessThanOrEqualTo(natural * 0.8f + 0.01f);
    }

    @Test
    void wrapsAtSpacesAndAfterHyphensKeepingEveryCharacter() {
        String name = "Åse Kristine Øvrebø-Bjørnstad Ærlighetsen Márjá Sæther Hågen";
        FittedText fitted = TextFit.lines(bold, name, 12, 12, 120, 10);
        assertThat(fitted.lines()).hasSizeGreaterThan(1);
        assertThat(String.join(" ", fitted.lines()).replace("- ", "-")).isEqualTo(name);
        fitted.lines().forEach(l -> assertThat(bold.width(l, 12)).isLessThanOrEqualTo(120.01f));
    }

    @Test
    void cutsWithAnEllipsisOnlyWhenTheMinimumSizeStillDoesNotFit() {
        String text = "Øvre Ullern terrasse 117 B, leilighet H0304, inngang fra gårdsplassen bak butikken";
        FittedText fitted = TextFit.line(bold, text, 12, 9, 100);
        assertThat(fitted.truncated()).isTrue();
        assertThat(fitted.size()).isEqualTo(9);
        assertThat(fitted.lines()).hasSize(1);
        assertThat(fitted.lines().getFirst()).endsWith("…").startsWith("Øvre");
        assertThat(bold.width(fitted.lines().getFirst(), 9)).isLessThanOrEqualTo(100.01f);
    }

    @Test
    void breaksAWordWiderThanTheBoxBetweenLetters() {
        FittedText fitted = TextFit.wrapAll(bold, "Nøkkelboksplasseringsbeskrivelse", 10, 60);
        assertThat(fitted.lines()).hasSizeGreaterThan(1);
        assertThat(String.join("", fitted.lines())).isEqualTo("Nøkkelboksplasseringsbeskrivelse");
    }

    @Test
    void keepsLineBreaksOfNotes() {
        FittedText fitted = TextFit.wrapAll(bold, "Første linje\nAndre linje", 10, 400);
        assertThat(fitted.lines()).containsExactly("Første linje", "Andre linje");
    }

    @Test
    void boxUsesMoreLinesWhenTheHeightAllowsIt() {
        String text = "Åse Kristine Øvrebø-Bjørnstad Ærlighetsen";
        FittedText oneLine = TextFit.box(bold, text, 20, 6, 200, 12);
        FittedText twoLines = TextFit.box(bold, text, 20, 6, 200, 48);
        assertThat(oneLine.lines()).hasSize(1);
        assertThat(oneLine.truncated()).isFalse();
        assertThat(twoLines.lines()).hasSize(2);
        assertThat(twoLines.size()).isGreaterThan(oneLine.size());
        assertThat(twoLines.height()).isLessThanOrEqualTo(48.01f);
    }
}
