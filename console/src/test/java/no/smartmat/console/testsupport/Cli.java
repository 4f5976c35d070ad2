package no.smartmat.console.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.smartmat.console.app.cli.SmartMatCommand;
import picocli.CommandLine;

/** The headless launcher as a script runs it: exit code and what it printed, in a chosen data folder. */
public final class Cli {

    public record Run(int exit, String out, String err) {}

    private Cli() {}

    public static Run run(String... args) {
        CommandLine cl = SmartMatCommand.commandLine();
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
}
