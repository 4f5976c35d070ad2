package no.smartmat.console.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.backup.BackupException;
import no.smartmat.console.backup.BackupResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent, verified copy of the database while the console may be running.",
                "Default: into the backup folder (backup.yaml, or the one chosen under Innstillinger; else <data dir>/backups)."})
final class BackupCommand extends HeadlessCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to this file instead (must not exist).")
    Optional<Path> out = Optional.empty();

    @Override
    public Integer call() {
        AppContext app = open();
        try {
            BackupResult result = out.map(app.backups()::backupTo).orElseGet(app.backups()::backupNow);
            out("backup.cli.written", result.file(), result.sizeBytes() / 1024.0, result.schemaVersion(), result.took().toMillis());
            out("backup.cli.verified");
            return 0;
        } catch (BackupException e) {
            throw new CliFailure(messages().render(e.userMessage()));
        }
    }
}
