package no.smartmat.planner.solomon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.smartmat.planner.scenario.FieldError;
import no.smartmat.planner.scenario.ReadResult;

/**
 * The 56 Solomon instances shipped inside the planner ({@code vrptw/solomon/*.txt} on the class path; source and
 * terms in {@code vrptw/README.md}), so the benchmark and {@code plan --solomon C101} need nothing beside the
 * program.
 */
public final class SolomonInstances {

    /** C101–C109, C201–C208, R101–R112, R201–R211, RC101–RC108, RC201–RC208: the set as Solomon published it. */
    public static final List<String> NAMES = names();

    private static final String FOLDER = "/vrptw/solomon/";

    private SolomonInstances() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        addRange(names, "C1", 9);
        addRange(names, "C2", 8);
        addRange(names, "R1", 12);
        addRange(names, "R2", 11);
        addRange(names, "RC1", 8);
        addRange(names, "RC2", 8);
        return List.copyOf(names);
    }

    private static void addRange(List<String> names, String group, int count) {
        for (int i = 1; i <= count; i++) {
            names.add(String.format(Locale.ROOT, "%s%02d", group, i));
        }
    }

    /** The shipped instance's canonical name ({@code c101} and {@code C101.txt} are C101), if it is one. */
    public static Optional<String> shippedName(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT).replaceFirst("\\.TXT$", "");
        return NAMES.contains(upper) ? Optional.of(upper) : Optional.empty();
    }

    /** Reads a shipped instance by name; a name that is not one of the 56 is reported as such. */
    public static ReadResult<SolomonInstance> shipped(String name) {
        Optional<String> canonical = shippedName(name);
        if (canonical.isEmpty()) {
            return ReadResult.failed(name, List.of(new FieldError("instance", notShipped())));
        }
        String resource = FOLDER + canonical.get() + ".txt";
        try (InputStream in = SolomonInstances.class.getResourceAsStream(resource)) {
            if (in == null) {
                // Only a broken build loses a resource; say which, rather than pretend the name is unknown.
                return ReadResult.failed(canonical.get(), List.of(new FieldError("instance",
                        "missing from this build (" + resource + " is not on the class path)")));
            }
            return SolomonReader.parse(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1), canonical.get(),
                    canonical.get());
        } catch (IOException e) {
            return ReadResult.failed(canonical.get(), List.of(new FieldError("instance", "cannot be read: " + e)));
        }
    }

    /**
     * What a person typed after {@code --solomon}: a file that exists is read (so a file named like an instance in
     * the working folder wins), else the name of a shipped instance. Anything else fails with one line that says both
     * were tried.
     */
    public static ReadResult<SolomonInstance> read(String fileOrName) {
        Optional<Path> file = asExistingFile(fileOrName);
        if (file.isPresent()) {
            return SolomonReader.read(file.get());
        }
        if (shippedName(fileOrName).isPresent()) {
            return shipped(fileOrName);
        }
        return ReadResult.failed(fileOrName, List.of(new FieldError("file", "no such file, and " + notShipped())));
    }

    private static Optional<Path> asExistingFile(String text) {
        try {
            Path path = Path.of(text);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static String notShipped() {
        return "not one of the shipped Solomon instances (C101–C109, C201–C208, R101–R112, R201–R211, RC101–RC108, "
                + "RC201–RC208)";
    }
}
