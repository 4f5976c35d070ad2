package no.smartmat.console.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.app.DataDirectory;
import no.smartmat.console.app.InstanceLock;
import no.smartmat.console.app.ui.ConsoleLauncher;
import no.smartmat.console.db.Database;
import no.smartmat.console.config.ConfigLoader;
import no.smartmat.console.db.DatabaseException;
import no.smartmat.console.demo.DemoData;
import no.smartmat.console.diagnostics.Logging;
import no.smartmat.console.app.setup.FirstRun;
import no.smartmat.console.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code smartmat}: with no sub-command it opens the console window; sub-commands do the same work headless. */
@Command(name = "smartmat", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Smart Mat Console: orders, routes, labels and HACCP for a municipal central kitchen.",
                "Without a sub-command the console window opens."},
        subcommands = {DemoCommand.class, ClientsCommand.class, SlotsCommand.class, UsersCommand.class, InfoCommand.class,
                HaccpCommand.class, ImportCommand.class, OrdersCommand.class, PlanCommand.class, ExportScenarioCommand.class,
                PrintCommand.class, BackupCommand.class, RestoreCommand.class,
                CommandLine.HelpCommand.class})
public final class SmartMatCommand implements Callable<Integer> {

    /** Exit code meaning "the window is open, do not exit the JVM". */
    public static final int UI_STARTED = -100;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Folder with the kitchen's database and configuration (default: $SMARTMAT_DATA_DIR, "
                    + "else ~/.local/share/smartmat; with --demo: ~/.local/share/smartmat-demo).")
    Optional<Path> dataDir = Optional.empty();

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "nb|en",
            description = "Language of messages and the window: nb (Norwegian Bokmål) or en. Default: the one chosen "
                    + "under Innstillinger, else nb.")
    Optional<String> lang = Optional.empty();

    @Option(names = "--demo", description = "Open the demo kitchen (created on first use in its own data folder; "
            + "a real database is never touched).")
    boolean demo;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = messages();
        Path dir = chosenDataDir();
        Logging.toDataFolder(dir);
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(dir, Instant.now());
        } catch (InstanceLock.LockException e) {
            spec.commandLine().getErr().println(messages.render(e.userMessage()));
            return 1;
        }
        if (lock.isEmpty()) {
            // Two windows on one database would each believe their plan, imports and readings were the latest.
            spec.commandLine().getErr().println(messages.render(InstanceLock.busyMessage(dir)));
            return 1;
        }
        try (InstanceLock held = lock.get()) {
            if (!demo && FirstRun.needed(dir)) {
                ConsoleLauncher.launchFirstRun(dir, DataDirectory.isGiven(dataDir, System.getenv()), messages);
                return UI_STARTED;
            }
            boolean fresh = !Files.exists(dir.resolve(Database.FILE_NAME));
            AppContext app = AppContext.open(dir, Clock.systemDefaultZone());
            messages = lang.isPresent() ? messages : app.settings().get("ui.language").map(SmartMatCommand::messagesFor).orElse(messages);
            if (demo) {
                if (app.demo().isEmpty()) {
                    System.out.println(messages.get("cli.demo.creating", dir));
                    createDemo(app, fresh);
                } else if (app.demo().isDemo()) {
                    app.demo().addOrders(LocalDate.now(app.clock()), new java.util.Random());
                } else {
                    System.err.println(messages.get("cli.demo.notDemo", dir));
                    return 1;
                }
            }
            ConsoleLauncher.launch(app, messages, demo);
            return UI_STARTED;
        } catch (DatabaseException e) {
            System.err.println(messages.render(e.userMessage()));
            return 1;
        } catch (ConfigLoader.ConfigException e) {
            System.err.println(e.userMessage().map(messages::render).orElse(e.getMessage()));
            return 1;
        }
    }

    /**
     * A demo that fails half-way would leave a database that is neither empty nor complete; one this run created
     * is removed again, so the next start simply tries anew.
     */
    static void createDemo(AppContext app, boolean createdNow) {
        try {
            app.demo().create(LocalDate.now(app.clock()), step -> {});
        } catch (RuntimeException e) {
            if (createdNow) {
                createDemoCleanup(app);
            }
            throw e;
        }
    }

    static void createDemoCleanup(AppContext app) {
        Database.deleteUnfinished(app.db().file());
    }

    /** The folder this run works on: the demo kitchen's with {@code --demo}, else {@link #dataDir()}. */
    Path chosenDataDir() {
        return demo ? DataDirectory.resolveDemo(dataDir, System.getenv()) : dataDir();
    }

    public Path dataDir() {
        return DataDirectory.resolve(dataDir, System.getenv());
    }

    public Messages messages() {
        return messagesFor(lang.orElse("nb"));
    }

    static Messages messagesFor(String language) {
        return new Messages("en".equalsIgnoreCase(language) ? Messages.ENGLISH : Messages.NORWEGIAN);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SmartMatCommand());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            SmartMatCommand root = commandLine.getCommandSpec().root().userObject() instanceof SmartMatCommand r ? r : new SmartMatCommand();
            if (e instanceof DatabaseException de) {
                commandLine.getErr().println(root.messages().render(de.userMessage()));
            } else if (e instanceof CliFailure cf) {
                commandLine.getErr().println(cf.getMessage());
            } else if (e instanceof ConfigLoader.ConfigException ce) {
                commandLine.getErr().println(ce.userMessage().map(root.messages()::render).orElse(ce.getMessage()));
            } else {
                org.slf4j.LoggerFactory.getLogger(SmartMatCommand.class).error("Unexpected failure of a command", e);
                commandLine.getErr().println(root.messages().get("cli.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage()));
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cl;
    }
}
