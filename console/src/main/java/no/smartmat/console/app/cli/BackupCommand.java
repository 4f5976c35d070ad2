package no.smartmat.console.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.backup.BackupException;
import no.smartmat.console.backup.BackupResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends HeadlessCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE")
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
