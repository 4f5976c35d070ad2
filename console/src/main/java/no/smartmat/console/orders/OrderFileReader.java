package no.smartmat.console.orders;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.smartmat.console.csv.CsvFile;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.tasks.Progress;

/**
 * Reads order files whatever their format: tells CSV, JSON and PEPPOL XML apart by content (not by name:
 * suppliers name files anything), unpacks zips, refuses empty and oversized files, and hashes every file
 * for idempotency. Reports progress in bytes; a cancelled task stops between two reads.
 */
public final class OrderFileReader {

    private final OrderImportSettings settings;
    private final CsvOrderReader csv;
    private final JsonOrderReader json;
    private final UblReader ubl;

    public OrderFileReader(OrderImportSettings settings) {
        this.settings = settings;
        this.csv = new CsvOrderReader(settings);
        this.json = new JsonOrderReader(settings);
        this.ubl = new UblReader(settings);
    }

    enum Kind { CSV, JSON, XML, ZIP, EMPTY }

    /** Reads each file (a zip gives one entry per file it holds). */
    public List<ParsedFile> read(List<ImportFile> files, Progress progress) {
        long total = files.stream().mapToLong(f -> Math.max(1, f.size()) * 3).sum();
        Counter counter = new Counter(progress, total);
        List<ParsedFile> result = new ArrayList<>();
        for (ImportFile file : files) {
            result.addAll(read(file, counter));
        }
        progress.update(total, total, "");
        return result;
    }

    private List<ParsedFile> read(ImportFile file, Counter counter) {
        String name = file.name();
        try {
            if (file.size() > settings.maxFileBytes()) {
                return List.of(ParsedFile.failed(name, "", Optional.empty(), ImportProblem.fatal(Where.file(name),
                        UserMessage.of("orders.file.tooLarge", name, megabytes(file.size()),
                                String.valueOf(settings.maxFileMegabytes())))));
            }
            counter.file = name;
            CsvFile.Source source = () -> counter.wrap(file.open());
            Kind kind = sniff(file);
            if (kind == Kind.ZIP) {
                return unzip(file, counter);
            }
            String hash = sha256(source);
            return List.of(switch (kind) {
                case EMPTY -> ParsedFile.failed(name, hash, Optional.empty(), ImportProblem.fatal(Where.file(name),
                        UserMessage.of("orders.file.empty", name)));
                case XML -> ubl.read(name, hash, source);
                case JSON -> json.read(name, hash, source);
                default -> csv.read(name, hash, source);
            });
        } catch (IOException e) {
            return List.of(ParsedFile.failed(name, "", Optional.empty(), ImportProblem.fatal(Where.file(name),
                    UserMessage.of("orders.file.unreadable", name, String.valueOf(e.getMessage())))));
        }
    }

    static Kind sniff(ImportFile file) throws IOException {
        byte[] head;
        try (InputStream in = file.open()) {
            head = in.readNBytes(4096);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.ZIP;
        }
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i >= head.length) {
            return Kind.EMPTY;
        }
        return switch (head[i]) {
            case '<' -> Kind.XML;
            case '{', '[' -> Kind.JSON;
            default -> Kind.CSV;
        };
    }

    private List<ParsedFile> unzip(ImportFile zip, Counter counter) throws IOException {
        List<ImportFile> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(zip.open())) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String entryName = entry.getName();
                if (entry.isDirectory() || entryName.startsWith("__MACOSX/") || entryName.contains("/.")
                        || entryName.startsWith(".")) {
                    continue;
                }
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, settings.maxFileBytes() + 1));
                entries.add(ImportFile.of(zip.name() + "/" + entryName, content));
            }
        }
        if (entries.isEmpty()) {
            return List.of(ParsedFile.failed(zip.name(), "", Optional.empty(), ImportProblem.fatal(Where.file(zip.name()),
                    UserMessage.of("orders.file.emptyZip", zip.name()))));
        }
        List<ParsedFile> result = new ArrayList<>();
        for (ImportFile entry : entries) {
            result.addAll(read(entry, counter));
        }
        return result;
    }

    static String sha256(CsvFile.Source source) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = source.open()) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.round(bytes / (1024.0 * 1024.0)));
    }

    /** Counts bytes read over all passes and files, and reports them about every megabyte. */
    private static final class Counter {
        final Progress progress;
        final long total;
        long done;
        long reported;
        String file = "";

        Counter(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        InputStream wrap(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        advance(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        advance(n);
                    }
                    return n;
                }
            };
        }

        void advance(long n) {
            done += n;
            if (done - reported >= (1 << 20)) {
                reported = done;
                if (progress.isCancelled()) {
                    throw new CancellationException("cancelled while reading " + file);
                }
                progress.update(Math.min(done, total), total, file);
            }
        }
    }
}
