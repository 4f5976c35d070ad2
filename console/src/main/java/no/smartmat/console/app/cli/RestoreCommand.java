package no.smartmat.console.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import no.smartmat.console.app.InstanceLock;
import no.smartmat.console.backup.BackupException;
import no.smartmat.console.backup.RestoreResult;
import no.smartmat.console.backup.RestoreService;
import no.smartmat.console.config.ConfigLoader;
import no.smartmat.console.config.KitchenSettings;
import no.smartmat.console.db.Database;
import no.smartmat.console.access.CurrentUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand extends HeadlessCommand implements Callable<Integer> {

    private static final Set<String> YES = Set.of("ja", "j", "yes", "y");

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--yes")
    boolean yes;

    @Override
    public Integer call() {
        Path dir = root().dataDir();
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(dir, Instant.now());
        } catch (InstanceLock.LockException e) {
            throw new CliFailure(messages().render(e.userMessage()));
        }
        if (lock.isEmpty()) {
            throw new CliFailure(messages().render(InstanceLock.busyMessage(dir)));
        }
        try (InstanceLock held = lock.get()) {
            // The kitchen's time zone names the kept copy, as it names backups; the database may be too broken to open.
            ZoneId zone = ZoneId.of(new ConfigLoader(Optional.of(dir)).load("kitchen", KitchenSettings.class).timezone());
            RestoreService restores = new RestoreService(dir, Clock.system(zone));
            Database.Inspection candidate = restores.check(file);
            out("backup.cli.restore.plan", candidate.file(), candidate.schemaVersion(), restores.liveFile());
            if (!yes && !confirmed()) {
                return 1;
            }
            RestoreResult result = restores.restore(file, CurrentUser.headless());
            out("backup.cli.restore.done", result.restoredFrom(), result.backupSchemaVersion(), result.schemaVersionNow());
            result.replacedKeptAt().ifPresent(kept -> {
                out("backup.cli.restore.kept", kept);
                if (result.readingsOnlyInReplaced() > 0) {
                    out("backup.restore.readingsOnlyInReplaced", result.readingsOnlyInReplaced(), kept);
                }
            });
            return 0;
        } catch (BackupException e) {
            throw new CliFailure(messages().render(e.userMessage()));
        }
    }

    /** Asks on the terminal; without one (a script, a pipe) a restore needs --yes rather than a guess. */
    private boolean confirmed() {
        Console console = System.console();
        if (console == null || !console.isTerminal()) {
            throw new CliFailure(messages().get("backup.cli.restore.needsYes", file));
        }
        String answer = Optional.ofNullable(console.readLine(messages().get("backup.cli.restore.confirm"))).orElse("");
        if (!YES.contains(answer.strip().toLowerCase(Locale.ROOT))) {
            out("backup.cli.restore.cancelled");
            return false;
        }
        return true;
    }
}
