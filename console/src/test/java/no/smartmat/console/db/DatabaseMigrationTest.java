package no.smartmat.console.db;

import static no.smartmat.console.db.jooq.Tables.APP_USER;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import org.flywaydb.core.Flyway;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseMigrationTest {

    @TempDir
    Path dir;

    @Test
    void emptyFolderGetsTheWholeSchemaWithWalAndForeignKeys() throws Exception {
        Database db = Database.openIn(dir);

        assertThat(db.dsl().meta().getTables().stream().map(Table::getName))
                .contains("client", "area", "vehicle", "vehicle_compartment", "driver", "slot_template", "delivery_slot",
                        "order_batch", "supplier_order", "order_package", "stop", "plan", "route", "route_stop",
                        "cold_unit", "temperature_reading", "deviation_event", "corrective_action", "sign_off",
                        "audit_log", "app_user", "haccp_chain");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            var journal = s.executeQuery("PRAGMA journal_mode");
            journal.next();
            assertThat(journal.getString(1)).isEqualToIgnoringCase("wal");
            var fk = s.executeQuery("PRAGMA foreign_keys");
            fk.next();
            assertThat(fk.getInt(1)).isEqualTo(1);
        }
        assertThat(db.schemaVersion()).isNotEqualTo("1");
    }

    @Test
    void olderDatabaseIsMigratedKeepingItsRowsAndABackupCopy() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            DSL.using(c).insertInto(DSL.table("client"))
                    .columns(DSL.field("client_number"), DSL.field("name"), DSL.field("address"), DSL.field("postcode"),
                            DSL.field("city"), DSL.field("created_at"), DSL.field("updated_at"))
                    .values("K-1", "Åse Ødegård", "Damveien 1", "1337", "Sandvika", "2026-01-01T00:00:00.000Z",
                            "2026-01-01T00:00:00.000Z").execute();
        }

        Database db = Database.open(file);

        assertThat(db.schemaVersion()).isNotEqualTo("1");
        assertThat(db.dsl().select(CLIENT.NAME).from(CLIENT).fetchOne(CLIENT.NAME)).isEqualTo("Åse Ødegård");
        assertThat(db.dsl().meta().getTables("app_user").getFirst().field(APP_USER.LAST_LOGIN_AT.getName())).isNotNull();
        assertThat(dir.resolve("smartmat.db.before-upgrade-from-v1")).exists();
    }

    @Test
    void aLowerFeatureMigrationArrivingAfterAHigherOneIsStillApplied() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("older-release"));
        for (String name : new String[] {"V1__schema.sql", "V2__user_last_login.sql", "V40__haccp_sources_thermometers_anchors.sql"}) {
            try (var in = Database.class.getResourceAsStream("/db/migration/" + name)) {
                if (in != null) {
                    Files.copy(in, scripts.resolve(name));
                }
            }
        }
        Path file = dir.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("filesystem:" + scripts).load().migrate();

        Database db = Database.open(file);

        var applied = Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration").outOfOrder(true)
                .load().info().applied();
        assertThat(java.util.Arrays.stream(applied).map(m -> m.getVersion().getVersion())).contains("10");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        Files.writeString(file, "clientNumber;name\nK-1;Ola\n", StandardCharsets.UTF_8);
        String before = sha256(file);

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseException.class)
                .satisfies(e -> assertThat(((DatabaseException) e).userMessage().key()).isEqualTo("db.error.notSqlite"));
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void anotherApplicationsSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
        }
        String before = sha256(file);

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseException.class)
                .satisfies(e -> {
                    DatabaseException de = (DatabaseException) e;
                    assertThat(de.userMessage().key()).isEqualTo("db.error.notOurs");
                    assertThat(de.userMessage().args()).anySatisfy(a -> assertThat(a.toString()).contains("recipes"));
                });
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        Database.open(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success) VALUES (999, '999', 'future', 'SQL',"
                    + " 'V999__future.sql', 0, 'test', '2030-01-01 00:00:00.000', 1, 1)");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        String before = sha256(file);

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseException.class)
                .satisfies(e -> {
                    DatabaseException de = (DatabaseException) e;
                    assertThat(de.userMessage().key()).isEqualTo("db.error.newer");
                    assertThat(de.userMessage().args()).contains("999");
                });
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void auditLogRefusesUpdatesAndDeletes() {
        Database db = Database.openIn(dir);
        db.transactionRun(tx -> new no.smartmat.console.audit.AuditLog(java.time.Clock.systemUTC())
                .record(tx, no.smartmat.console.access.CurrentUser.headless("t"), "CREATE", "client", "K-1", ""));

        assertThatThrownBy(() -> db.transactionRun(tx -> tx.deleteFrom(no.smartmat.console.db.jooq.Tables.AUDIT_LOG).execute()))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.transactionRun(tx -> tx.update(no.smartmat.console.db.jooq.Tables.AUDIT_LOG)
                .set(no.smartmat.console.db.jooq.Tables.AUDIT_LOG.USERNAME, "someone else").execute()))
                .hasMessageContaining("append-only");
    }

    @Test
    void theCopyKeptBeforeAnUpgradeHoldsTransactionsThatWereStillOnlyInTheWal() throws Exception {
        Path running = Files.createDirectories(dir.resolve("running"));
        Path crashed = Files.createDirectories(dir.resolve("crashed"));
        Path file = running.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA wal_autocheckpoint=0");
            s.execute("INSERT INTO client (client_number, name, address, postcode, city, created_at, updated_at) VALUES"
                    + " ('K-1', 'Åse Ødegård', 'Damveien 1', '1337', 'Sandvika', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
            // what a power cut leaves behind: the row is committed, but only in the WAL
            Files.copy(file, crashed.resolve(Database.FILE_NAME));
            Files.copy(running.resolve(Database.FILE_NAME + "-wal"), crashed.resolve(Database.FILE_NAME + "-wal"));
        }

        Database.open(crashed.resolve(Database.FILE_NAME));

        Path kept = crashed.resolve("smartmat.db.before-upgrade-from-v1");
        assertThat(Database.readOnly(kept).fetchCount(CLIENT)).isEqualTo(1);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
