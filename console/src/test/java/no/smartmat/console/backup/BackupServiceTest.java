package no.smartmat.console.backup;

import static no.smartmat.console.db.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.db.Database;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a real kitchen's SQLite file: consistent while others write, verified, named, pruned. */
class BackupServiceTest {

    @TempDir
    Path dir;

    @Test
    void aBackupTakenWhileAnotherThreadKeepsCommittingIsAConsistentSnapshotWithEverythingCommittedBefore() throws Exception {
        AppContext app = TestKitchen.demo(dir.resolve("kitchen"));
        CurrentUser writer = CurrentUser.headless("writer");
        long baseline = app.db().dsl().fetchCount(AUDIT_LOG);
        AtomicLong committed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                while (!stop.get()) {
                    long n = committed.get() + 1;
                    app.db().transactionRun(tx -> app.audit().record(tx, writer, "TEST", "row", Long.toString(n), "x".repeat(200)));
                    committed.set(n);
                }
            } catch (Throwable t) {
                writerFailure.set(t);
            }
        }, "writer");
        thread.start();
        Thread.sleep(700);

        long committedBefore = committed.get();
        BackupResult backup = app.backups().backupNow();
        long committedAfter = committed.get();
        Thread.sleep(700);
        stop.set(true);
        thread.join();

        assertThat(writerFailure.get()).as("the writer never failed").isNull();
        assertThat(committed.get()).as("the writer kept committing after the backup").isGreaterThan(committedAfter);
        assertThat(backup.verified()).isTrue();
        assertThat(Database.inspect(backup.file()).schemaVersion()).isEqualTo(app.db().schemaVersion());
        var copy = Database.readOnly(backup.file());
        long rowsInBackup = copy.fetchCount(AUDIT_LOG) - baseline;
        assertThat(rowsInBackup).isBetween(committedBefore, committedAfter + 1);
        // a snapshot: exactly the live rows up to the backup's newest, no gaps
        long newestId = copy.select(org.jooq.impl.DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class);
        assertThat(copy.fetchCount(AUDIT_LOG)).isEqualTo(app.db().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ID.le(newestId)));
        assertThat(Files.list(backup.file().getParent()).map(p -> p.getFileName().toString()))
                .containsExactly("smartmat-2026-11-23-1000.db");
        System.out.printf("Backup of the demo kitchen while writing: %d kB in %d ms, %d rows committed before, %d in the copy%n",
                backup.sizeBytes() / 1024, backup.took().toMillis(), committedBefore, rowsInBackup);
    }

    @Test
    void backupsGoToTheDataFoldersBackupsByDefaultAndToTheFolderChosenInSettingsWhenThereIsOne() {
        AppContext app = TestKitchen.empty(dir.resolve("kitchen"));
        assertThat(app.backups().folder()).isEqualTo(dir.resolve("kitchen").resolve("backups"));

        app.backups().chooseFolder(dir.resolve("nas"), CurrentUser.headless("test"));
        BackupResult first = app.backups().backupNow();
        BackupResult second = app.backups().backupNow();

        assertThat(first.file()).isEqualTo(dir.resolve("nas").resolve("smartmat-2026-11-23-1000.db"));
        assertThat(second.file().getFileName().toString()).isEqualTo("smartmat-2026-11-23-1000-2.db");
        assertThat(app.backups().list()).extracting(BackupFile::file).containsExactly(second.file(), first.file());
    }

    @Test
    void anExistingOutFileIsNeverOverwritten() throws Exception {
        AppContext app = TestKitchen.empty(dir.resolve("kitchen"));
        Path existing = Files.writeString(dir.resolve("precious.db"), "keep me");

        assertThatThrownBy(() -> app.backups().backupTo(existing)).isInstanceOf(BackupException.class)
                .satisfies(e -> assertThat(((BackupException) e).userMessage().key()).isEqualTo("backup.error.exists"));
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void pruningDeletesOnlyOurBackupsOlderThanKeepDaysAndNeverTouchesOtherFiles() throws Exception {
        AppContext app = TestKitchen.empty(dir.resolve("kitchen"));
        Path folder = Files.createDirectories(dir.resolve("backups"));
        BackupService backups = new BackupService(app.db(), app.dataDir(), new BackupSettings(folder.toString(), 14, true),
                app.settings(), app.clock());
        // the clock says Monday 23 November 2026 10:00
        for (String name : List.of("smartmat-2026-10-24-1000.db", "smartmat-2026-11-08-0900.db", "smartmat-2026-11-10-1000.db",
                "smartmat-2026-11-22-1000.db", "smartmat-2026-10-01-1000.db.partial", "smartmat-old.db", "notes.txt",
                "kitchen-2026-01-01-1000.db")) {
            Files.writeString(folder.resolve(name), name);
        }

        List<Path> deleted = backups.prune();

        assertThat(deleted).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("smartmat-2026-10-24-1000.db", "smartmat-2026-11-08-0900.db");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                "smartmat-2026-11-10-1000.db", "smartmat-2026-11-22-1000.db", "smartmat-2026-10-01-1000.db.partial",
                "smartmat-old.db", "notes.txt", "kitchen-2026-01-01-1000.db");
    }

    @Test
    void pruningNeverDeletesTheNewestBackupHoweverOld() throws Exception {
        AppContext app = TestKitchen.empty(dir.resolve("kitchen"));
        Path folder = Files.createDirectories(dir.resolve("backups"));
        BackupService backups = new BackupService(app.db(), app.dataDir(), new BackupSettings(folder.toString(), 14, true),
                app.settings(), app.clock());
        Files.writeString(folder.resolve("smartmat-2026-01-01-1000.db"), "a");
        Files.writeString(folder.resolve("smartmat-2026-02-01-1000.db"), "b");

        backups.prune();

        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactly("smartmat-2026-02-01-1000.db");
    }

    @Test
    void theAutomaticBackupIsTakenWhenTheNewestIsADayOldAndNotAgainSoon() throws Exception {
        AppContext app = TestKitchen.empty(dir.resolve("kitchen"));
        Path folder = Files.createDirectories(app.backups().folder());
        Files.writeString(folder.resolve("smartmat-2026-11-22-0959.db"), "yesterday");

        Optional<BackupResult> first = app.backups().backupIfDue();
        Optional<BackupResult> second = app.backups().backupIfDue();

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(app.backups().list()).hasSize(2);
    }

    @Test
    void theSchedulerReportsAFailureInsteadOfLosingIt() throws Exception {
        AppContext app = TestKitchen.empty(dir.resolve("kitchen"));
        Path notAFolder = Files.writeString(dir.resolve("file-not-folder"), "x");
        BackupService backups = new BackupService(app.db(), app.dataDir(), new BackupSettings(notAFolder.toString(), 14, true),
                app.settings(), app.clock());
        AtomicReference<BackupScheduler.Outcome> seen = new AtomicReference<>();

        new BackupScheduler(backups, seen::set, Duration.ofHours(1)).checkNow();

        assertThat(seen.get().written()).isEmpty();
        assertThat(seen.get().failure()).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("backup.error.folder"));
    }
}
