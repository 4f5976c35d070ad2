package no.smartmat.console.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.smartmat.console.db.Database;
import no.smartmat.console.diagnostics.Logging;
import no.smartmat.console.diagnostics.VersionInfo;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code --version}: the same facts as the About dialog, without opening a window or changing any file. */
final class VersionProvider implements IVersionProvider {

    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() {
        SmartMatCommand root = (SmartMatCommand) spec.root().userObject();
        var dir = root.chosenDataDir();
        Path log = dir.resolve("logs").resolve(Logging.FILE_NAME);
        VersionInfo info = VersionInfo.of(dir, Database.schemaVersionOf(dir.resolve(Database.FILE_NAME)),
                Database.supportedSchemaVersion(), Optional.of(log).filter(Files::isRegularFile));
        return info.lines(root.messages()).toArray(String[]::new);
    }
}
