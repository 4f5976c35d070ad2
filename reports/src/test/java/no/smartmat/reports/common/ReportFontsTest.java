package no.smartmat.reports.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFontsTest {

    @Test
    void drawsNorwegianSamiAndTemperatureSymbols() {
        String text = "æøå ÆØÅ ≤ 4 °C − 18 áčđŋšŧž ÁČĐŊŠŦŽ «…» –";
        text.codePoints().filter(cp -> cp != ' ').forEach(cp ->
                assertThat(ReportFonts.canDisplay(cp)).as("U+%04X", cp).isTrue());
        Warnings warnings = new Warnings();
        assertThat(ReportFonts.clean(text, warnings, "f")).isEqualTo(text);
        assertThat(warnings.toList()).isEmpty();
    }

    @Test
    void replacesCharactersTheFontLacksAndSaysSo() {
        Warnings warnings = new Warnings();
        warnings.item("Etikett 3");
        String cleaned = ReportFonts.clean("Kari 漢 Nordmann", warnings, "clientName");
        assertThat(cleaned).isEqualTo("Kari ? Nordmann");
        assertThat(warnings.toList()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(RenderWarning.Kind.CHARACTER_REPLACED);
            assertThat(w.item()).isEqualTo("Etikett 3");
            assertThat(w.field()).isEqualTo("clientName");
            assertThat(w.text()).isEqualTo("Kari 漢 Nordmann");
        });
    }

    @Test
    void composesDecomposedLettersSoTheyUseOneGlyph() {
        String decomposed = "A\u030Ase Sa\u0301mi";
        assertThat(ReportFonts.clean(decomposed, new Warnings(), "f")).isEqualTo("Åse Sámi");
    }

    @Test
    void turnsLineBreaksTabsAndControlCharactersIntoSingleSpaces() {
        assertThat(ReportFonts.clean("  Kari\tNord\r\nmann\u0007 \u00AD ", new Warnings(), "f")).isEqualTo("Kari Nord mann");
    }

    @Test
    void keepsLineBreaksWhenAskedButNotBlankRuns() {
        assertThat(ReportFonts.cleanKeepingLines("Linje 1  \r\nLinje 2\n\n\n\nLinje 3", new Warnings(), "f"))
                .isEqualTo("Linje 1\nLinje 2\n\nLinje 3");
    }
}
