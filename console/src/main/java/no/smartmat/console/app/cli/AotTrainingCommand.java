package no.smartmat.console.app.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code smartmat aot-training --data-dir KITCHEN}, for the build only: runs the everyday headless commands once, in
 * this JVM, on a throw-away kitchen made beforehand with {@code init} (in another JVM: creating it runs every Flyway
 * migration, which no everyday command does, and the cache should not carry those classes). A JVM started with
 * {@code -XX:AOTCacheOutput} records the classes and method profiles these commands need; later starts with
 * {@code -XX:AOTCache} find them loaded and linked already. Most of a short command's time was the JVM loading and
 * linking a few thousand classes (picocli, SQLite, jOOQ, Logback, Jackson). Used by {@code ./smartmat build} and by
 * the installer, never by a person (hidden from the help).
 */
@Command(name = "aot-training", hidden = true)
final class AotTrainingCommand extends HeadlessCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        open();
        String folder = root().dataDir().toString();
        for (List<String> args : List.of(List.of("--version"), List.of("--help"), List.of("info"), List.of("slots", "--date", "i dag"),
                List.of("slots", "--date", "24.11.2026", "--lang", "en"), List.of("haccp", "status"), List.of("users", "list"),
                List.of("orders", "history"), List.of("slots", "--date", "31.11.2026"), List.of("infoo"),
                List.of("plan", "--date", "i morgen", "--seconds", "1"))) {
            List<String> all = new ArrayList<>(List.of("--data-dir", folder));
            all.addAll(args);
            run(all.toArray(String[]::new));
        }
        run("--data-dir", root().dataDir().resolve("ingen").toString(), "info");
        return 0;
    }

    private static void run(String... args) {
        CommandLine cl = SmartMatCommand.commandLine(Map.of(), args);
        cl.setOut(new PrintWriter(Writer.nullWriter()));
        cl.setErr(new PrintWriter(Writer.nullWriter()));
        cl.execute(args);
    }
}
