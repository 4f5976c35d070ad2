package no.smartmat.planner.solomon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import no.smartmat.planner.scenario.FieldError;
import no.smartmat.planner.scenario.ReadResult;

/**
 * Reads the classic Solomon text format (also used by Gehring and Homberger): a name line,
 * {@code VEHICLE / NUMBER CAPACITY} and its values, then {@code CUSTOMER}, a header and one row per
 * customer ({@code CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME}), customer 0 being
 * the depot. Line endings may be CRLF. Problems are reported with their line number.
 */
public final class SolomonReader {

    private SolomonReader() {
    }

    public static ReadResult<SolomonInstance> read(Path file) {
        String fallbackName = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try {
            return parse(Files.readString(file, StandardCharsets.ISO_8859_1), file.toString(), fallbackName);
        } catch (NoSuchFileException e) {
            return ReadResult.failed(file.toString(), List.of(new FieldError("file", "not found")));
        } catch (IOException e) {
            return ReadResult.failed(file.toString(), List.of(new FieldError("file", "cannot be read: " + e)));
        }
    }

    public static ReadResult<SolomonInstance> parse(String text, String source, String fallbackName) {
        List<FieldError> errors = new ArrayList<>();
        List<String> lines;
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            lines = r.lines().toList(); // handles \r\n and \n
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String name = null;
        Integer vehicles = null;
        Integer capacity = null;
        List<SolomonCustomer> rows = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        int section = 0; // 0 name, 1 after VEHICLE, 2 after CUSTOMER
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = "line " + (i + 1);
            if (line.isEmpty()) {
                continue;
            }
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.equals("VEHICLE")) {
                section = 1;
                continue;
            }
            if (upper.equals("CUSTOMER")) {
                section = 2;
                continue;
            }
            if (upper.startsWith("NUMBER") || upper.startsWith("CUST")) {
                continue; // column headers
            }
            String[] parts = line.split("\\s+");
            switch (section) {
                case 0 -> {
                    if (name == null) {
                        name = line;
                    }
                }
                case 1 -> {
                    if (parts.length != 2 || !isInt(parts[0]) || !isInt(parts[1])) {
                        errors.add(new FieldError(where, "\"" + line + "\" is not NUMBER CAPACITY (two whole numbers)"));
                    } else {
                        vehicles = Integer.parseInt(parts[0]);
                        capacity = Integer.parseInt(parts[1]);
                    }
                }
                default -> {
                    Optional<SolomonCustomer> c = row(parts, where, errors);
                    if (c.isPresent()) {
                        if (!numbers.add(c.get().number())) {
                            errors.add(new FieldError(where, "customer " + c.get().number() + " appears twice"));
                        } else {
                            rows.add(c.get());
                        }
                    }
                }
            }
        }
        if (vehicles == null) {
            errors.add(new FieldError("VEHICLE", "missing the NUMBER CAPACITY line"));
        }
        if (rows.isEmpty()) {
            errors.add(new FieldError("CUSTOMER", "no customer rows"));
        } else if (rows.getFirst().number() != 0) {
            errors.add(new FieldError("CUSTOMER", "the first row must be customer 0, the depot"));
        }
        if (!errors.isEmpty()) {
            return ReadResult.failed(source, errors);
        }
        return ReadResult.ok(new SolomonInstance(name == null ? fallbackName : name, vehicles, capacity,
                rows.getFirst(), rows.subList(1, rows.size())));
    }

    private static Optional<SolomonCustomer> row(String[] parts, String where, List<FieldError> errors) {
        if (parts.length != 7) {
            errors.add(new FieldError(where, "expected 7 numbers (CUST NO., XCOORD., YCOORD., DEMAND, READY TIME, "
                    + "DUE DATE, SERVICE TIME), found " + parts.length));
            return Optional.empty();
        }
        String[] columns = {"CUST NO.", "XCOORD.", "YCOORD.", "DEMAND", "READY TIME", "DUE DATE", "SERVICE TIME"};
        double[] v = new double[7];
        for (int k = 0; k < 7; k++) {
            try {
                v[k] = Double.parseDouble(parts[k]);
            } catch (NumberFormatException e) {
                errors.add(new FieldError(where + ", " + columns[k], "\"" + parts[k] + "\" is not a number"));
                return Optional.empty();
            }
        }
        if (v[0] != Math.rint(v[0]) || v[3] != Math.rint(v[3]) || v[3] < 0) {
            errors.add(new FieldError(where, "customer number and demand must be whole numbers ≥ 0"));
            return Optional.empty();
        }
        if (v[5] < v[4]) {
            errors.add(new FieldError(where + ", DUE DATE", parts[5] + " is before READY TIME " + parts[4]));
            return Optional.empty();
        }
        return Optional.of(new SolomonCustomer((int) v[0], v[1], v[2], (int) v[3], v[4], v[5], v[6]));
    }

    private static boolean isInt(String s) {
        return s.matches("\\d+");
    }
}
