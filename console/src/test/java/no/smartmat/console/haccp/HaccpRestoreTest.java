package no.smartmat.console.haccp;

import static no.smartmat.console.db.jooq.Tables.TEMPERATURE_READING;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.smartmat.console.backup.BackupResult;
import no.smartmat.console.backup.RestoreResult;
import no.smartmat.console.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HACCP records are what a restore must never lose silently. */
class HaccpRestoreTest {

    @TempDir
    Path dir;

    @Test
    void aRestoreSaysHowManyReadingsOnlyTheReplacedDatabaseHasAndKeepsThemThere() {
        HaccpKitchen k = HaccpKitchen.create(dir);
        k.sensor("KR-1", HaccpKitchen.MONDAY.atTime(6, 0), 3.0, 3.1, 3.2);
        BackupResult backup = k.app.backups().backupNow();
        k.sensor("KR-1", HaccpKitchen.MONDAY.atTime(7, 0), 3.3, 3.4);
        k.haccp.readings().record(k.entry("KS-1", "3,5", "08:00"), k.kitchen);

        RestoreResult result = k.app.restores().restore(backup.file(), k.supervisor);

        assertThat(result.readingsOnlyInReplaced()).isEqualTo(3);
        assertThat(Database.openIn(k.app.dataDir()).dsl().fetchCount(TEMPERATURE_READING)).isEqualTo(3);
        assertThat(Database.readOnly(result.replacedKeptAt().orElseThrow()).fetchCount(TEMPERATURE_READING)).isEqualTo(6);
    }
}
