package no.smartmat.console.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.planning.PublishedChange;
import no.smartmat.console.printing.DocumentKind;
import no.smartmat.console.printing.PrintJob;
import no.smartmat.console.validation.Outcome;
import no.smartmat.console.printing.PrintScope;
import no.smartmat.console.printing.RenderedDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "print", mixinStandardHelpOptions = true)
final class PrintCommand extends HeadlessCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "labels|manifests|loading-list", descriptionKey = "document")
    String document;

    @Option(names = "--date", required = true, paramLabel = "DATE")
    DayArgument date;

    static final class Scope {
        @Option(names = "--route", paramLabel = "VAN")
        Optional<String> route = Optional.empty();
        @Option(names = "--client", paramLabel = "CLIENT")
        Optional<String> client = Optional.empty();
    }

    @ArgGroup(exclusive = true)
    Scope scope = new Scope();

    static final class Target {
        @Option(names = "--out", paramLabel = "FILE.pdf")
        Optional<Path> out = Optional.empty();
        @Option(names = "--printer", paramLabel = "NAME")
        Optional<String> printer = Optional.empty();
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Override
    public Integer call() {
        Optional<DocumentKind> kind = kind(document);
        if (kind.isEmpty()) {
            err("printing.cli.unknownDocument", document);
            return 2;
        }
        AppContext app = open();
        LocalDate date = day(this.date, app);
        CurrentUser user = CurrentUser.headless();
        PrintScope printScope = scope.route.map(PrintScope::route)
                .or(() -> scope.client.map(PrintScope::client)).orElse(PrintScope.all());
        Outcome<RenderedDocument> rendered = app.printing().render(date,
                new PrintJob(kind.get(), printScope, app.printing().settings().current()), user);
        if (rendered instanceof Outcome.Refused<RenderedDocument>(var reason, var errors, var remedy)) {
            spec.commandLine().getErr().println(messages().render(reason));
            return 1;
        }
        RenderedDocument doc = ((Outcome.Done<RenderedDocument>) rendered).value();
        doc.warnings().forEach(w -> err("printing.cli.warning", w.message()));
        if (!doc.changedAfterPublishing().isEmpty()) {
            err("printing.changedAfterPublishing", doc.changedAfterPublishing().size(), String.valueOf(doc.planVersion()));
            PublishedChange.notices(doc.changedAfterPublishing())
                    .forEach(n -> spec.commandLine().getErr().println("  " + messages().render(n)));
        }
        Outcome<String> sent = target.out.isPresent()
                ? app.printing().savePdf(doc, target.out.get(), user).flatMap(p -> Outcome.done(p.toString()))
                : app.printing().print(doc, target.printer.orElseThrow(), user);
        return switch (sent) {
            case Outcome.Refused<String>(var reason, var errors, var remedy) -> {
                spec.commandLine().getErr().println(messages().render(reason));
                yield 1;
            }
            case Outcome.Done<String>(String where, var notices) -> {
                out("printing.cli.done", messages().get("printing.document." + doc.job().kind().name()),
                        date.toString(), String.valueOf(doc.planVersion()), scopeText(printScope), doc.pages(), where);
                yield 0;
            }
        };
    }

    private String scopeText(PrintScope s) {
        return switch (s) {
            case PrintScope.AllRoutes a -> messages().get("printing.scope.all");
            case PrintScope.Route r -> r.vanCode();
            case PrintScope.Client c -> c.clientNumber();
        };
    }

    static Optional<DocumentKind> kind(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "labels", "etiketter" -> Optional.of(DocumentKind.LABELS);
            case "manifests", "manifest", "kjorelister", "kjørelister" -> Optional.of(DocumentKind.MANIFESTS);
            case "loading-list", "loading-lists", "lastelister", "lasteliste" -> Optional.of(DocumentKind.LOADING_LIST);
            default -> Optional.empty();
        };
    }
}
