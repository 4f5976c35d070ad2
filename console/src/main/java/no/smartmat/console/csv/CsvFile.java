package no.smartmat.console.csv;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.i18n.UserMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as municipalities and suppliers actually send them: UTF-8 with or without BOM, or
 * Windows-1252/Latin-1 from Norwegian Excel; ';' (Excel in a Norwegian locale), ',' or tab separated,
 * detected from the header row. Rows keep the file line they start on, so every error can name it.
 */
public record CsvFile(String fileName, Charset charset, char delimiter, List<String> header, List<Row> rows) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public CsvFile {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row: the line it starts on and its values by (trimmed) column name. */
    public record Row(int line, Map<String, String> values) {
        public Row {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        public String get(String column) {
            return values.getOrDefault(column, "");
        }

        public boolean isBlank() {
            return values.values().stream().allMatch(String::isBlank);
        }
    }

    /** The file, or why it cannot be read as CSV at all (empty, no header). */
    public sealed interface ReadResult {
        record Ok(CsvFile file) implements ReadResult {}

        record Failed(UserMessage reason) implements ReadResult {}
    }

    public static ReadResult read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            return new ReadResult.Failed(UserMessage.of("csv.error.empty", fileName));
        }
        Charset charset = StandardCharsets.UTF_8;
        String text;
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            charset = WINDOWS_1252;
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.indexOf('\0') >= 0) {
            return new ReadResult.Failed(UserMessage.of("csv.error.binary", fileName));
        }
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (firstLine.isBlank()) {
            return new ReadResult.Failed(UserMessage.of("csv.error.empty", fileName));
        }
        char delimiter = detectDelimiter(firstLine);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            int[] lineStarts = lineStarts(text);
            for (CSVRecord record : parser) {
                int startLine = lineOf(lineStarts, firstNonBlank(text, record.getCharacterPosition()));
                if (header == null) {
                    header = record.stream().map(CsvFile::cleanHeader).toList();
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), i < record.size() ? record.get(i) : "");
                }
                if (record.size() > header.size()) {
                    values.put(EXTRA_VALUES, String.join(String.valueOf(delimiter),
                            record.toList().subList(header.size(), record.size())));
                }
                rows.add(new Row(startLine, values));
            }
            if (header == null) {
                return new ReadResult.Failed(UserMessage.of("csv.error.empty", fileName));
            }
            return new ReadResult.Ok(new CsvFile(fileName, charset, delimiter, header, rows));
        } catch (IOException | RuntimeException e) {
            return new ReadResult.Failed(UserMessage.of("csv.error.unparsable", fileName, String.valueOf(e.getMessage())));
        }
    }

    /** Key under which a row keeps values beyond the header's columns (a stray separator in a value). */
    public static final String EXTRA_VALUES = "\u0000extra";

    public boolean wasLatin1() {
        return !charset.equals(StandardCharsets.UTF_8);
    }

    /** The header's column matching {@code name}, ignoring case, spaces and underscores. */
    public Optional<String> column(String name) {
        String wanted = normalise(name);
        return header.stream().filter(h -> normalise(h).equals(wanted)).findFirst();
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "").replace("-", "");
    }

    private static String cleanHeader(String h) {
        return h.replace("\uFEFF", "").strip();
    }

    /** Offsets where each line begins: a record's character position becomes the line a person sees in an editor. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** The parser reports where it began reading, which includes the empty lines it skipped. */
    private static long firstNonBlank(String text, long position) {
        int p = (int) position;
        while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
            p++;
        }
        return p;
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = java.util.Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    static char detectDelimiter(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }
}
