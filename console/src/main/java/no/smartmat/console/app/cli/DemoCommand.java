package no.smartmat.console.app.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.demo.DemoData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Fill an empty data folder with the demo kitchen (Bærum: ~1,000 clients, 12 vans, "
                + "orders for this and next week). Refuses a folder that already holds data.")
final class DemoCommand extends HeadlessCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Pretend today is this date (default: today).")
    Optional<LocalDate> date = Optional.empty();

    @Override
    public Integer call() {
        boolean fresh = !java.nio.file.Files.exists(root().dataDir().resolve(no.smartmat.console.db.Database.FILE_NAME));
        AppContext app = open();
        if (!app.demo().isEmpty()) {
            err("cli.demo.notEmpty", app.dataDir());
            return 1;
        }
        LocalDate today = date.orElse(LocalDate.now(app.clock()));
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
