package no.smartmat.console.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.i18n.UserMessage;
import org.junit.jupiter.api.Test;

/** {@link CsvFile#stream}: the same detection and line numbers as {@link CsvFile#read}, row by row. */
class CsvFileStreamTest {

    private record Streamed(Optional<UserMessage> failure, CsvFile.Layout layout, List<Integer> lines, List<List<String>> rows) {}

    private static Streamed stream(byte[] bytes) throws Exception {
        List<Integer> lines = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        CsvFile.Layout[] layout = new CsvFile.Layout[1];
        Optional<UserMessage> failure = CsvFile.stream("f.csv", () -> new ByteArrayInputStream(bytes), new CsvFile.RowSink() {
            @Override
            public boolean layout(CsvFile.Layout l) {
                layout[0] = l;
                return true;
            }

            @Override
            public void row(int line, List<String> values) {
                lines.add(line);
                rows.add(values);
            }
        });
        return new Streamed(failure, layout[0], lines, rows);
    }

    @Test
    void rowsKnowTheFileLineTheyStartOnAcrossBlankLinesAndQuotedLineBreaks() throws Exception {
        Streamed s = stream("name;note\r\n\r\nOla;\"første\nandre\"\r\nKari;x\n\n\nPer;y\n".getBytes(StandardCharsets.UTF_8));

        assertThat(s.failure()).isEmpty();
        assertThat(s.lines()).containsExactly(3, 5, 8);
        assertThat(s.rows().getFirst()).containsExactly("Ola", "første\nandre");
        assertThat(s.layout().index("NOTE")).isEqualTo(1);
    }

    @Test
    void stripsTheBomAndFallsBackToWindows1252() throws Exception {
        Streamed utf8 = stream("\uFEFFnavn;by\nÅse;Bærum\n".getBytes(StandardCharsets.UTF_8));
        Streamed latin = stream("navn\nØystein Ærø\n".getBytes(CsvFile.WINDOWS_1252));

        assertThat(utf8.layout().header()).containsExactly("navn", "by");
        assertThat(utf8.layout().wasLatin1()).isFalse();
        assertThat(latin.layout().wasLatin1()).isTrue();
        assertThat(latin.rows().getFirst()).containsExactly("Øystein Ærø");
    }

    @Test
    void emptyAndBinaryFilesAreReportedNotThrown() throws Exception {
        assertThat(stream(new byte[0]).failure()).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("csv.error.empty"));
        assertThat(stream("\n\n".getBytes()).failure()).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("csv.error.empty"));
        assertThat(stream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}).failure())
                .hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("csv.error.binary"));
    }
}
