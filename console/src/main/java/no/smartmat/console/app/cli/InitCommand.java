package no.smartmat.console.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.diagnostics.Logging;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.app.setup.FirstRun;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code smartmat init}: the first-run screen's questions on the command line, the one way besides {@code demo} that
 * a headless command creates a kitchen. The same {@link FirstRun} checks and writes it, so a kitchen made here is
 * the kitchen the window would have made.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand extends HeadlessCommand implements Callable<Integer> {

    /** The option that carries each of the first-run form's fields, to name it in a refusal. */
    private static final Map<String, String> OPTION_OF_FIELD = Map.of(FirstRun.FOLDER, "--data-dir",
            FirstRun.NAME, "--name", FirstRun.MUNICIPALITY, "--municipality", FirstRun.DEPOT_ADDRESS, "--depot-address",
            FirstRun.LAT, "--lat", FirstRun.LON, "--lon", FirstRun.USERNAME, "--admin", FirstRun.FULL_NAME, "--admin-name",
            FirstRun.PASSWORD, PasswordInput.ENV, FirstRun.REPEAT, PasswordInput.ENV);

    @Option(names = "--name", required = true, paramLabel = "NAME") String kitchenName;
    @Option(names = "--municipality", required = true, paramLabel = "NAME") String municipality;
    @Option(names = "--depot-address", required = true, paramLabel = "ADDRESS") String depotAddress;
    @Option(names = "--lat", required = true, paramLabel = "DEGREES") String lat;
    @Option(names = "--lon", required = true, paramLabel = "DEGREES") String lon;
    @Option(names = "--admin", required = true, paramLabel = "USERNAME") String admin;
    @Option(names = "--admin-name", required = true, paramLabel = "NAME") String adminName;

    @Override
    public Integer call() {
        Messages m = messages();
        Path dir = root().dataDir();
        if (FirstRun.holdsKitchen(dir)) {
            err("cli.init.exists", dir);
            return 1;
        }
        char[][] password = PasswordInput.twice(admin, root().env(), m);
        FirstRun firstRun = new FirstRun(root().env(), Clock.systemDefaultZone());
        Validated<FirstRun.Plan> plan = firstRun.validate(new FirstRun.Form(dir.toString(), false, kitchenName, municipality,
                depotAddress, lat, lon, admin, adminName, password[0], password[1]));
        if (!(plan instanceof Validated.Valid<FirstRun.Plan>(FirstRun.Plan valid))) {
            List<FieldError> errors = plan.errors();
            for (FieldError e : errors) {
                err("cli.init.invalid", OPTION_OF_FIELD.getOrDefault(e.field(), e.field()), e.value(), m.render(e.message()));
            }
            err("cli.init.nothingCreated", dir);
            return 1;
        }
        Logging.toDataFolder(dir);
        // The folder was named here (or is the default): a later window start without --data-dir finds it the usual way.
        AppContext app = firstRun.apply(valid, false, step -> {});
        out("cli.init.done", app.kitchen().name(), app.dataDir(), admin);
        return 0;
    }
}
