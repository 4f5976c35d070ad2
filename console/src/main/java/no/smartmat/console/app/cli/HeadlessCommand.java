package no.smartmat.console.app.cli;

import java.time.Clock;
import no.smartmat.console.app.AppContext;
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

    protected AppContext open() {
        java.nio.file.Path dir = root().chosenDataDir();
        Logging.toDataFolder(dir);
        return AppContext.open(dir, Clock.systemDefaultZone());
    }

    protected void out(String key, Object... args) {
        spec.commandLine().getOut().println(messages().get(key, args));
    }

    protected void err(String key, Object... args) {
        spec.commandLine().getErr().println(messages().get(key, args));
    }
}
