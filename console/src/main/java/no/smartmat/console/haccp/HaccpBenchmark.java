package no.smartmat.console.haccp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.access.CurrentUser;

/**
 * How the HACCP records scale: logger imports (with the alarm rules and the hash chain), verifying the chain, missing
 * checks and the report. Run on a throwaway kitchen in a temporary folder:
 * {@code java -cp console/target/smartmat-console.jar:console/target/lib/* no.smartmat.console.haccp.HaccpBenchmark [days] [sensor units]}
 */
public final class HaccpBenchmark {

    private HaccpBenchmark() {}

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int sensors = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("haccp-benchmark");
        try {
            run(dir, days, sensors);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Path dir, int days, int sensors) throws Exception {
        AppContext app = AppContext.open(dir, Clock.systemDefaultZone());
        Haccp haccp = app.haccp();
        CurrentUser by = CurrentUser.headless("benchmark");
        LocalDate today = LocalDate.now(app.clock());
        LocalDate first = today.minusDays(days);
        for (int u = 1; u <= sensors; u++) {
            haccp.units().save(Optional.empty(), new ColdUnitService.UnitForm("KR-" + u, "Kjølerom " + u, "COLD_ROOM", "", "",
                    "dt-" + u, "", "15", true), first, by);
        }
        Random random = new Random(7);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        long importNanos = 0;
        int rows = 0, deviations = 0;
        for (int u = 1; u <= sensors; u++) {
            StringBuilder csv = new StringBuilder("Tidspunkt;Temperatur (°C)\r\n");
            // by instant, as a logger samples: the hour that repeats when summer time ends is written twice
            for (java.time.ZonedDateTime t = first.atStartOfDay(app.zone()); t.isBefore(today.atStartOfDay(app.zone()));
                 t = t.plusMinutes(15)) {
                // a door left open for an hour every third day, so the rules have deviations to raise
                boolean open = t.getDayOfYear() % 3 == 0 && t.getHour() == 10;
                double v = open ? 6.5 : 3 + random.nextGaussian() * 0.3;
                csv.append(f.format(t)).append(';').append(String.format(Locale.ROOT, "%.1f", v).replace('.', ',')).append("\r\n");
                rows++;
            }
            long t0 = System.nanoTime();
            var preview = haccp.imports().preview(new LoggerImportService.Request("kr-" + u + ".csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8), Optional.of("KR-" + u), Optional.empty(), Optional.empty()));
            var outcome = haccp.imports().commit(preview, false, by).orElseThrow();
            importNanos += System.nanoTime() - t0;
            deviations += outcome.evaluation().raised();
        }
        long t2 = System.nanoTime();
        HaccpChain.Verification v = haccp.verify();
        long t3 = System.nanoTime();
        int missing = haccp.missingChecks().between(first, today.minusDays(1), Optional.empty()).size();
        long t4 = System.nanoTime();
        HaccpReport week = haccp.reports().build(today.minusDays(7), today.minusDays(1), Optional.empty(), "Benchmark");
        long t5 = System.nanoTime();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        var rendered = HaccpPdf.write(week, new Messages(Messages.NORWEGIAN), pdf);
        long t6 = System.nanoTime();
        System.out.printf("HACCP benchmark: %d sensor units × %d days at 15 min = %,d readings (%,d chain links)%n",
                sensors, days, rows, v.links());
        System.out.printf("  import + rules + chain: %,d ms (%,.0f readings/s), %d deviations raised%n",
                ms(importNanos), rows / (importNanos / 1e9), deviations);
        System.out.printf("  verify chain:           %,d ms (%s)%n", ms(t3 - t2), v.intact() ? "intact" : "BROKEN");
        System.out.printf("  missing checks, %d days: %,d ms (%d found)%n", days, ms(t4 - t3), missing);
        System.out.printf("  report content, 7 days: %,d ms%n", ms(t5 - t4));
        System.out.printf("  report PDF, 7 days:     %,d ms (%d pages, %,d kB)%n", ms(t6 - t5), rendered.pageCount(),
                pdf.size() / 1024);
        System.out.printf("  database file:          %,d kB%n", Files.size(app.db().file()) / 1024);
    }

    private static long ms(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
