package no.smartmat.console.backup;

import static no.smartmat.console.db.jooq.Tables.APP_SETTING;
import static no.smartmat.console.db.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.db.Database;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring a backup over a real kitchen's database, and refusing files that must not replace it. */
class RestoreServiceTest {

    @TempDir
    Path dir;

    AppContext app;
    CurrentUser admin;

    @BeforeEach
    void kitchen() {
        app = TestKitchen.empty(dir.resolve("kitchen"));
        admin = TestKitchen.user(app, Role.ADMIN);
    }

    @Test
    void aRestoredDatabaseIsAsAtTheBackupAndTheReplacedOneIsKeptAndOpens() {
        app.settings().put("test.value", "at backup", admin);
        BackupResult backup = app.backups().backupNow();
        app.settings().put("test.value", "after backup", admin);

        RestoreResult result = app.restores().restore(backup.file(), admin);

        Database live = Database.openIn(app.dataDir());
        assertThat(value(live.dsl())).isEqualTo("at backup");
        assertThat(live.dsl().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne(AUDIT_LOG.ACTION))
                .isEqualTo("RESTORE");
        assertThat(result.replacedKeptAt()).hasValueSatisfying(kept -> {
            assertThat(kept.getFileName().toString()).isEqualTo("smartmat.db.replaced-20261123-100000");
            assertThat(Database.inspect(kept).schemaVersion()).isEqualTo(live.schemaVersion());
            assertThat(value(Database.readOnly(kept))).isEqualTo("after backup");
        });
        assertThat(result.schemaVersionNow()).isEqualTo(live.schemaVersion());
        assertThat(backup.file()).exists();
    }

    @Test
    void aBackupFromAnOlderVersionIsUpgradedWhenRestored() throws Exception {
        Path old = dir.resolve("old.db");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:sqlite:" + old, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();

        RestoreResult result = app.restores().restore(old, admin);

        assertThat(result.backupSchemaVersion()).isEqualTo("1");
        assertThat(result.schemaVersionNow()).isEqualTo(app.db().schemaVersion()).isNotEqualTo("1");
        assertThat(Database.inspect(app.dataDir().resolve(Database.FILE_NAME)).needsUpgrade()).isFalse();
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndNeitherFileChanges() throws Exception {
        Path newer = app.backups().backupNow().file();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success) VALUES (999, '999', 'future', 'SQL',"
                    + " 'V999__future.sql', 0, 'test', '2030-01-01 00:00:00.000', 1, 1)");
        }

        assertRefusedUntouched(newer, "backup.restore.newer", "999");
    }

    @Test
    void anotherApplicationsSqliteFileIsRefusedAndNeitherFileChanges() throws Exception {
        Path foreign = dir.resolve("recipes.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
        }

        assertRefusedUntouched(foreign, "backup.restore.notOurs", "recipes");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndNeitherFileChanges() throws Exception {
        Path text = Files.writeString(dir.resolve("smartmat-2026-11-20-1000.db"), "clientNumber;name\nK-1;Ola\n");

        assertRefusedUntouched(text, "backup.restore.notSqlite", "smartmat-2026-11-20-1000.db");
    }

    @Test
    void aDamagedBackupIsRefused() throws Exception {
        Path damaged = app.backups().backupNow().file();
        byte[] bytes = Files.readAllBytes(damaged);
        // scribble over the second half of the pages, keeping the header so it still looks like SQLite
        for (int i = bytes.length / 2; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(damaged, bytes);

        assertThatThrownBy(() -> app.restores().check(damaged)).isInstanceOf(BackupException.class)
                .satisfies(e -> assertThat(new Messages(Messages.NORWEGIAN).render(((BackupException) e).userMessage()))
                        .startsWith("Kan ikke gjenopprette: ").contains(damaged.toString()));
    }

    private void assertRefusedUntouched(Path candidate, String reason, String named) throws Exception {
        Path live = app.dataDir().resolve(Database.FILE_NAME);
        String candidateBefore = sha256(candidate), liveBefore = sha256(live);

        assertThatThrownBy(() -> app.restores().restore(candidate, admin)).isInstanceOf(BackupException.class)
                .satisfies(e -> {
                    BackupException be = (BackupException) e;
                    assertThat(be.userMessage().key()).isEqualTo("backup.restore.refused");
                    var cause = (no.smartmat.console.i18n.UserMessage) be.userMessage().args().getFirst();
                    assertThat(cause.key()).isEqualTo(reason);
                    assertThat(new Messages(Messages.ENGLISH).render(be.userMessage())).startsWith("Cannot restore: ")
                            .contains(named);
                });
        assertThat(sha256(candidate)).isEqualTo(candidateBefore);
        assertThat(sha256(live)).isEqualTo(liveBefore);
        assertThat(Files.list(app.dataDir()).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("replaced"));
    }

    private static String value(org.jooq.DSLContext dsl) {
        return dsl.select(APP_SETTING.VALUE).from(APP_SETTING).where(APP_SETTING.KEY.eq("test.value")).fetchOne(APP_SETTING.VALUE);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
