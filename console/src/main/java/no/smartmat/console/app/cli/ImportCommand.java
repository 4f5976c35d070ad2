package no.smartmat.console.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.orders.BatchPreview;
import no.smartmat.console.orders.ClientMatch;
import no.smartmat.console.orders.ImportFile;
import no.smartmat.console.orders.ImportOutcome;
import no.smartmat.console.orders.ImportProblem;
import no.smartmat.console.orders.OrderChange;
import no.smartmat.console.orders.OrderTexts;
import no.smartmat.console.orders.ParsedOrder;
import no.smartmat.console.orders.Resolutions;
import no.smartmat.console.planning.PublishedChange;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.access.CurrentUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends HeadlessCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "file")
    List<Path> files;

    @Option(names = "--exclude", split = ",", paramLabel = "ORDER")
    List<String> exclude = List.of();

    @Option(names = "--dry-run")
    boolean dryRun;

    @Override
    public Integer call() {
        List<ImportFile> importFiles;
        try {
            importFiles = ImportFile.expand(files);
        } catch (IOException e) {
            err("orders.cli.fileMissing", e.getMessage());
            return 1;
        }
        if (importFiles.isEmpty()) {
            err("orders.cli.noFiles");
            return 1;
        }
        AppContext app = open();
        Messages m = messages();
        PrintWriter out = spec.commandLine().getOut();
        long bytes = importFiles.stream().mapToLong(ImportFile::size).sum();
        List<BatchPreview> previews = app.orderImport().preview(importFiles,
                bytes > 5_000_000 ? printing(out, m, "orders.cli.progress") : Progress.NONE);
        Set<String> excluded = new HashSet<>(exclude);
        int rejected = 0, imported = 0, unchanged = 0;
        for (BatchPreview preview : previews) {
            var batch = preview.batch();
            out.println(batch.isFatal() ? m.get("orders.cli.fileHeader", batch.fileLabel())
                    : m.get("orders.cli.batchHeader", batch.fileLabel(), batch.supplier(), batch.reference(),
                    batch.day().map(OrderTexts::date).orElse("?"), batch.orders().size()));
            Resolutions r = Resolutions.NONE;
            for (ParsedOrder o : batch.orders()) {
                if (excluded.contains(o.reference())) {
                    r = r.exclude(o.key());
                }
            }
            BatchPreview.Evaluation ev = preview.evaluate(r);
            Set<ImportProblem> open = new HashSet<>(ev.open());
            for (ImportProblem p : preview.problems()) {
                boolean isOpen = open.contains(p);
                if (p.severity() == ImportProblem.Severity.WARNING || isOpen) {
                    out.println("  " + m.get(isOpen ? "orders.cli.error" : "orders.cli.warning", OrderTexts.problemLine(m, p)));
                }
                if (isOpen && p.fix() == ImportProblem.Fix.MATCH_CLIENT) {
                    candidates(preview, p, out, m);
                }
            }
            switch (preview.status()) {
                case REJECTED -> {
                    out.println("  " + m.get("orders.cli.rejected"));
                    rejected++;
                    continue;
                }
                case ALREADY_IMPORTED -> {
                    var earlier = preview.sameFile().orElseThrow();
                    out.println("  " + m.get("orders.cli.alreadyImported", earlier.reference(), String.valueOf(earlier.revision()),
                            OrderTexts.date(earlier.importedAt().atZone(app.zone()).toLocalDate()), earlier.importedBy()));
                    unchanged++;
                    continue;
                }
                default -> { }
            }
            if (!ev.canCommit()) {
                out.println("  " + m.get("orders.cli.refused", ev.open().size()));
                rejected++;
                continue;
            }
            if (dryRun) {
                out.println("  " + m.get("orders.cli.dryRun", ev.summary().added(), ev.summary().changed(),
                        ev.summary().withdrawn(), ev.summary().unchanged(), OrderTexts.zones(ev.packages())));
                continue;
            }
            // Long writes say so, so a person (or a test that kills the program half-way) can see it working.
            ImportOutcome outcome = app.orderImport().commit(preview, r, CurrentUser.headless(),
                    ev.toWrite().size() > 2_000 ? printing(out, m, "orders.cli.writing") : Progress.NONE);
            switch (outcome.result()) {
                case IMPORTED -> {
                    var b = outcome.batch().orElseThrow();
                    out.println("  " + m.get("orders.cli.imported", b.reference(), String.valueOf(b.revision()),
                            outcome.summary().added(), outcome.summary().changed(), outcome.summary().withdrawn(),
                            outcome.summary().unchanged(), OrderTexts.zones(ev.packages()),
                            outcome.stopsCreated(), outcome.stopsShared(), outcome.clientsCreated()));
                    changes(outcome, out, m);
                    PublishedChange.notices(outcome.afterPublishing()).forEach(n -> out.println("  " + m.render(n)));
                    imported++;
                }
                case NOTHING_CHANGED, ALREADY_IMPORTED -> {
                    out.println("  " + m.get("orders.cli.nothingChanged"));
                    changes(outcome, out, m);
                    unchanged++;
                }
                case REFUSED -> {
                    out.println("  " + m.render(outcome.reason().orElseThrow()));
                    rejected++;
                }
            }
        }
        out.println(m.get("orders.cli.total", imported, unchanged, rejected));
        return rejected > 0 ? 1 : 0;
    }

    private static void candidates(BatchPreview preview, ImportProblem p, PrintWriter out, Messages m) {
        preview.batch().orders().stream().filter(o -> o.key().equals(p.target())).findFirst().ifPresent(o -> {
            List<ClientMatch.Candidate> candidates = switch (preview.matchOf(o)) {
                case ClientMatch.Candidates c -> c.candidates();
                case ClientMatch.NameDiffers d -> d.candidates();
                case ClientMatch.ByNumber b -> List.of();
            };
            for (ClientMatch.Candidate c : candidates) {
                out.println("      " + m.get("orders.cli.candidate", c.client().clientNumber(), c.client().name(),
                        c.client().data().address(), c.client().data().postcode(), c.client().data().city()));
            }
        });
    }

    private static void changes(ImportOutcome outcome, PrintWriter out, Messages m) {
        for (OrderChange c : outcome.changes()) {
            if (c.kind() == OrderChange.Kind.CHANGED || c.kind() == OrderChange.Kind.WITHDRAWN
                    || c.kind() == OrderChange.Kind.KEPT_PLANNED || (c.kind() == OrderChange.Kind.NEW
                    && outcome.batch().map(b -> b.revision() > 1).orElse(false))) {
                out.println("    " + m.get("orders.change." + c.kind(), c.reference(), c.clientNumber(), c.clientName(),
                        OrderTexts.zones(c.before()), OrderTexts.zones(c.after()), c.linesBefore(), c.linesAfter()));
            }
        }
    }

    private static Progress printing(PrintWriter out, Messages m, String key) {
        return new Progress() {
            long lastTenth = -1;

            @Override
            public void update(long done, long total, String message) {
                long tenth = total == 0 ? 10 : done * 10 / total;
                if (tenth != lastTenth) {
                    lastTenth = tenth;
                    out.println(m.get(key, tenth * 10, message));
                    out.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
