package no.smartmat.console.backup;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import no.smartmat.console.db.Database;
import no.smartmat.console.db.DatabaseException;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.settings.SettingsService;
import no.smartmat.console.access.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the live database: a consistent copy made with SQLite's online backup while the console keeps
 * working, verified before it gets its name, and automatic ones pruned after {@code keepDays}.
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    /** Automatic backups are daily: the newest is due for replacement after this long. */
    public static final Duration DAILY = Duration.ofHours(24);

    private final Database db;
    private final Path dataDir;
    private final BackupSettings settings;
    private final SettingsService settingsService;
    private final Clock clock;
    private final BackupNames names;
    /** The scheduler and the button may ask at the same moment; one backup at a time is plenty. */
    private final ReentrantLock writing = new ReentrantLock();

    public BackupService(Database db, Path dataDir, BackupSettings settings, SettingsService settingsService, Clock clock) {
        this.db = db;
        this.dataDir = dataDir;
        this.settings = settings;
        this.settingsService = settingsService;
        this.clock = clock;
        this.names = new BackupNames(clock.getZone());
    }

    public BackupSettings settings() {
        return settings;
    }

    /** Where backups go: the folder chosen in Innstillinger, else backup.yaml's, else {@code <data dir>/backups}. */
    public Path folder() {
        return settings.folder(dataDir, settingsService.get(BackupSettings.FOLDER_SETTING));
    }

    public void chooseFolder(Path folder, CurrentUser by) {
        settingsService.put(BackupSettings.FOLDER_SETTING, folder.toAbsolutePath().normalize().toString(), by);
    }

    /** A backup into the backup folder under the standard name. */
    public BackupResult backupNow() {
        Path folder = folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BackupException(UserMessage.of("backup.error.folder", folder, e.getMessage()), "cannot create " + folder, e);
        }
        writing.lock();
        try {
            return write(names.freeName(folder, clock.instant()));
        } finally {
            writing.unlock();
        }
    }

    /** A backup to a file of the caller's choosing ({@code smartmat backup --out}); an existing file is refused. */
    public BackupResult backupTo(Path target) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new BackupException(UserMessage.of("backup.error.exists", file), file + " exists");
        }
        if (!Files.isDirectory(file.getParent())) {
            throw new BackupException(UserMessage.of("backup.error.folder", file.getParent(), "no such folder"),
                    "no folder " + file.getParent());
        }
        writing.lock();
        try {
            return write(file);
        } finally {
            writing.unlock();
        }
    }

    /**
     * Written under a {@code .partial} name in the target folder, verified, then renamed in one step: a copy
     * interrupted half-way (power cut, full disk) never looks like a backup.
     */
    private BackupResult write(Path target) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Path partial = BackupNames.partial(target);
        try {
            Files.deleteIfExists(partial);
            try {
                db.backupTo(partial);
            } catch (DatabaseException e) {
                deleteQuietly(partial);
                throw new BackupException(e.userMessage(), "backup to " + partial + " failed", e);
            }
            Database.Inspection inspection;
            try {
                inspection = Database.inspect(partial);
            } catch (DatabaseException e) {
                deleteQuietly(partial);
                throw new BackupException(UserMessage.of("backup.error.verify", target, e.userMessage()),
                        "backup " + partial + " failed verification", e);
            }
            moveAtomically(partial, target);
            long size = Files.size(target);
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            LOG.info("Backup of {} written to {} ({} bytes, schema {}, {} ms)", db.file(), target, size,
                    inspection.schemaVersion(), took.toMillis());
            return new BackupResult(target, size, started, inspection.schemaVersion(), true, took);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new BackupException(UserMessage.of("backup.error.write", target, e.getMessage()),
                    "backup to " + target + " failed", e);
        }
    }

    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot rename atomically; a plain rename is still far better than a copy.
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    /** The backups in the backup folder, newest first; other files there are not looked at. */
    public List<BackupFile> list() {
        return list(folder());
    }

    List<BackupFile> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                Optional<Instant> taken = names.takenAt(file);
                if (taken.isPresent() && Files.isRegularFile(file)) {
                    found.add(new BackupFile(file, taken.get(), Files.size(file)));
                }
            }
        } catch (IOException e) {
            throw new BackupException(UserMessage.of("backup.error.folder", folder, e.getMessage()), "cannot list " + folder, e);
        }
        found.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return List.copyOf(found);
    }

    public Optional<BackupFile> newest() {
        return list().stream().findFirst();
    }

    /** No backup yet, or the newest is more than a day old. */
    public boolean isDue() {
        return newest().map(b -> b.takenAt().isBefore(clock.instant().minus(DAILY))).orElse(true);
    }

    /**
     * Deletes backups older than {@code keepDays}, never the newest, and nothing whose name is not a backup name.
     * Returns what was deleted.
     */
    public List<Path> prune() {
        List<BackupFile> all = list();
        Instant limit = clock.instant().minus(Duration.ofDays(settings.keepDays()));
        List<Path> deleted = new ArrayList<>();
        for (BackupFile backup : all.stream().skip(1).toList()) {
            if (backup.takenAt().isBefore(limit)) {
                try {
                    Files.deleteIfExists(backup.file());
                    deleted.add(backup.file());
                } catch (IOException e) {
                    LOG.warn("Could not delete old backup {}", backup.file(), e);
                }
            }
        }
        if (!deleted.isEmpty()) {
            LOG.info("Deleted {} backups older than {} days: {}", deleted.size(), settings.keepDays(), deleted);
        }
        return List.copyOf(deleted);
    }

    /** The automatic daily backup: taken when due (and switched on), then old ones pruned. */
    public Optional<BackupResult> backupIfDue() {
        if (!settings.automaticDaily() || !isDue()) {
            return Optional.empty();
        }
        BackupResult result = backupNow();
        prune();
        return Optional.of(result);
    }
}
