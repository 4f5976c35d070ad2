package no.smartmat.planner.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import no.smartmat.planner.scenario.Plan;
import no.smartmat.planner.scenario.ReadResult;
import no.smartmat.planner.solomon.SolomonInstance;
import no.smartmat.planner.solomon.SolomonInstances;
import no.smartmat.planner.solomon.SolomonReader;
import no.smartmat.planner.solver.PlannerSettings;
import no.smartmat.planner.solver.RoutePlanner;
import no.smartmat.planner.solver.SolveHandle;
import no.smartmat.planner.solver.SolveLimits;
import no.smartmat.planner.solver.SolverProfile;

/**
 * Measures how close the route planner gets to the best-known solutions of the classic VRPTW benchmarks in a fixed
 * time: each instance is solved for N seconds, the plan is checked from the instance file alone, and its distance is
 * compared with the best known distance-only solution (the gap). The 56 Solomon instances ship with the planner;
 * the Gehring–Homberger set (200–1,000 customers) is read from {@code --data DIR}. Run it as
 * {@code ./smartmat benchmark [--instances C1*,R101] [--seconds 60] [--homberger --data DIR [--sizes 200,400,1000]]
 * [--profile default] [--threads 0] [--seed N] [--csv file]}. Every mistake in the command line or the folder is
 * one line on standard error, never a stack trace.
 */
public final class Benchmark {

    static final String USAGE = "usage: benchmark [--instances C1*,R101] [--seconds N] [--homberger --data DIR "
            + "[--sizes 200,400,1000]] [--profile NAME] [--threads N] [--seed N] [--csv FILE]";

    private static final Pattern HOMBERGER_FILE = Pattern.compile("(?i)(c|r|rc)[12]_\\d+_\\d+\\.txt");

    private Benchmark() {
    }

    record Options(Optional<Path> data, List<String> patterns, long seconds, boolean homberger, List<String> sizes,
            SolverProfile profile, int threads, long seed, Optional<Path> csv) {
    }

    /** A mistake the person running the benchmark can fix: a folder, a file. Its message is the whole story. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    /** One instance to solve, read when its turn comes (a Homberger file is 100 KB, the set 13 MB). */
    private record Instance(String name, Supplier<ReadResult<SolomonInstance>> read) {
    }

    record Row(String instance, int customers, int vehicles, int maxVehicles, Optional<BestKnown.Entry> hierarchical,
            double distance, double dimacs, Optional<BestKnown.Entry> best, boolean feasible, String problems,
            Optional<Duration> firstFeasible) {

        Optional<Double> gap() {
            // + 0.0 turns a rounding-sized -0.0 into 0.0, so the table never shows "-0.00"
            return best.map(b -> Math.round((dimacs - b.distance()) / b.distance() * 1e6) / 1e4 + 0.0);
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark: " + e.getMessage());
            System.err.println(USAGE);
            System.err.println("profiles: " + SolverProfile.PRESETS.stream().map(SolverProfile::name).toList());
            System.exit(2);
            return;
        }
        int exit;
        try {
            exit = run(options, System.out);
        } catch (Problem e) {
            System.err.println("benchmark: " + e.getMessage());
            exit = 1;
        }
        System.exit(exit);
    }

    static Options parse(String[] args) {
        Optional<Path> data = Optional.empty();
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
                case "--data" -> data = Optional.of(path(value(args, ++i, a), a));
                case "--instances" -> patterns = Stream.of(value(args, ++i, a).split(",")).map(String::strip)
                        .filter(p -> !p.isEmpty()).toList();
                case "--seconds" -> seconds = whole(value(args, ++i, a), a, 1);
                case "--homberger" -> homberger = true;
                case "--sizes" -> {
                    List<String> given = new ArrayList<>();
                    for (String size : value(args, ++i, a).split(",")) {
                        long customers = whole(size.strip(), a, 100);
                        if (customers % 100 != 0 || customers > 1000) {
                            throw new IllegalArgumentException(a + ": " + size.strip() + " is not a Gehring–Homberger "
                                    + "size (200, 400, 600, 800 or 1000 customers)");
                        }
                        given.add(Long.toString(customers / 100));
                    }
                    sizes = List.copyOf(given);
                }
                case "--profile" -> {
                    String name = value(args, ++i, a);
                    profile = SolverProfile.named(name)
                            .orElseThrow(() -> new IllegalArgumentException("unknown profile " + name));
                }
                case "--threads" -> threads = (int) whole(value(args, ++i, a), a, 0);
                case "--seed" -> seed = whole(value(args, ++i, a), a, 0);
                case "--csv" -> csv = Optional.of(path(value(args, ++i, a), a));
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (homberger && data.isEmpty()) {
            throw new IllegalArgumentException("--homberger needs --data DIR, the folder with the Gehring–Homberger "
                    + "instances (c1_2_1.txt …; where to get them: planner/README.md)");
        }
        if (data.isPresent() && !homberger) {
            throw new IllegalArgumentException("--data DIR is read only with --homberger (the Solomon instances are "
                    + "built in)");
        }
        return new Options(data, patterns, seconds, homberger, sizes, profile, threads, seed, csv);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long whole(String text, String option, long min) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with what was expected
        }
        throw new IllegalArgumentException(option + ": \"" + text + "\" is not a whole number ≥ " + min);
    }

    private static Path path(String text, String option) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(option + ": \"" + text + "\" is not a path: " + e.getReason());
        }
    }

    static int run(Options o, PrintStream out) throws Problem {
        List<Instance> instances = new ArrayList<>();
        if (!o.homberger() || !o.patterns().isEmpty()) {
            instances.addAll(solomon(o.patterns()));
        }
        if (o.homberger()) {
            List<String> defaults = new ArrayList<>();
            for (String size : o.sizes()) {
                for (String cls : List.of("c1", "c2", "r1", "r2", "rc1", "rc2")) {
                    defaults.add(cls + "_" + size + "_1");
                }
            }
            instances.addAll(homberger(o.data().orElseThrow(), o.patterns(), defaults));
        }
        if (instances.isEmpty()) {
            throw new Problem("no instance matches --instances " + String.join(",", o.patterns()) + " (Solomon: "
                    + "C101 … RC208" + (o.homberger() ? "; Gehring–Homberger: c1_2_1 … rc2_10_10" : "") + ")");
        }
        if (o.csv().isPresent()) {
            checkWritable(o.csv().get());
        }
        BestKnown bks = BestKnown.shipped();
        PlannerSettings settings = PlannerSettings.defaults().withProfile(o.profile()).withMoveThreadCount(o.threads())
                .withRandomSeed(o.seed());
        describe(o, instances.size(), out);
        String header = String.format(Locale.ROOT, "%-10s %5s %4s %4s %8s %11s %11s %10s %7s %-8s %8s",
                "instance", "cust", "veh", "max", "bks-veh", "distance", "dimacs", "bks-dist", "gap%", "feasible",
                "1st-feas");
        out.println(header);
        out.println("-".repeat(header.length()));
        List<Row> rows = new ArrayList<>();
        int unreadable = 0;
        RoutePlanner planner = new RoutePlanner(settings);
        for (Instance next : instances) {
            ReadResult<SolomonInstance> read = next.read().get();
            if (!read.isOk()) {
                out.println(read.describe());
                unreadable++;
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
        summary(rows, o, out);
        if (o.csv().isPresent()) {
            try {
                writeCsv(o.csv().get(), rows);
            } catch (IOException e) {
                throw new Problem("cannot write " + o.csv().get() + ": " + reason(e));
            }
            out.println("written to " + o.csv().get());
        }
        return unreadable == 0 ? 0 : 1;
    }

    /** What is measured and how to read the table: the numbers mean little without it. */
    private static void describe(Options o, int count, PrintStream out) {
        long minutes = Math.round(count * o.seconds() / 60.0);
        out.printf(Locale.ROOT, "Planner benchmark: the route planner (OptaPlanner, profile %s, %d move threads, "
                + "seed %d) solves %d VRPTW instance%s for %d s each (about %d min) on %d cores.%n", o.profile().name(),
                o.threads(), o.seed(), count, count == 1 ? "" : "s", o.seconds(), Math.max(1, minutes),
                Runtime.getRuntime().availableProcessors());
        out.println("Measured: the gap between the plan's distance and the best known distance-only solution, "
                + "gap% = (dimacs - bks-dist) / bks-dist.");
        out.println("  veh/max   vehicles used / allowed by the instance; bks-veh: vehicles of the hierarchical best "
                + "known (fewest vehicles first)");
        out.println("  distance  Euclidean, double precision; dimacs: the same with each arc truncated to 0.1, the "
                + "convention of bks-dist");
        out.println("  feasible  checked from the instance file alone: every customer once, time windows, capacity, "
                + "depot due time, <= max vehicles");
        out.println("  1st-feas  time to the first plan that serves every customer within the rules");
    }

    private static List<Instance> solomon(List<String> patterns) {
        List<Pattern> regexes = patterns.stream().map(Benchmark::glob).toList();
        return SolomonInstances.NAMES.stream()
                .filter(name -> regexes.isEmpty() || regexes.stream().anyMatch(r -> r.matcher(name).matches()))
                .map(name -> new Instance(name, () -> SolomonInstances.shipped(name)))
                .toList();
    }

    /** The Gehring–Homberger files in {@code dir} or below it (the SINTEF zips unpack into a folder per size). */
    private static List<Instance> homberger(Path dir, List<String> patterns, List<String> defaults) throws Problem {
        if (!Files.isDirectory(dir)) {
            throw new Problem("--data " + dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder")
                    + " (it should hold the Gehring–Homberger instances, c1_2_1.txt …; see planner/README.md)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir, 4)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> HOMBERGER_FILE.matcher(p.getFileName().toString()).matches())
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new Problem("--data " + dir + ": cannot be read: " + reason(e));
        }
        if (files.isEmpty()) {
            throw new Problem("--data " + dir + ": no Gehring–Homberger instances (c1_2_1.txt … rc2_10_10.txt) in it "
                    + "or its subfolders; see planner/README.md for where to get them");
        }
        List<Pattern> regexes = patterns.stream().map(Benchmark::glob).toList();
        Map<String, Path> byName = new TreeMap<>(Comparator.comparing(Benchmark::naturalKey));
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("(?i)\\.txt$", "").toLowerCase(Locale.ROOT);
            boolean wanted = regexes.isEmpty() ? defaults.contains(name)
                    : regexes.stream().anyMatch(r -> r.matcher(name).matches());
            if (wanted) {
                byName.putIfAbsent(name, file); // the same instance twice (two copies of a zip): solve it once
            }
        }
        return byName.values().stream().map(f -> new Instance(f.toString(), () -> SolomonReader.read(f))).toList();
    }

    private static void checkWritable(Path csv) throws Problem {
        Path parent = csv.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new Problem("--csv " + csv + ": the folder " + parent + " does not exist");
        }
        if (Files.isDirectory(csv)) {
            throw new Problem("--csv " + csv + ": is a folder, not a file");
        }
        if (!Files.isWritable(parent) || (Files.exists(csv) && !Files.isWritable(csv))) {
            throw new Problem("--csv " + csv + ": not writable");
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + " " + cause.getMessage();
    }

    private static String naturalKey(String name) {
        // c1_2_10 after c1_2_9, R110 after R109 (already fixed width)
        StringBuilder key = new StringBuilder();
        for (String part : name.toLowerCase(Locale.ROOT).split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)")) {
            key.append(part.matches("\\d+") ? String.format(Locale.ROOT, "%06d", Integer.parseInt(part)) : part);
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

    private static void summary(List<Row> rows, Options o, PrintStream out) {
        List<Double> gaps = rows.stream().flatMap(r -> r.gap().stream()).toList();
        long feasible = rows.stream().filter(Row::feasible).count();
        double mean = gaps.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double max = gaps.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        out.printf(Locale.ROOT, "feasible (every customer, windows, capacity, <= max vehicles): %d of %d%n", feasible,
                rows.size());
        out.printf(Locale.ROOT, "mean gap to the best known distance-only solution: %.2f %% over %d instances "
                + "(max %.2f %%), %d s per instance, profile %s%n", mean, gaps.size(), max, o.seconds(),
                o.profile().name());
        if (gaps.size() < rows.size()) {
            out.printf(Locale.ROOT, "  (%d instances have no distance-only best known and no gap)%n",
                    rows.size() - gaps.size());
        }
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
            if (w.checkError()) { // PrintWriter keeps write errors (a full disk) to itself
                throw new IOException("writing failed");
            }
        }
    }
}
