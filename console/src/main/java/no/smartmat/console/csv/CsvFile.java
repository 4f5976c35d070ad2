package no.smartmat.console.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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

    /** Opens the file's bytes from the start; called once per pass. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** What {@link #stream} found before the first data row: encoding, separator and the header's columns. */
    public record Layout(String fileName, Charset charset, char delimiter, List<String> header) {
        public Layout {
            header = List.copyOf(header);
        }

        public boolean wasLatin1() {
            return !charset.equals(StandardCharsets.UTF_8);
        }

        /** The header's column matching {@code name}, ignoring case, spaces and underscores. */
        public Optional<String> column(String name) {
            String wanted = normalise(name);
            return header.stream().filter(h -> normalise(h).equals(wanted)).findFirst();
        }

        /** Position of the column matching {@code name} (as {@link #column}), or -1. */
        public int index(String name) {
            String wanted = normalise(name);
            for (int i = 0; i < header.size(); i++) {
                if (normalise(header.get(i)).equals(wanted)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Receives a streamed file: its layout once (return false to stop there), then each data row in order as
     * its values by position (more than the header's columns when a line has stray separators). Positions
     * rather than a map per row: at 400,000 rows the maps were most of the cost.
     */
    public interface RowSink {
        boolean layout(Layout layout);

        void row(int line, List<String> values);
    }

    /**
     * Like {@link #read}, with the same encoding and separator detection, for files too large to hold in
     * memory (a supplier's 50 MB batch): rows go to {@code sink} one by one. The file is read twice: once to
     * decide UTF-8 or Windows-1252 (which needs every byte), then to parse. Returns the failure, if any.
     */
    public static Optional<UserMessage> stream(String fileName, Source source, RowSink sink) throws IOException {
        Optional<Charset> detected = detectCharset(source);
        if (detected.isEmpty()) {
            return Optional.of(UserMessage.of("csv.error.binary", fileName));
        }
        Charset charset = detected.get();
        try (InputStream in = source.open();
             LineTracker lines = new LineTracker(new InputStreamReader(in, charset));
             BufferedReader reader = new BufferedReader(lines, 1 << 16)) {
            // A BOM decodes to U+FEFF at the start of the header, which cleanHeader removes.
            reader.mark(1 << 16);
            String firstLine;
            do {
                firstLine = reader.readLine();
            } while (firstLine != null && firstLine.replace("\uFEFF", "").isBlank());
            if (firstLine == null) {
                return Optional.of(UserMessage.of("csv.error.empty", fileName));
            }
            reader.reset();
            char delimiter = detectDelimiter(firstLine);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                    .setTrim(true).get();
            List<String> header = null;
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    int startLine = lines.lineOfRecordAt(record.getCharacterPosition());
                    if (header == null) {
                        header = record.stream().map(CsvFile::cleanHeader).toList();
                        if (header.stream().allMatch(String::isEmpty)) {
                            header = null;
                            continue;
                        }
                        if (!sink.layout(new Layout(fileName, charset, delimiter, header))) {
                            return Optional.empty();
                        }
                        continue;
                    }
                    sink.row(startLine, record.toList());
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                return Optional.of(UserMessage.of("csv.error.unparsable", fileName, String.valueOf(e.getMessage())));
            }
            if (header == null) {
                return Optional.of(UserMessage.of("csv.error.empty", fileName));
            }
            return Optional.empty();
        }
    }

    /**
     * Remembers where each line starts, and which lines hold more than a line break, as the text streams
     * through: so a streamed row reports the line a person sees in an editor (past blank lines and quoted
     * line breaks), as {@link #read} does, without keeping the text.
     */
    private static final class LineTracker extends java.io.FilterReader {
        private int[] starts = new int[1024];
        private final java.util.BitSet blank = new java.util.BitSet();
        private int lines = 1;
        private long position;
        private boolean lineHasText;

        LineTracker(java.io.Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                see((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            return n;
        }

        private void see(char c) {
            position++;
            if (c == '\n') {
                if (!lineHasText) {
                    blank.set(lines - 1);
                }
                if (lines == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = (int) position;
                lineHasText = false;
            } else if (c != '\r') {
                lineHasText = true;
            }
        }

        /** The 1-based line of the first line that is not blank at or after {@code recordPosition}. */
        int lineOfRecordAt(long recordPosition) {
            int index = java.util.Arrays.binarySearch(starts, 0, lines, (int) recordPosition);
            int line = index >= 0 ? index : -index - 2;
            while (line < lines - 1 && blank.get(line)) {
                line++;
            }
            return line + 1;
        }
    }

    /**
     * UTF-8 when every byte of the text is valid UTF-8 (a BOM allowed), else Windows-1252 (a superset of
     * Latin-1, as Norwegian Excel writes); empty when it holds NUL bytes, i.e. is no text file. An empty
     * source is UTF-8. Reads the whole stream once, in constant memory.
     */
    public static Optional<Charset> detectCharset(Source source) throws IOException {
        try (InputStream in = source.open()) {
            byte[] head = in.readNBytes(3);
            return isUtf8(head, hasUtf8Bom(head) ? 3 : 0, in)
                    .map(utf8 -> utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
        }
    }

    private static Optional<Boolean> isUtf8(byte[] head, int skip, InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        for (byte b : head) {
            if (b == 0) {
                return Optional.empty();
            }
        }
        in.put(head, skip, head.length - skip);
        boolean valid = true;
        byte[] chunk = new byte[1 << 15];
        while (true) {
            int n = rest.read(chunk);
            boolean end = n < 0;
            if (!end) {
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == 0) {
                        return Optional.empty();
                    }
                }
                in.put(chunk, 0, n);
            }
            in.flip();
            if (valid) {
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    valid = false;
                }
                out.clear();
            } else {
                in.position(in.limit());
            }
            in.compact();
            if (end) {
                return Optional.of(valid);
            }
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
