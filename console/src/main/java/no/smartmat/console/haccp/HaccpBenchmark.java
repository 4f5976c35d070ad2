package no.smartmat.console.haccp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.access.CurrentUser;

/**
 * How the HACCP records scale: logger imports (with the alarm rules and the hash chain), verifying the chain, missing
 * checks and the report, on the services it is given (a throwaway kitchen's: {@code ./smartmat haccp benchmark}).
 */
public final class HaccpBenchmark {

    private HaccpBenchmark() {}

    /** Fills {@code sensors} cold rooms with {@code days} of readings every 15 minutes and times each step. */
    public static void run(Haccp haccp, Path databaseFile, Clock clock, int days, int sensors, Consumer<String> log)
            throws IOException {
        ZoneId zone = clock.getZone();
        CurrentUser by = CurrentUser.headless("benchmark");
        LocalDate today = LocalDate.now(clock);
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
            for (java.time.ZonedDateTime t = first.atStartOfDay(zone); t.isBefore(today.atStartOfDay(zone));
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
            var outcome = haccp.imports().commit(preview, false, by).valueIfDone().orElseThrow();
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
        log.accept(String.format("HACCP benchmark: %d sensor units × %d days at 15 min = %,d readings (%,d chain links)",
                sensors, days, rows, v.links()));
        log.accept(String.format("  import + rules + chain: %,d ms (%,.0f readings/s), %d deviations raised",
                ms(importNanos), rows / (importNanos / 1e9), deviations));
        log.accept(String.format("  verify chain:           %,d ms (%s)", ms(t3 - t2), v.intact() ? "intact" : "BROKEN"));
        log.accept(String.format("  missing checks, %d days: %,d ms (%d found)", days, ms(t4 - t3), missing));
        log.accept(String.format("  report content, 7 days: %,d ms", ms(t5 - t4)));
        log.accept(String.format("  report PDF, 7 days:     %,d ms (%d pages, %,d kB)", ms(t6 - t5), rendered.pageCount(),
                pdf.size() / 1024));
        log.accept(String.format("  database file:          %,d kB", Files.size(databaseFile) / 1024));
    }

    private static long ms(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
