package no.smartmat.console.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backup file names: {@code smartmat-2026-11-23-1430.db} in the kitchen's time zone, {@code -2}, {@code -3}, … when
 * one minute holds several. Pruning deletes only names of this pattern, so nothing else in a shared folder is ever
 * touched; the time comes from the name, because copying a folder to a network drive changes file times.
 */
final class BackupNames {

    private static final Pattern NAME = Pattern.compile("smartmat-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-(\\d{1,3}))?\\.db");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final ZoneId zone;

    BackupNames(ZoneId zone) {
        this.zone = zone;
    }

    /** The first free name in {@code folder} for a backup taken at {@code at}. */
    Path freeName(Path folder, Instant at) {
        String stamp = STAMP.format(at.atZone(zone));
        Path candidate = folder.resolve("smartmat-" + stamp + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve("smartmat-" + stamp + "-" + n + ".db");
        }
        return candidate;
    }

    /** When the backup named {@code file} was taken, or empty if the name is not one of ours. */
    Optional<Instant> takenAt(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            // the suffix orders backups of the same minute without pretending to know their seconds
            long sequence = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
            return Optional.of(LocalDateTime.parse(m.group(1), STAMP).atZone(zone).toInstant().plusMillis(sequence));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Where a backup is written before it is verified: a name pruning and listing never take for a backup. */
    static Path partial(Path target) {
        return target.resolveSibling(target.getFileName() + ".partial");
    }
}
