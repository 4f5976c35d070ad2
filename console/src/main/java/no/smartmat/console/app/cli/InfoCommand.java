package no.smartmat.console.app.cli;

import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import picocli.CommandLine.Command;

@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand extends HeadlessCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        AppContext app = open();
        out("cli.info", app.dataDir(), app.db().file(), app.db().schemaVersion(), app.kitchen().name(),
                app.users().all().size(), app.clients().count(), app.fleet().vehicles().size(), app.fleet().drivers().size());
        return 0;
    }
}
