package no.smartmat.console.app.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.demo.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand extends HeadlessCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "DATE")
    Optional<DayArgument> date = Optional.empty();

    @Override
    public Integer call() {
        boolean fresh = !java.nio.file.Files.exists(root().dataDir().resolve(no.smartmat.console.db.Database.FILE_NAME));
        AppContext app = openOrCreate();
        if (!app.demo().isEmpty()) {
            err("cli.demo.notEmpty", app.dataDir());
            return 1;
        }
        LocalDate today = date.map(d -> day(d, app)).orElse(LocalDate.now(app.clock()));
        DemoData.Summary s;
        try {
            s = app.demo().create(today, step -> out("cli.demo.step", step));
        } catch (RuntimeException e) {
            if (fresh) {
                SmartMatCommand.createDemoCleanup(app);
            }
            throw e;
        }
        out("cli.demo.done", app.dataDir(), s.clients(), s.areas(), s.vehicles(), s.deliveryDays(), s.stops(), s.packages());
        return 0;
    }
}
