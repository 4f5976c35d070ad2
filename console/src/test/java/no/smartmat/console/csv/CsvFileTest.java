package no.smartmat.console.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static CsvFile ok(String name, byte[] bytes) {
        return ((CsvFile.ReadResult.Ok) CsvFile.read(name, bytes)).file();
    }

    @Test
    void detectsSemicolonCommaAndTabFromTheHeader() {
        assertThat(ok("a", "a;b\n1;2\n".getBytes()).delimiter()).isEqualTo(';');
        assertThat(ok("a", "a,b\n1,2\n".getBytes()).delimiter()).isEqualTo(',');
        assertThat(ok("a", "a\tb\n1\t2\n".getBytes()).delimiter()).isEqualTo('\t');
    }

    @Test
    void rowsKnowTheFileLineTheyStartOnAcrossBlankLinesAndQuotedLineBreaks() {
        CsvFile f = ok("a", "name;note\n\nOla;\"første\nandre\"\nKari;x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(f.rows()).extracting(CsvFile.Row::line).containsExactly(3, 5);
        assertThat(f.rows().getFirst().get("note")).isEqualTo("første\nandre");
    }

    @Test
    void stripsTheBomAndFallsBackToWindows1252() {
        byte[] bom = "\uFEFFnavn\nÅse\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ok("a", bom).header()).containsExactly("navn");
        CsvFile latin = ok("b", "navn\nØystein Ærø\n".getBytes(CsvFile.WINDOWS_1252));
        assertThat(latin.wasLatin1()).isTrue();
        assertThat(latin.rows().getFirst().get("navn")).isEqualTo("Øystein Ærø");
    }

    @Test
    void emptyAndBinaryFilesAreReportedNotThrown() {
        assertThat(CsvFile.read("tom.csv", new byte[0])).isInstanceOf(CsvFile.ReadResult.Failed.class);
        assertThat(CsvFile.read("tom.csv", "\n\n".getBytes())).isInstanceOf(CsvFile.ReadResult.Failed.class);
        assertThat(CsvFile.read("bilde.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})).isInstanceOf(CsvFile.ReadResult.Failed.class);
    }
}
