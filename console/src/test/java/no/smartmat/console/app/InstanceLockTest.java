package no.smartmat.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.smartmat.console.db.Database;
import no.smartmat.console.testsupport.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One console window per data folder, checked against a real second JVM: file locks are per process, so a lock
 * taken twice inside one JVM proves nothing.
 */
class InstanceLockTest {

    @TempDir
    Path dir;

    private Process holder;

    @AfterEach
    void stopHolder() throws Exception {
        if (holder != null && holder.isAlive()) {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void aSecondWindowOnTheSameFolderIsRefusedNamingTheFolderAndTheHolderAndWritesNothing() throws Exception {
        startHolder();
        String lockFileBefore = Files.readString(dir.resolve(InstanceLock.FILE_NAME));

        Cli.Run window = Cli.in(dir, "--lang", "en");

        assertThat(window.exit()).isEqualTo(1);
        assertThat(window.err().strip()).isEqualTo("The data folder " + dir.toAbsolutePath().normalize()
                + " is already open in another Smart Mat Console window (process " + holder.pid()
                + ", started " + expectedStart() + "). Use that window, or close it first. Nothing has been changed.");
        assertThat(dir.resolve(Database.FILE_NAME)).doesNotExist();
        assertThat(Files.readString(dir.resolve(InstanceLock.FILE_NAME))).isEqualTo(lockFileBefore);
    }

    @Test
    void restoreIsRefusedWhileAWindowHasTheFolderOpen() throws Exception {
        Path backup = dir.resolveSibling(dir.getFileName() + "-backup.db");
        startHolder();

        Cli.Run restore = Cli.in(dir, "restore", backup.toString(), "--yes");

        assertThat(restore.exit()).isEqualTo(1);
        assertThat(restore.err()).contains("Datamappen " + dir.toAbsolutePath().normalize() + " er allerede åpen")
                .contains("prosess " + holder.pid());
        assertThat(dir.resolve(Database.FILE_NAME)).doesNotExist();
    }

    @Test
    void theLockIsFreeAgainWhenTheHolderEndsAndTellsWhoHoldsIt() throws Exception {
        startHolder();
        assertThat(InstanceLock.tryAcquire(dir, Instant.now())).isEmpty();
        assertThat(InstanceLock.holder(dir).pid()).contains(holder.pid());
        assertThat(InstanceLock.holder(dir).since()).contains(Instant.parse("2026-11-23T09:15:00Z"));

        holder.getOutputStream().close();
        assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();

        try (InstanceLock mine = InstanceLock.tryAcquire(dir, Instant.now()).orElseThrow()) {
            assertThat(InstanceLock.holder(dir).pid()).contains(ProcessHandle.current().pid());
            assertThat(InstanceLock.tryAcquire(dir, Instant.now())).as("taken twice in one process").isEmpty();
        }
    }

    private void startHolder() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        holder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), LockHolderMain.class.getName(),
                dir.toString())).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("LOCKED");
    }

    private static String expectedStart() {
        var at = Instant.parse("2026-11-23T09:15:00Z").atZone(java.time.ZoneId.systemDefault());
        return java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy 'at' HH:mm").format(at);
    }
}
