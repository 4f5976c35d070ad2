package no.smartmat.console.testsupport;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.smartmat.console.app.Main;
import no.smartmat.console.app.cli.SmartMatCommand;
import picocli.CommandLine;

/** The headless launcher as a script runs it: exit code and what it printed, in a chosen data folder. */
public final class Cli {

    public record Run(int exit, String out, String err) {}

    /** The password {@link #init} gives the first administrator. */
    public static final String PASSWORD = "smartmat-test";

    private Cli() {}

    public static Run run(String... args) {
        return run(System.getenv(), args);
    }

    /** With {@code env} as the environment ({@code SMARTMAT_NEW_PASSWORD}, {@code SMARTMAT_DATA_DIR}, ...). */
    public static Run run(Map<String, String> env, String... args) {
        CommandLine cl = SmartMatCommand.commandLine(env);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** {@code smartmat --data-dir DIR args...}. */
    public static Run in(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    /** {@code smartmat init} of an empty kitchen in {@code dataDir}, administrator {@code admin} / {@link #PASSWORD}. */
    public static Run init(Path dataDir) {
        return run(Map.of("SMARTMAT_NEW_PASSWORD", PASSWORD), "--data-dir", dataDir.toString(), "init",
                "--name", "Testkjøkken", "--municipality", "Bærum", "--depot-address", "Industriveien 1",
                "--lat", "59.894", "--lon", "10.539", "--admin", "admin", "--admin-name", "Ada Admin");
    }

    /**
     * The installed program's way in: {@link Main} in a JVM of its own, with its own exit code and environment
     * (nothing of the test's JVM carries over).
     */
    public static Run process(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        try {
            // Output to files, not pipes: a process that fills a pipe nobody reads yet would wait forever.
            Path out = java.nio.file.Files.createTempFile("smartmat-cli", ".out");
            Path err = java.nio.file.Files.createTempFile("smartmat-cli", ".err");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("smartmat " + String.join(" ", args) + " did not finish in 120 s");
            }
            Run run = new Run(process.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
            java.nio.file.Files.delete(out);
            java.nio.file.Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
