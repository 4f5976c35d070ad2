package no.smartmat.console.app.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.i18n.Messages;

/**
 * Hands the opened kitchen (or, on a first start, the folder to set one up in) to the JavaFX application. JavaFX
 * constructs the Application itself, so the composition root crosses over through this one static hand-off, set
 * once before launch.
 *
 * @param app         the opened kitchen; empty on a first start, when the first-run screen opens it
 * @param dataDir     the folder in use, or proposed on a first start
 * @param folderGiven whether the folder came from --data-dir or the environment (then the first start cannot change it)
 */
public final class ConsoleLauncher {

    record Startup(Optional<AppContext> app, Messages messages, boolean demo, Path dataDir, boolean folderGiven) {}

    private static volatile Startup startup;

    private ConsoleLauncher() {}

    /** Blocks until the window is closed. */
    public static void launch(AppContext app, Messages messages, boolean demo) {
        prepare(app, messages, demo);
        Application.launch(ConsoleApplication.class);
    }

    /** A first start: the window opens on the first-run screen. Blocks until the window is closed. */
    public static void launchFirstRun(Path proposedDir, boolean folderGiven, Messages messages) {
        prepareFirstRun(proposedDir, folderGiven, messages);
        Application.launch(ConsoleApplication.class);
    }

    static Startup startup() {
        return startup;
    }

    /** For tests that start the application through TestFX. */
    public static void prepare(AppContext app, Messages messages, boolean demo) {
        startup = new Startup(Optional.of(app), messages, demo, app.dataDir(), true);
    }

    /** For tests that start the first-run screen through TestFX. */
    public static void prepareFirstRun(Path proposedDir, boolean folderGiven, Messages messages) {
        startup = new Startup(Optional.empty(), messages, false, proposedDir, folderGiven);
    }
}
