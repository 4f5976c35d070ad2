package no.smartmat.console.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.db.Database;
import no.smartmat.console.diagnostics.Logging;
import no.smartmat.console.i18n.Messages;

/** Shared plumbing of sub-commands: the root's options, the opened kitchen, localized output. */
abstract class HeadlessCommand {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    protected SmartMatCommand root() {
        return (SmartMatCommand) spec.root().userObject();
    }

    protected Messages messages() {
        return root().messages();
    }

    /**
     * The kitchen in the data folder. A folder without one is refused before anything is written to it (no folder,
     * database or log file): a mistyped {@code --data-dir} must not quietly become a new, empty kitchen.
     */
    protected AppContext open() {
        Path dir = root().chosenDataDir();
        if (!holdsDatabase(dir)) {
            throw new CliFailure(messages().get("cli.noKitchen", dir));
        }
        Logging.toDataFolder(dir);
        return AppContext.open(dir, Clock.systemDefaultZone());
    }

    /** The kitchen in the data folder, created empty when there is none (for the commands that make one). */
    protected AppContext openOrCreate() {
        Path dir = root().chosenDataDir();
        Logging.toDataFolder(dir);
        return AppContext.open(dir, Clock.systemDefaultZone());
    }

    static boolean holdsDatabase(Path dir) {
        Path file = dir.resolve(Database.FILE_NAME);
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** A day option's date, "today" and "tomorrow" in the kitchen's time zone. */
    protected static LocalDate day(DayArgument argument, AppContext app) {
        return argument.on(app.clock());
    }

    protected void out(String key, Object... args) {
        spec.commandLine().getOut().println(messages().get(key, args));
    }

    protected void err(String key, Object... args) {
        spec.commandLine().getErr().println(messages().get(key, args));
    }
}
