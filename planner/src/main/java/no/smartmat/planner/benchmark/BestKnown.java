package no.smartmat.planner.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Best-known solutions from the CSV files in {@code shared/data/vrptw}: the hierarchical BKS (fewest
 * vehicles, then distance) and the distance-only BKS (DIMACS convention: distances truncated to one
 * decimal).
 */
record BestKnown(Map<String, Entry> hierarchical, Map<String, Entry> distanceOnly) {

    record Entry(int vehicles, double distance) {
    }

    static BestKnown load(Path dataDir) throws IOException {
        Map<String, Entry> hierarchical = new HashMap<>();
        Map<String, Entry> distanceOnly = new HashMap<>();
        Path solomon = dataDir.resolve("solomon_bks.csv");
        if (Files.exists(solomon)) {
            for (List<String> row : rows(solomon)) {
                hierarchical.put(key(row.get(0)), new Entry(Integer.parseInt(row.get(1)), Double.parseDouble(row.get(2))));
            }
        }
        Path solomonDist = dataDir.resolve("solomon_bks_min_distance.csv");
        if (Files.exists(solomonDist)) {
            for (List<String> row : rows(solomonDist)) {
                distanceOnly.put(key(row.get(0)), new Entry(Integer.parseInt(row.get(1)), Double.parseDouble(row.get(2))));
            }
        }
        Path homberger = dataDir.resolve("homberger_bks.csv");
        if (Files.exists(homberger)) {
            for (List<String> row : rows(homberger)) {
                hierarchical.put(key(row.get(0)), new Entry(Integer.parseInt(row.get(2)), Double.parseDouble(row.get(3))));
                // columns: instance, customers, vehicles, distance, source, sintef_listed_vehicles,
                // sintef_listed_distance, sintef_credited, mindist_vehicles, mindist_distance_dimacs
                if (row.size() > 9 && !row.get(8).isBlank() && !row.get(9).isBlank()) {
                    distanceOnly.put(key(row.get(0)),
                            new Entry(Integer.parseInt(row.get(8)), Double.parseDouble(row.get(9))));
                }
            }
        }
        return new BestKnown(hierarchical, distanceOnly);
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
    private static List<List<String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
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
