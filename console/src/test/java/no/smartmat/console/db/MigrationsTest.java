package no.smartmat.console.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a database that has applied exactly this build's migrations skips Flyway (which validates every script on
 * every start); anything else, from a pending migration to a failed one, still goes through Flyway.
 */
class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void theScriptsFoundByNameAreTheOnesFlywayFinds() {
        Flyway flyway = Flyway.configure().dataSource("jdbc:sqlite::memory:", null, null).locations("classpath:db/migration").load();
        Set<String> flywaysOwn = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                .map(v -> Migrations.normalize(v.getVersion())).collect(Collectors.toCollection(TreeSet::new));

        assertThat(new TreeSet<>(Migrations.known())).isEqualTo(flywaysOwn);
        assertThat(Database.supportedSchemaVersion()).isEqualTo(flywaysOwn.stream().max(Migrations::compare).orElseThrow());
    }

    @Test
    void aDatabaseWithEveryMigrationIsCurrentAndReportsTheNewestVersion() {
        Database db = Database.openIn(dir);
        Path file = dir.resolve(Database.FILE_NAME);

        assertThat(Migrations.isCurrent(file)).isTrue();
        assertThat(db.schemaVersion()).isEqualTo(Database.supportedSchemaVersion());
        assertThat(Database.schemaVersionOf(file)).contains(Database.supportedSchemaVersion());
        assertThat(Database.open(file).schemaVersion()).isEqualTo(Database.supportedSchemaVersion());
    }

    @Test
    void aPendingMigrationIsNotCurrentAndOpeningAppliesIt() {
        Path file = dir.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration").target("1")
                .load().migrate();

        assertThat(Migrations.isCurrent(file)).isFalse();
        assertThat(Database.schemaVersionOf(file)).contains("1");
        assertThat(Database.open(file).schemaVersion()).isEqualTo(Database.supportedSchemaVersion());
        assertThat(Migrations.isCurrent(file)).isTrue();
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlyway() throws Exception {
        Database.openIn(dir);
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("update flyway_schema_history set success = 0 where version = '1'");
        }

        assertThat(Migrations.applied(file)).isEmpty();
        assertThat(Migrations.isCurrent(file)).isFalse();
    }

    @Test
    void aFileWithoutFlywaysHistoryIsNotCurrentAndIsNotChanged() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("create table notes (text varchar)");
        }
        byte[] before = Files.readAllBytes(file);

        assertThat(Migrations.isCurrent(file)).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void versionsCompareAsNumbers() {
        assertThat(Migrations.compare("10", "9")).isPositive();
        assertThat(Migrations.compare("1.1", "1")).isPositive();
        assertThat(Migrations.normalize("1.0")).isEqualTo("1");
        assertThat(Migrations.normalize("041")).isEqualTo("41");
    }
}
