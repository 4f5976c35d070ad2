package no.smartmat.console.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.clients.ClientRegisterImport.Action;
import no.smartmat.console.clients.ClientRegisterImport;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "clients", mixinStandardHelpOptions = true,
        subcommands = {ClientsCommand.ImportRegister.class})
final class ClientsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class ImportRegister extends HeadlessCommand implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", descriptionKey = "file")
        Path file;

        @Option(names = "--exclude-lines", split = ",", paramLabel = "N")
        List<Integer> excludeLines = List.of();

        @Option(names = "--dry-run")
        boolean dryRun;

        @Override
        public Integer call() {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                err("cli.fileUnreadable", file, e.getMessage());
                return 1;
            }
            AppContext app = open();
            Messages m = messages();
            PrintWriter out = spec.commandLine().getOut();
            ClientRegisterImport.Preview preview = app.clientRegisterImport().preview(file.getFileName().toString(), content);
            preview.notices().forEach(n -> out.println(m.render(n)));
            if (preview.fileError().isPresent()) {
                spec.commandLine().getErr().println(m.render(preview.fileError().get()));
                return 1;
            }
            printErrors(preview.errors(), file.getFileName().toString(), m);
            out.println(m.get("cli.clients.preview", preview.count(Action.CREATE), preview.count(Action.UPDATE),
                    preview.count(Action.UNCHANGED), preview.errorLines().size()));
            Set<Integer> excluded = new LinkedHashSet<>(excludeLines);
            if (!preview.canCommit(excluded)) {
                Set<Integer> missing = new LinkedHashSet<>(preview.errorLines());
                missing.removeAll(excluded);
                err("cli.clients.refused", missing.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
                return 1;
            }
            if (dryRun) {
                out("cli.clients.dryRun");
                return 0;
            }
            Optional<ClientRegisterImport.Outcome> outcome = app.clientRegisterImport().commit(preview, excluded, CurrentUser.headless());
            ClientRegisterImport.Outcome o = outcome.orElseThrow();
            if (o.created() + o.updated() == 0) {
                out("cli.clients.nothingChanged", o.unchanged());
            } else {
                out("cli.clients.imported", o.created(), o.updated(), o.unchanged(), o.excluded());
                o.notices().forEach(n -> spec.commandLine().getOut().println("  " + messages().render(n)));
            }
            return 0;
        }

        private void printErrors(List<FieldError> errors, String fileName, Messages m) {
            PrintWriter err = spec.commandLine().getErr();
            for (FieldError e : errors) {
                err.println(m.get("cli.fieldError", fileName, e.location(), e.field(), e.value(), m.render(e.message())));
            }
        }
    }
}
