package no.smartmat.console.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.orders.ChangeSummary;
import no.smartmat.console.orders.ImportedBatch;
import no.smartmat.console.app.benchmark.OrderImportBenchmark;
import no.smartmat.console.orders.OrderTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "orders", mixinStandardHelpOptions = true,
        subcommands = {OrdersCommand.History.class, OrdersCommand.Benchmark.class})
final class OrdersCommand {

    @Command(name = "history", mixinStandardHelpOptions = true)
    static final class History extends HeadlessCommand implements Callable<Integer> {

        @Option(names = "--limit", paramLabel = "N")
        int limit = 20;

        @Override
        public Integer call() {
            AppContext app = open();
            Messages m = messages();
            PrintWriter out = spec.commandLine().getOut();
            for (ImportedBatch b : app.orderImport().history(limit)) {
                ChangeSummary c = ChangeSummary.parse(b.changeSummary());
                out.println(m.get("orders.cli.history", b.importedAt().atZone(app.zone()).toLocalDateTime().toString().replace('T', ' ')
                                .substring(0, 16), b.supplier(), b.reference(), String.valueOf(b.revision()),
                        OrderTexts.date(b.deliveryDate()), b.orderCount(), b.packageCount(),
                        b.importedBy().isEmpty() ? "–" : b.importedBy(), c.added(), c.changed(), c.withdrawn()));
            }
            return 0;
        }
    }

    @Command(name = "benchmark", mixinStandardHelpOptions = true)
    static final class Benchmark extends HeadlessCommand implements Callable<Integer> {

        @Option(names = "--orders", paramLabel = "N")
        int orders = 10_000;

        @Option(names = "--rounds", paramLabel = "N")
        int rounds = 4;

        @Option(names = "--work-dir", paramLabel = "DIR")
        Optional<Path> workDir = Optional.empty();

        @Override
        public Integer call() throws IOException {
            Path dir = workDir.orElse(Files.createTempDirectory("smartmat-orders-benchmark"));
            PrintWriter out = spec.commandLine().getOut();
            try {
                List<OrderImportBenchmark.Figures> figures = OrderImportBenchmark.run(dir, orders, rounds, line -> {
                    out.println(line);
                    out.flush();
                });
                for (String format : List.of("CSV", "JSON")) {
                    List<Long> totals = figures.stream().filter(f -> f.format().equals(format) && (f.round() > 1 || rounds == 1))
                            .map(OrderImportBenchmark.Figures::totalMillis).sorted().toList();
                    out.println(messages().get("orders.cli.benchmark", format, orders, totals.get(totals.size() / 2),
                            totals.getFirst(), totals.getLast(), Runtime.version().toString(),
                            Runtime.getRuntime().availableProcessors()));
                }
            } finally {
                if (workDir.isEmpty()) {
                    try (var walk = Files.walk(dir)) {
                        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
            return 0;
        }
    }
}
