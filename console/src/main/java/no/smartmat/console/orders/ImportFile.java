package no.smartmat.console.orders;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.smartmat.console.csv.CsvFile;

/**
 * One order file to read: its name (as the coordinator knows it), its size and a way to open it again, so
 * a 50 MB file is streamed rather than held in memory. {@code path} is set when it lies on disk (the watched
 * folder moves it away once imported).
 */
public record ImportFile(String name, long size, CsvFile.Source source, Optional<Path> path) {

    public static ImportFile of(Path file) {
        try {
            return new ImportFile(file.getFileName().toString(), Files.size(file), () -> Files.newInputStream(file),
                    Optional.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportFile of(String name, byte[] content) {
        byte[] copy = content.clone();
        return new ImportFile(name, copy.length, () -> new ByteArrayInputStream(copy), Optional.empty());
    }

    public InputStream open() throws IOException {
        return source.open();
    }

    /**
     * The files to read for {@code paths}: a folder gives its files (not hidden ones, not subfolders), in name
     * order, since a batch of despatch advices often arrives as a folder.
     */
    public static java.util.List<ImportFile> expand(java.util.List<Path> paths) throws IOException {
        java.util.List<ImportFile> files = new java.util.ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (var list = Files.list(p)) {
                    for (Path f : list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().toList()) {
                        files.add(of(f));
                    }
                }
            } else if (Files.isRegularFile(p) && Files.isReadable(p)) {
                files.add(of(p));
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
        }
        return files;
    }
}
