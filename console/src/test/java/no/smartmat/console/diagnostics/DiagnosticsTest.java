package no.smartmat.console.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import no.smartmat.console.db.Database;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.testsupport.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class DiagnosticsTest {

    @TempDir
    Path dir;

    private final Messages nb = new Messages(Messages.NORWEGIAN);

    @Test
    void versionNamesAppJavaJavaFxSchemaAndFolderWithoutCreatingADatabase() {
        Cli.Run run = Cli.in(dir, "--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).matches("Smart Mat Console \\S+"));
        assertThat(run.out())
                .contains("Java:          " + Runtime.version())
                .containsPattern("JavaFX: +25\\.")
                .contains("Databaseskjema: ingen database ennå (appen kjenner til og med " + Database.supportedSchemaVersion() + ")")
                .contains("Datamappe:     " + dir);
        assertThat(dir.resolve(Database.FILE_NAME)).doesNotExist();

        Database.openIn(dir);
        assertThat(Cli.in(dir, "--version").out())
                .contains("Databaseskjema: versjon " + Database.supportedSchemaVersion());
    }

    @Test
    void theLogGoesToTheDataFolderOnceItIsKnown() throws Exception {
        Path file = Logging.toDataFolder(dir);
        assertThat(file).isEqualTo(dir.resolve("logs").resolve("smartmat.log"));
        assertThat(Logging.currentFile()).contains(file);
        LoggerFactory.getLogger("no.smartmat.test").info("førstelinje æøå");
        LoggerFactory.getLogger("org.example.library").info("a library's information line");
        assertThat(Files.readString(file)).contains("INFO", "no.smartmat.test - førstelinje æøå", "a library's information line");

        Path other = dir.resolve("other");
        Logging.toDataFolder(other);
        LoggerFactory.getLogger("no.smartmat.test").warn("andre");
        assertThat(Files.readString(other.resolve("logs/smartmat.log"))).contains("andre");
        assertThat(Files.readString(file)).doesNotContain("andre");
    }

    @Test
    void aCrashReportHasTheVersionsTheTimeAndTheWholeCause() {
        VersionInfo info = VersionInfo.of(dir, Optional.of("50"), "50");
        IllegalStateException error = new IllegalStateException("ruten mangler",
                new java.io.IOException("Disken er full"));
        CrashReport report = new CrashReport(Instant.parse("2026-11-23T13:05:00Z"), "JavaFX Application Thread", error, info);
        assertThat(report.summary()).isEqualTo("IOException: Disken er full");
        assertThat(report.details(nb, ZoneId.of("Europe/Oslo")))
                .startsWith("Smart Mat Console ")
                .contains("Tidspunkt:     2026-11-23 14:05:00", "Tråd:          JavaFX Application Thread",
                        "java.lang.IllegalStateException: ruten mangler", "Caused by: java.io.IOException: Disken er full",
                        "at no.smartmat.console.diagnostics.DiagnosticsTest");
    }
}
