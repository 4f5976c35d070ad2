package no.smartmat.console.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;
import no.smartmat.console.db.Database;
import no.smartmat.console.diagnostics.CrashReport;
import no.smartmat.console.diagnostics.Logging;
import no.smartmat.console.diagnostics.VersionInfo;
import no.smartmat.console.i18n.Messages;

/**
 * A headless command that failed in a way nobody foresaw: one line for the person at the terminal (what happened, in
 * the words of the innermost cause, never a Java class name or stack trace), the whole crash report in a file beside
 * the log for whoever helps them.
 */
final class Unexpected {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Unexpected() {}

    static String report(Throwable error, Messages m) {
        Instant now = Instant.now();
        ZoneId zone = ZoneId.systemDefault();
        Optional<Path> log = Logging.currentFile();
        Path dataDir = log.map(f -> f.getParent().getParent()).orElse(Path.of(System.getProperty("java.io.tmpdir")));
        CrashReport crash = new CrashReport(now, Thread.currentThread().getName(), error,
                new VersionInfo(VersionInfo.appVersion(), Runtime.version().toString(), "-", System.getProperty("os.name"),
                        Database.supportedSchemaVersion(), Optional.empty(), dataDir, log));
        String name = "smartmat-crash-" + FILE_TIME.format(now.atZone(zone)) + ".txt";
        String where = m.get("diagnostics.crash.noLog");
        // Beside the log when there is one; the temporary folder when there is none or it cannot be written.
        for (Path folder : Stream.concat(log.map(Path::getParent).stream(), Stream.of(Path.of(System.getProperty("java.io.tmpdir"))))
                .toList()) {
            try {
                Path file = folder.resolve(name);
                Files.writeString(file, crash.details(m, zone), StandardCharsets.UTF_8);
                where = file.toString();
                break;
            } catch (IOException e) {
                // the next folder
            }
        }
        return m.get("cli.unexpected", describe(error, m), where);
    }

    /** The innermost cause's own words (Java's names for kinds of failure mean nothing to a kitchen). */
    static String describe(Throwable error, Messages m) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? m.get("cli.unexpectedWithoutText") : message;
    }
}
