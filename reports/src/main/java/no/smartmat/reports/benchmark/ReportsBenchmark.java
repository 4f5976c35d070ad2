package no.smartmat.reports.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

import no.smartmat.reports.common.Address;
import no.smartmat.reports.common.Barcodes;
import no.smartmat.reports.common.Instruction;
import no.smartmat.reports.common.RenderResult;
import no.smartmat.reports.common.TimeWindow;
import no.smartmat.reports.common.Zone;
import no.smartmat.reports.haccp.Completeness;
import no.smartmat.reports.haccp.HaccpReport;
import no.smartmat.reports.haccp.HaccpReportRenderer;
import no.smartmat.reports.haccp.HaccpUnit;
import no.smartmat.reports.haccp.Level;
import no.smartmat.reports.haccp.LimitBand;
import no.smartmat.reports.haccp.LimitProfile;
import no.smartmat.reports.haccp.Reading;
import no.smartmat.reports.haccp.Signed;
import no.smartmat.reports.haccp.UnitFigures;
import no.smartmat.reports.haccp.UnitKind;
import no.smartmat.reports.labels.Label;
import no.smartmat.reports.labels.LabelLayout;
import no.smartmat.reports.labels.LabelRenderer;
import no.smartmat.reports.manifests.Manifest;
import no.smartmat.reports.manifests.ManifestOptions;
import no.smartmat.reports.manifests.ManifestPackage;
import no.smartmat.reports.manifests.ManifestRenderer;
import no.smartmat.reports.manifests.ManifestStop;
import no.smartmat.reports.manifests.StopChanges;
import no.smartmat.reports.manifests.ZoneInstruction;

/**
 * Times the documents of a big day: labels for 1,000 packages (each layout) and manifests
 * for 400 stops (with and without loading lists), plus a month's HACCP report. Target
 * from the issue: under 5 s each on the 2-core machine.
 *
 * <p>Usage: {@code ReportsBenchmark [--runs N] [--out DIR]}. The first run of each
 * document is reported separately ("cold": class loading, font parsing, JIT), then the
 * median and worst of N warm runs. With {@code --out} the PDFs are also written there.
 */
public final class ReportsBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final String[] FIRST = {"Kari", "Ola", "Ingrid", "Bjørn", "Åse", "Øystein", "Solveig", "Håkon",
        "Ragnhild", "Tor", "Gunnhild", "Per", "Astrid", "Jørgen", "Sigrid", "Liv", "Knut", "Márjá", "Randi", "Aslak"};
    private static final String[] LAST = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
        "Kristiansen", "Jensen", "Karlsen", "Bråten", "Sæther", "Løvås", "Ødegård", "Haugen", "Østby", "Aas", "Sørensen"};
    private static final String[] STREETS = {"Brambanis vei", "Damveien", "Åses vei", "Brynsveien", "Sonja Henies vei",
        "Gamle Ringeriksvei", "Kirkeveien", "Løkkeåsveien", "Bærumsveien", "Østernvannveien"};

    private ReportsBenchmark() {
    }

    private interface Job {
        RenderResult run(OutputStream out) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        int runs = 5;
        Optional<Path> outDir = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--out" -> outDir = Optional.of(Path.of(args[++i]));
                default -> {
                    System.err.println("Usage: ReportsBenchmark [--runs N] [--out DIR]");
                    System.exit(2);
                }
            }
        }
        List<Manifest> day = manifests(10, 40, 1000);
        List<Label> labels = labels(day);
        System.out.printf(Locale.ROOT, "Day: %d routes, %d stops, %d packages; %d cores, Java %s%n", day.size(),
                day.stream().mapToInt(m -> m.stops().size()).sum(), labels.size(),
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf(Locale.ROOT, "%-34s %6s %9s %9s %9s %8s%n", "document", "pages", "cold ms", "median ms",
                "worst ms", "MB");

        LabelRenderer labelRenderer = new LabelRenderer();
        for (LabelLayout.Format format : LabelLayout.Format.values()) {
            LabelLayout layout = LabelLayout.of(format);
            measure("labels 1000 " + format.name().toLowerCase(Locale.ROOT), runs, outDir,
                    out -> labelRenderer.render(labels, layout, out));
        }
        ManifestRenderer manifestRenderer = new ManifestRenderer();
        ManifestOptions options = ManifestOptions.defaults().printedBy("Benchmark", LocalDateTime.of(2026, 12, 1, 7, 0));
        measure("manifests 400 stops", runs, outDir, out -> manifestRenderer.render(day, options, out));
        measure("manifests 400 stops + loading", runs, outDir,
                out -> manifestRenderer.render(day, options.withLoadingListFirst(true), out));
        HaccpReport month = haccpMonth(10, Duration.ofMinutes(5));
        measure("haccp 30 days 10 units 5-min", runs, outDir, out -> new HaccpReportRenderer().render(month, out));
    }

    private static void measure(String name, int runs, Optional<Path> outDir, Job job) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 22);
        long start = System.nanoTime();
        RenderResult result = job.run(buffer);
        long cold = System.nanoTime() - start;
        long[] warm = new long[runs];
        for (int i = 0; i < runs; i++) {
            buffer.reset();
            long t = System.nanoTime();
            job.run(buffer);
            warm[i] = System.nanoTime() - t;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%-34s %6d %9.0f %9.0f %9.0f %8.1f%n", name, result.pageCount(), cold / 1e6,
                runs == 0 ? Double.NaN : warm[runs / 2] / 1e6, runs == 0 ? Double.NaN : warm[runs - 1] / 1e6,
                buffer.size() / 1e6);
        if (!result.warnings().isEmpty()) {
            System.out.println("  warnings: " + result.warnings().size() + ", first: " + result.warnings().getFirst().message());
        }
        if (outDir.isPresent()) {
            Files.createDirectories(outDir.get());
            Files.write(outDir.get().resolve(name.replace(' ', '-').replace("+", "plus") + ".pdf"), buffer.toByteArray());
        }
    }

    /** {@code routes} routes of {@code stopsPerRoute} stops, {@code packages} packages spread over them. */
    static List<Manifest> manifests(int routes, int stopsPerRoute, int packages) {
        Random r = new Random(42);
        int stops = routes * stopsPerRoute;
        int[] perStop = new int[stops];
        Arrays.fill(perStop, packages / stops);
        for (int i = 0; i < packages % stops; i++) {
            perStop[r.nextInt(stops)]++;
        }
        List<Manifest> result = new ArrayList<>();
        int serial = 0;
        for (int v = 0; v < routes; v++) {
            List<ManifestStop> list = new ArrayList<>();
            LocalTime eta = LocalTime.of(9, 0);
            for (int s = 1; s <= stopsPerRoute; s++) {
                int count = perStop[v * stopsPerRoute + s - 1];
                List<ManifestPackage> pk = new ArrayList<>();
                for (int b = 1; b <= count; b++) {
                    String body = "37040000" + String.format(Locale.ROOT, "%09d", ++serial);
                    Zone zone = b == 1 ? Zone.CHILLED : Zone.values()[r.nextInt(3)];
                    pk.add(new ManifestPackage(body + Barcodes.gs1CheckDigit(body), zone, b));
                }
                LocalTime start = LocalTime.of(9 + (s - 1) * 5 / stopsPerRoute, 0);
                list.add(new ManifestStop(s, eta, new TimeWindow(start, start.plusHours(2)),
                        FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)],
                        new Address(STREETS[r.nextInt(STREETS.length)] + " " + (1 + r.nextInt(80)), "1337", "Sandvika"),
                        Optional.of("9" + (10 + r.nextInt(89)) + " 12 345"),
                        r.nextInt(3) == 0 ? Optional.of("Nøkkelboks til venstre for døra") : Optional.empty(),
                        Optional.empty(), r.nextInt(4) != 0 ? putAway(pk) : List.of(), pk,
                        r.nextInt(3) == 0 ? Optional.of("Sett maten på nederste hylle. Ring datteren ved bekymring.")
                                : Optional.empty(),
                        s == 3 ? StopChanges.clientAdded() : StopChanges.NONE));
                eta = eta.plusMinutes(5 + r.nextInt(6));
            }
            result.add(new Manifest(DAY, "BIL-" + (v + 1), FIRST[v % FIRST.length] + " Sjåfør", LocalTime.of(8, 30),
                    eta.plusMinutes(20), 60 + v, "v1", list, List.of(), Optional.empty()));
        }
        return result;
    }

    /** Sample instructions for a client who wants the food put away (the console decides the real ones). */
    private static List<ZoneInstruction> putAway(List<ManifestPackage> packages) {
        return packages.stream().map(ManifestPackage::zone).distinct().sorted().map(z -> new ZoneInstruction(z, switch (z) {
            case CHILLED -> new Instruction("SETTES I KJØLESKAP", "KJØLESKAP");
            case FROZEN -> new Instruction("SETTES I FRYSER", "FRYSER");
            case AMBIENT -> new Instruction("SETTES I SKAP", "SKAP");
        })).toList();
    }

    /** Labels for every package, in print order: per route, last stop first. */
    static List<Label> labels(List<Manifest> day) {
        List<Label> labels = new ArrayList<>();
        for (Manifest m : day) {
            for (ManifestStop s : m.stops().reversed()) {
                for (ManifestPackage p : s.packages()) {
                    labels.add(new Label(p.packageCode(), s.clientName(), s.address(), Optional.of("Sandvika"),
                            m.vanCode(), m.driverName(), s.stopNumber(), m.stops().size(), m.date(), s.window(), p.zone(),
                            p.bagNumber(), s.packages().size(),
                            s.instructions().stream().filter(i -> i.zone() == p.zone()).map(ZoneInstruction::instruction).findFirst(),
                            s.accessNotes().isPresent(), List.of()));
                }
            }
        }
        return labels;
    }

    static HaccpReport haccpMonth(int units, Duration interval) {
        ZoneId oslo = ZoneId.of("Europe/Oslo");
        Instant from = DAY.atStartOfDay(oslo).toInstant();
        Instant to = DAY.plusDays(30).atStartOfDay(oslo).toInstant();
        LimitProfile chilled = new LimitProfile(Instant.EPOCH, List.of(LimitBand.atMost(Level.GREEN, 4),
                LimitBand.between(Level.YELLOW, 4, 12), LimitBand.atLeast(Level.RED, 12)));
        Random r = new Random(7);
        List<HaccpUnit> list = new ArrayList<>();
        for (int u = 1; u <= units; u++) {
            List<Reading> readings = new ArrayList<>();
            for (Instant t = from; t.isBefore(to); t = t.plus(interval)) {
                readings.add(Reading.sensor(t, 2.5 + Math.sin(t.getEpochSecond() / 5000.0) + r.nextGaussian() * 0.2,
                        Level.GREEN));
            }
            // The figures are the console's to compute; the renderer only prints them, so any plausible values do.
            UnitFigures figures = new UnitFigures(readings.size(), 0, 0, 0, OptionalDouble.of(1.6), OptionalDouble.of(3.4),
                    OptionalDouble.of(2.5), OptionalDouble.of(1), UnitFigures.Weighting.TIME, OptionalDouble.of(1));
            list.add(new HaccpUnit("U" + u, "Kjølerom " + u, UnitKind.COLD_ROOM, "Kjøkken", Optional.empty(),
                    List.of(chilled), interval.multipliedBy(3), readings, List.of(), List.of(), figures,
                    Completeness.COMPLETE, Signed.NONE));
        }
        return new HaccpReport("Bærum storkjøkken", DAY, DAY.plusDays(29), "Kari Nordmann", to, oslo, list, List.of());
    }
}
