package no.smartmat.console.app;

import no.smartmat.console.app.cli.SmartMatCommand;
import picocli.CommandLine;

/**
 * Entry point. Deliberately not a JavaFX {@code Application}: started from the class path, a main class
 * that extends Application fails with "JavaFX runtime components are missing".
 */
public final class Main {

    /** Held so the logger (and its filter) is not garbage-collected. */
    private static final java.util.logging.Logger JAVAFX = java.util.logging.Logger.getLogger("javafx");

    private Main() {}

    public static void main(String[] args) {
        // jOOQ prints a banner and tips on first use; a kitchen PC's terminal is no place for them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on every class-path
        // start is harmless (it disappears in the jpackage image) and only alarms the person who started it.
        // Only that one message: every other JavaFX warning still reaches the terminal.
        JAVAFX.setFilter(log -> log.getMessage() == null || !log.getMessage().startsWith("Unsupported JavaFX configuration"));
        int exit = SmartMatCommand.commandLine(System.getenv(), args).execute(args);
        if (exit != SmartMatCommand.UI_STARTED) {
            System.exit(exit);
        }
    }
}
