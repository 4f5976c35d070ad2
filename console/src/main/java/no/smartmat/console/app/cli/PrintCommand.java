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
import no.smartmat.console.printing.PrintOutcome;
import no.smartmat.console.printing.PrintScope;
import no.smartmat.console.printing.RenderedDocument;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "print", mixinStandardHelpOptions = true,
        description = {"Print labels, manifests or loading lists of a day's published plan, to a PDF file or a printer.",
                "  print labels --date 2026-11-24 --out etiketter.pdf",
                "  print manifests --date 2026-11-24 --route BIL-03 --out kjoreliste-bil-03.pdf",
                "  print labels --date 2026-11-24 --client K-10443 --printer Zebra-ZD421",
                "  print loading-list --date 2026-11-24 --out lastelister.pdf",
                "Layout and what is printed (QR, diet codes, key-box codes) follow the settings saved in Utskrift,",
                "else config/labels.yaml. Every print is recorded in the print log and the audit log."})
final class PrintCommand extends HeadlessCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "labels|manifests|loading-list", description = "The document to print.")
    String document;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The delivery day (its plan must be published).")
    LocalDate date;

    static final class Scope {
        @Option(names = "--route", paramLabel = "VAN", description = "Only this van's route, e.g. BIL-03.")
        Optional<String> route = Optional.empty();
        @Option(names = "--client", paramLabel = "CLIENT", description = "Labels: only this client's labels again (client number).")
        Optional<String> client = Optional.empty();
    }

    @ArgGroup(exclusive = true)
    Scope scope = new Scope();

    static final class Target {
        @Option(names = "--out", paramLabel = "FILE.pdf", description = "Write the PDF to this file.")
        Optional<Path> out = Optional.empty();
        @Option(names = "--printer", paramLabel = "NAME", description = "Send it to this printer (as the system names it).")
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
        CurrentUser user = CurrentUser.headless();
        PrintScope printScope = scope.route.map(PrintScope::route)
                .or(() -> scope.client.map(PrintScope::client)).orElse(PrintScope.all());
        PrintOutcome<RenderedDocument> rendered = app.printing().render(date,
                new PrintJob(kind.get(), printScope, app.printing().settings().current()), user);
        if (rendered instanceof PrintOutcome.Refused<RenderedDocument>(var reason)) {
            spec.commandLine().getErr().println(messages().render(reason));
            return 1;
        }
        RenderedDocument doc = ((PrintOutcome.Ok<RenderedDocument>) rendered).value();
        doc.warnings().forEach(w -> err("printing.cli.warning", w.message()));
        if (!doc.changedAfterPublishing().isEmpty()) {
            err("printing.changedAfterPublishing", doc.changedAfterPublishing().size(), String.valueOf(doc.planVersion()));
            PublishedChange.notices(doc.changedAfterPublishing())
                    .forEach(n -> spec.commandLine().getErr().println("  " + messages().render(n)));
        }
        PrintOutcome<String> sent = target.out.isPresent()
                ? app.printing().savePdf(doc, target.out.get(), user).flatMap(p -> PrintOutcome.ok(p.toString()))
                : app.printing().print(doc, target.printer.orElseThrow(), user);
        return switch (sent) {
            case PrintOutcome.Refused<String>(var reason) -> {
                spec.commandLine().getErr().println(messages().render(reason));
                yield 1;
            }
            case PrintOutcome.Ok<String>(String where) -> {
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
