package no.smartmat.console.app;

import no.smartmat.console.app.cli.SmartMatCommand;
import picocli.CommandLine;

/**
 * Entry point. Deliberately not a JavaFX {@code Application}: started from the class path, a main class
 * that extends Application fails with "JavaFX runtime components are missing".
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // jOOQ prints a banner and tips on first use; a kitchen PC's terminal is no place for them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int exit = SmartMatCommand.commandLine().execute(args);
        if (exit != SmartMatCommand.UI_STARTED) {
            System.exit(exit);
        }
    }
}
