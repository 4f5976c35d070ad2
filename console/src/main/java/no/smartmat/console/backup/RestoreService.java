package no.smartmat.console.backup;

import static no.smartmat.console.db.jooq.Tables.TEMPERATURE_READING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import no.smartmat.console.audit.AuditLog;
import no.smartmat.console.db.Database;
import no.smartmat.console.db.DatabaseException;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.access.CurrentUser;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in place of the kitchen's database. The candidate is inspected first without being changed; the
 * database it replaces is kept beside it as a consistent copy, so a restore can itself be undone. The caller holds
 * the data folder's {@code InstanceLock}: nothing else may have the database open meanwhile.
 */
public final class RestoreService {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dataDir;
    private final Clock clock;

    public RestoreService(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /**
     * What restoring {@code candidate} would put in place; refuses, with a message naming the file, one that is not
     * SQLite, not a Smart Mat database, damaged, or from a newer version. The file is not changed.
     */
    public Database.Inspection check(Path candidate) {
        try {
            return Database.inspect(candidate.toAbsolutePath().normalize());
        } catch (DatabaseException e) {
            throw new BackupException(UserMessage.of("backup.restore.refused", forRestore(e.userMessage())), "refused " + candidate, e);
        }
    }

    /**
     * Opening a data folder and restoring a file refuse the same files, but the advice differs: not "choose another
     * data folder" but "choose another backup".
     */
    private static UserMessage forRestore(UserMessage opening) {
        return switch (opening.key()) {
            case "db.error.notSqlite", "db.error.notOurs", "db.error.newer" ->
                    new UserMessage(opening.key().replace("db.error.", "backup.restore."), opening.args());
            default -> opening;
        };
    }

    public Path liveFile() {
        return dataDir.resolve(Database.FILE_NAME);
    }

    public RestoreResult restore(Path candidate, CurrentUser by) {
        Path source = candidate.toAbsolutePath().normalize();
        Database.Inspection inspection = check(source);
        Path live = liveFile();
        if (source.equals(live.toAbsolutePath().normalize())) {
            throw new BackupException(UserMessage.of("backup.restore.isLive", source), source + " is the live database");
        }
        Optional<Path> replaced = keepReplaced(live);
        long onlyInReplaced = replaced.map(r -> readingsNewerThanBackup(r, source)).orElse(0L);
        Path incoming = dataDir.resolve(Database.FILE_NAME + ".restoring");
        try {
            Files.copy(source, incoming, StandardCopyOption.REPLACE_EXISTING);
            // The old WAL must go before the new file arrives: replayed onto another database it would corrupt it.
            // Its content is in the replaced copy, which the online backup took with the WAL applied.
            Files.deleteIfExists(live.resolveSibling(Database.FILE_NAME + "-wal"));
            Files.deleteIfExists(live.resolveSibling(Database.FILE_NAME + "-shm"));
            BackupService.moveAtomically(incoming, live);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(incoming);
            } catch (IOException ignored) {
                // the failure itself is reported below
            }
            throw new BackupException(UserMessage.of("backup.restore.failed", source, live, e.getMessage(),
                    replaced.map(Path::toString).orElse("-")), "restore of " + source + " failed", e);
        }
        Database restored = Database.open(live);
        // The restore is the newest entry of the restored database's audit log, naming the file and the kept copy.
        // By name only: a user id from the replaced database may be missing, or someone else, in the restored one.
        CurrentUser byName = new CurrentUser(Optional.empty(), by.username(), by.displayName(), by.role());
        restored.transactionRun(tx -> new AuditLog(clock).record(tx, byName, "RESTORE", "database", Database.FILE_NAME,
                "from " + source + replaced.map(r -> "; replaced database kept at " + r).orElse("")));
        LOG.info("Restored {} (schema {}) into {}; replaced database kept at {}; {} readings only in the replaced one",
                source, inspection.schemaVersion(), live, replaced, onlyInReplaced);
        return new RestoreResult(source, inspection.schemaVersion(), restored.schemaVersion(), replaced, onlyInReplaced);
    }

    /** An online backup of the database being replaced, or a byte copy when it is too damaged to be read. */
    private Optional<Path> keepReplaced(Path live) {
        if (!Files.exists(live)) {
            return Optional.empty();
        }
        Path kept = dataDir.resolve(Database.FILE_NAME + ".replaced-" + STAMP.format(clock.instant().atZone(clock.getZone())));
        for (int n = 2; Files.exists(kept); n++) {
            kept = kept.resolveSibling(kept.getFileName().toString().replaceAll("(-\\d+)?$", "") + "-" + n);
        }
        try {
            Database.backup(live, kept);
        } catch (DatabaseException e) {
            LOG.warn("Online backup of {} failed ({}); keeping a byte copy instead", live, e.getMessage());
            try {
                Files.copy(live, kept, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException io) {
                throw new BackupException(UserMessage.of("backup.restore.cannotKeep", live, kept, io.getMessage()),
                        "cannot keep " + live, io);
            }
        }
        return Optional.of(kept);
    }

    /**
     * Readings added after the backup's newest one: they would be lost with the restore, and are still in the replaced
     * copy. By row id, which only grows, rather than by time: a reading typed in late has an old measuring time, and
     * a logger import gives many readings one recording time. Only a count for the message; a failure to count must
     * not stop the restore.
     */
    private static long readingsNewerThanBackup(Path replaced, Path backup) {
        try {
            Field<Long> newest = DSL.max(TEMPERATURE_READING.ID);
            long newestInBackup = Optional.ofNullable(
                    Database.readOnly(backup).select(newest).from(TEMPERATURE_READING).fetchOne(newest)).orElse(0L);
            return Database.readOnly(replaced).fetchCount(TEMPERATURE_READING, TEMPERATURE_READING.ID.gt(newestInBackup));
        } catch (RuntimeException e) {
            LOG.warn("Could not compare temperature readings of {} and {}", replaced, backup, e);
            return 0;
        }
    }
}
