package no.smartmat.planner.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.ReadResult;
import no.smartmat.planner.solomon.SolomonInstance;
import no.smartmat.planner.solomon.SolomonReader;
import no.smartmat.planner.solver.PlannerSettings;
import no.smartmat.planner.solver.RoutePlanner;
import no.smartmat.planner.solver.SolveHandle;
import no.smartmat.planner.solver.SolveLimits;
import no.smartmat.planner.solver.SolverProfile;

/**
 * Solves Solomon (and with {@code --homberger}, Gehring-Homberger) instances for N seconds each and prints
 * vehicles, distance, the gap to the distance-only best-known solution and the time to the first feasible
 * plan. Run it as {@code ./smartmat benchmark --data ../shared/data/vrptw [--instances C1*,R101]
 * [--seconds 60] [--homberger] [--sizes 200,400,1000] [--profile default] [--threads 0] [--csv file]}.
 */
public final class Benchmark {

    private Benchmark() {
    }

    record Options(Path data, List<String> patterns, long seconds, boolean homberger, List<String> sizes,
            SolverProfile profile, int threads, long seed, Optional<Path> csv) {
    }

    record Row(String instance, int customers, int vehicles, int maxVehicles, Optional<BestKnown.Entry> hierarchical,
            double distance, double dimacs, Optional<BestKnown.Entry> best, boolean feasible, String problems,
            Optional<Duration> firstFeasible) {

        Optional<Double> gap() {
            // + 0.0 turns a rounding-sized -0.0 into 0.0, so the table never shows "-0.00"
            return best.map(b -> Math.round((dimacs - b.distance()) / b.distance() * 1e6) / 1e4 + 0.0);
        }
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark: " + e.getMessage());
            System.err.println("usage: benchmark --data DIR [--instances C1*,R101] [--seconds N] [--homberger] "
                    + "[--sizes 200,400,1000] [--profile NAME] [--threads N] [--seed N] [--csv FILE]");
            System.err.println("profiles: " + SolverProfile.PRESETS.stream().map(SolverProfile::name).toList());
            System.exit(2);
            return;
        }
        System.exit(run(options, System.out));
    }

    static Options parse(String[] args) {
        Path data = null;
        List<String> patterns = List.of();
        long seconds = 60;
        boolean homberger = false;
        List<String> sizes = List.of("2", "4", "10");
        SolverProfile profile = SolverProfile.DEFAULT;
        int threads = PlannerSettings.defaults().moveThreadCount();
        long seed = 0;
        Optional<Path> csv = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--instances" -> patterns = List.of(value(args, ++i, a).split(","));
                case "--seconds" -> seconds = Long.parseLong(value(args, ++i, a));
                case "--homberger" -> homberger = true;
                case "--sizes" -> sizes = Stream.of(value(args, ++i, a).split(","))
                        .map(s -> Integer.toString(Integer.parseInt(s.strip()) / 100)).toList();
                case "--profile" -> {
                    String name = value(args, ++i, a);
                    profile = SolverProfile.named(name)
                            .orElseThrow(() -> new IllegalArgumentException("unknown profile " + name));
                }
                case "--threads" -> threads = Integer.parseInt(value(args, ++i, a));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--csv" -> csv = Optional.of(Path.of(value(args, ++i, a)));
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (data == null) {
            throw new IllegalArgumentException("--data is required (the folder with solomon/ and homberger/)");
        }
        return new Options(data, patterns, seconds, homberger, sizes, profile, threads, seed, csv);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    static int run(Options o, PrintStream out) throws IOException {
        BestKnown bks = BestKnown.load(o.data());
        List<Path> files = new ArrayList<>();
        if (!o.homberger() || !o.patterns().isEmpty()) {
            files.addAll(select(o.data().resolve("solomon"), o.patterns(), List.of()));
        }
        if (o.homberger()) {
            List<String> defaults = new ArrayList<>();
            for (String size : o.sizes()) {
                for (String cls : List.of("c1", "c2", "r1", "r2", "rc1", "rc2")) {
                    defaults.add(cls + "_" + size + "_1");
                }
            }
            files.addAll(select(o.data().resolve("homberger"), o.patterns(), defaults));
        }
        if (files.isEmpty()) {
            out.println("no instances match " + o.patterns());
            return 1;
        }
        PlannerSettings settings = PlannerSettings.defaults().withProfile(o.profile()).withMoveThreadCount(o.threads())
                .withRandomSeed(o.seed());
        out.printf(Locale.ROOT, "profile %s, move threads %d, %d s per instance, %d instances, %d cores%n",
                o.profile(), o.threads(), o.seconds(), files.size(), Runtime.getRuntime().availableProcessors());
        String header = String.format(Locale.ROOT, "%-10s %5s %4s %4s %8s %11s %11s %10s %7s %-8s %8s",
                "instance", "cust", "veh", "max", "bks-veh", "distance", "dimacs", "bks-dist", "gap%", "feasible",
                "1st-feas");
        out.println(header);
        out.println("-".repeat(header.length()));
        List<Row> rows = new ArrayList<>();
        RoutePlanner planner = new RoutePlanner(settings);
        for (Path file : files) {
            ReadResult<SolomonInstance> read = SolomonReader.read(file);
            if (!read.isOk()) {
                out.println(read.describe());
                continue;
            }
            SolomonInstance instance = read.orElseThrow();
            Row row = solve(planner, instance, o, bks);
            rows.add(row);
            out.println(format(row));
            if (!row.problems().isEmpty()) {
                out.println("    problems: " + row.problems());
            }
        }
        out.println("-".repeat(header.length()));
        summary(rows, out);
        if (o.csv().isPresent()) {
            writeCsv(o.csv().get(), rows);
        }
        return 0;
    }

    private static List<Path> select(Path dir, List<String> patterns, List<String> defaults) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such folder: " + dir);
        }
        List<Pattern> regexes = patterns.stream().map(Benchmark::glob).toList();
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(p -> {
                        String name = p.getFileName().toString().replaceFirst("(?i)\\.txt$", "");
                        if (regexes.isEmpty()) {
                            return defaults.isEmpty() || defaults.contains(name.toLowerCase(Locale.ROOT));
                        }
                        return regexes.stream().anyMatch(r -> r.matcher(name).matches());
                    })
                    .sorted(Comparator.comparing(Benchmark::naturalKey))
                    .toList();
        }
    }

    private static String naturalKey(Path p) {
        // c1_2_10 after c1_2_9, R110 after R109 (already fixed width)
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT).replace(".txt", "");
        StringBuilder key = new StringBuilder();
        for (String part : name.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)")) {
            key.append(part.matches("\\d+") ? String.format("%06d", Integer.parseInt(part)) : part);
        }
        return key.toString();
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder("(?i)");
        for (char c : glob.strip().toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(Character.toString(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static Row solve(RoutePlanner planner, SolomonInstance instance, Options o, BestKnown bks) {
        AtomicReference<Duration> firstFeasible = new AtomicReference<>();
        int maxVehicles = instance.vehicleCount();
        SolveHandle handle = planner.start(instance, SolveLimits.seconds(o.seconds()), p -> {
            if (p.complete() && firstFeasible.get() == null) {
                firstFeasible.set(p.elapsed());
            }
        });
        Plan plan = handle.await();
        SolomonCheck check = SolomonCheck.of(instance, plan);
        return new Row(instance.name(), instance.customers().size(), check.vehicles(), maxVehicles,
                bks.hierarchical(instance.name()), check.distance(), check.dimacsDistance(),
                bks.distanceOnly(instance.name()), check.feasible(), String.join("; ", check.problems()),
                Optional.ofNullable(firstFeasible.get()));
    }

    private static String format(Row r) {
        return String.format(Locale.ROOT, "%-10s %5d %4d %4d %8s %11.2f %11.1f %10s %7s %-8s %8s",
                r.instance(), r.customers(), r.vehicles(), r.maxVehicles(),
                r.hierarchical().map(h -> Integer.toString(h.vehicles())).orElse("-"),
                r.distance(), r.dimacs(),
                r.best().map(b -> String.format(Locale.ROOT, "%.1f", b.distance())).orElse("-"),
                r.gap().map(g -> String.format(Locale.ROOT, "%.2f", g)).orElse("-"),
                r.feasible() ? "yes" : "NO",
                r.firstFeasible().map(d -> String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0)).orElse("never"));
    }

    private static void summary(List<Row> rows, PrintStream out) {
        List<Double> gaps = rows.stream().flatMap(r -> r.gap().stream()).toList();
        long feasible = rows.stream().filter(Row::feasible).count();
        double mean = gaps.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double max = gaps.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        out.printf(Locale.ROOT, "feasible (all served, windows, capacity, ≤ max vehicles): %d/%d%n", feasible,
                rows.size());
        out.printf(Locale.ROOT, "mean gap to distance-only BKS (DIMACS distances): %.2f %% over %d instances "
                + "(max %.2f %%)%n", mean, gaps.size(), max);
        for (String group : List.of("C1", "C2", "R1", "R2", "RC1", "RC2")) {
            List<Double> g = rows.stream().filter(r -> groupOf(r.instance()).equals(group))
                    .flatMap(r -> r.gap().stream()).toList();
            if (!g.isEmpty()) {
                out.printf(Locale.ROOT, "  %-4s mean gap %.2f %% (%d)%n", group,
                        g.stream().mapToDouble(Double::doubleValue).average().orElse(0), g.size());
            }
        }
    }

    private static String groupOf(String instance) {
        String upper = instance.toUpperCase(Locale.ROOT);
        String cls = upper.replaceAll("^([A-Z]+)(\\d).*", "$1$2");
        return cls;
    }

    private static void writeCsv(Path file, List<Row> rows) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("instance,customers,vehicles,max_vehicles,bks_vehicles,distance,dimacs_distance,"
                    + "bks_distance_dimacs,gap_percent,feasible,first_feasible_s");
            for (Row r : rows) {
                w.printf(Locale.ROOT, "%s,%d,%d,%d,%s,%.4f,%.1f,%s,%s,%s,%s%n", r.instance(), r.customers(),
                        r.vehicles(), r.maxVehicles(),
                        r.hierarchical().map(h -> Integer.toString(h.vehicles())).orElse(""), r.distance(), r.dimacs(),
                        r.best().map(b -> Double.toString(b.distance())).orElse(""),
                        r.gap().map(g -> String.format(Locale.ROOT, "%.3f", g)).orElse(""), r.feasible(),
                        r.firstFeasible().map(d -> String.format(Locale.ROOT, "%.2f", d.toMillis() / 1000.0))
                                .orElse(""));
            }
        }
    }
}
