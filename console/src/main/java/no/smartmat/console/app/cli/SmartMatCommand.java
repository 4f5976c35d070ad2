package no.smartmat.console.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.app.DataDirectory;
import no.smartmat.console.app.InstanceLock;
import no.smartmat.console.app.ui.ConsoleLauncher;
import no.smartmat.console.db.Database;
import no.smartmat.console.config.ConfigLoader;
import no.smartmat.console.db.DatabaseException;
import no.smartmat.console.diagnostics.Logging;
import no.smartmat.console.app.setup.FirstRun;
import no.smartmat.console.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code smartmat}: with no sub-command it opens the console window; sub-commands do the same work headless. */
@Command(name = "smartmat", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public final class SmartMatCommand implements Callable<Integer> {

    /**
     * The sub-commands by name, in the order the help lists them. Added by {@link #commandLine(Map, String[])} rather
     * than named in the annotation, so that a run builds picocli's model of the one command it runs only.
     */
    static final Map<String, Class<?>> COMMANDS = sequenced(InitCommand.class, DemoCommand.class, AotTrainingCommand.class,
            ClientsCommand.class, SlotsCommand.class, UsersCommand.class, InfoCommand.class, HaccpCommand.class,
            ImportCommand.class, OrdersCommand.class, PlanCommand.class, ExportScenarioCommand.class, PrintCommand.class,
            BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class);

    /** Exit code meaning "the window is open, do not exit the JVM". */
    public static final int UI_STARTED = -100;

    // Descriptions of commands and options are in i18n/help*.properties (see CliLanguage).
    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR")
    Optional<Path> dataDir = Optional.empty();

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "nb|en", converter = LanguageConverter.class)
    Optional<Locale> lang = Optional.empty();

    @Option(names = "--demo")
    boolean demo;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The environment the command reads ({@code SMARTMAT_DATA_DIR}, {@code SMARTMAT_NEW_PASSWORD}); a test's own. */
    private final Map<String, String> env;

    public SmartMatCommand() {
        this(System.getenv());
    }

    SmartMatCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    Map<String, String> env() {
        return env;
    }

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
                ConsoleLauncher.launchFirstRun(dir, DataDirectory.isGiven(dataDir, env), messages);
                return UI_STARTED;
            }
            boolean fresh = !Files.exists(dir.resolve(Database.FILE_NAME));
            AppContext app = AppContext.open(dir, Clock.systemDefaultZone()).buildAll();
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
        return demo ? DataDirectory.resolveDemo(dataDir, env) : dataDir();
    }

    public Path dataDir() {
        return DataDirectory.resolve(dataDir, env);
    }

    public Messages messages() {
        return new Messages(lang.orElse(Messages.NORWEGIAN));
    }

    static Messages messagesFor(String language) {
        return new Messages("en".equalsIgnoreCase(language) ? Messages.ENGLISH : Messages.NORWEGIAN);
    }

    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /** The command line as it runs in {@code env}, with every sub-command. */
    public static CommandLine commandLine(Map<String, String> env) {
        return commandLine(env, COMMANDS.values());
    }

    /**
     * The command line to run {@code args} with: only the sub-command they name is built. picocli reflects over every
     * command, option and annotation it is given, a fifth of a second for all of them at every start; a run of
     * {@code info} needs one. Help on the main command, {@code help}, and anything not recognised get them all (the
     * list of commands, suggestions for a typo); the window and {@code --version} need none.
     */
    public static CommandLine commandLine(Map<String, String> env, String[] args) {
        return commandLine(env, subcommandsFor(args));
    }

    static Collection<Class<?>> subcommandsFor(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir") || arg.equals("--lang")) {
                i++;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                return COMMANDS.values();
            } else if (!arg.startsWith("-")) {
                Class<?> named = COMMANDS.get(arg);
                return named == null || named == CommandLine.HelpCommand.class ? COMMANDS.values() : List.of(named);
            }
        }
        return List.of();
    }

    private static CommandLine commandLine(Map<String, String> env, Collection<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new SmartMatCommand(env));
        subcommands.forEach(cl::addSubcommand);
        cl.registerConverter(DayArgument.class, DayArgument::parse);
        Set<String> dayOptions = dayOptions(cl.getCommandSpec(), new HashSet<>());
        cl.getCommandSpec().preprocessor((args, spec, arg, info) -> {
            DayArgument.joinWords(args, dayOptions);
            return false;
        });
        cl.setParameterExceptionHandler(new UsageErrors());
        CliLanguage.apply(cl, Messages.NORWEGIAN);
        // Help is printed after parsing, in the language the parsed --lang names.
        cl.setExecutionStrategy(parseResult -> {
            SmartMatCommand root = (SmartMatCommand) parseResult.commandSpec().root().userObject();
            root.lang.ifPresent(locale -> CliLanguage.apply(cl, locale));
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            SmartMatCommand root = commandLine.getCommandSpec().root().userObject() instanceof SmartMatCommand r ? r : new SmartMatCommand();
            if (e instanceof DatabaseException de) {
                commandLine.getErr().println(root.messages().render(de.userMessage()));
            } else if (e instanceof CliFailure cf) {
                commandLine.getErr().println(cf.getMessage());
            } else if (e instanceof ConfigLoader.ConfigException ce) {
                commandLine.getErr().println(ce.userMessage().map(root.messages()::render).orElse(ce.getMessage()));
            } else {
                commandLine.getErr().println(Unexpected.report(e, root.messages()));
            }
            return 1;
        });
        return cl;
    }

    /** The names of every option in the tree that takes a day. */
    private static Set<String> dayOptions(CommandSpec spec, Set<String> names) {
        for (OptionSpec option : spec.options()) {
            boolean day = option.typeInfo().getType() == DayArgument.class || option.typeInfo().getAuxiliaryTypeInfos().stream()
                    .anyMatch(t -> t.getType() == DayArgument.class);
            if (day) {
                names.addAll(List.of(option.names()));
            }
        }
        spec.subcommands().values().forEach(sub -> dayOptions(sub.getCommandSpec(), names));
        return names;
    }

    private static Map<String, Class<?>> sequenced(Class<?>... commands) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : commands) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** {@code --lang}: nb or en. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return CliLanguage.parse(value);
        }
    }
}
