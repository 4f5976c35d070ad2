package no.smartmat.planner.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Best-known solutions shipped with the planner ({@code vrptw/*.csv} on the class path; sources in
 * {@code vrptw/README.md}): the hierarchical BKS (fewest vehicles, then distance) and the distance-only BKS
 * (DIMACS convention: distances truncated to one decimal), for the Solomon and the Gehring–Homberger instances.
 */
record BestKnown(Map<String, Entry> hierarchical, Map<String, Entry> distanceOnly) {

    record Entry(int vehicles, double distance) {
    }

    /** Our own files: a row that does not parse is a bug in the build, not something a user did. */
    static BestKnown shipped() {
        Map<String, Entry> hierarchical = new HashMap<>();
        Map<String, Entry> distanceOnly = new HashMap<>();
        for (List<String> row : rows("solomon_bks.csv")) {
            hierarchical.put(key(row.get(0)), new Entry(Integer.parseInt(row.get(1)), Double.parseDouble(row.get(2))));
        }
        for (List<String> row : rows("solomon_bks_min_distance.csv")) {
            distanceOnly.put(key(row.get(0)), new Entry(Integer.parseInt(row.get(1)), Double.parseDouble(row.get(2))));
        }
        for (List<String> row : rows("homberger_bks.csv")) {
            hierarchical.put(key(row.get(0)), new Entry(Integer.parseInt(row.get(2)), Double.parseDouble(row.get(3))));
            // columns: instance, customers, vehicles, distance, source, sintef_listed_vehicles,
            // sintef_listed_distance, sintef_credited, mindist_vehicles, mindist_distance_dimacs
            if (row.size() > 9 && !row.get(8).isBlank() && !row.get(9).isBlank()) {
                distanceOnly.put(key(row.get(0)), new Entry(Integer.parseInt(row.get(8)), Double.parseDouble(row.get(9))));
            }
        }
        return new BestKnown(Map.copyOf(hierarchical), Map.copyOf(distanceOnly));
    }

    Optional<Entry> hierarchical(String instance) {
        return Optional.ofNullable(hierarchical.get(key(instance)));
    }

    Optional<Entry> distanceOnly(String instance) {
        return Optional.ofNullable(distanceOnly.get(key(instance)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Data rows of a simple CSV (quoted fields may hold commas). */
    private static List<List<String>> rows(String name) {
        String resource = "/vrptw/" + name;
        List<String> lines;
        try (InputStream in = BestKnown.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the planner's jar");
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            fields.add(current.toString());
            rows.add(fields);
        }
        return rows;
    }
}
