package no.smartmat.console.app.ui;

import javafx.application.Application;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.i18n.Messages;

/**
 * Hands the opened kitchen to the JavaFX application. JavaFX constructs the Application itself, so the
 * composition root crosses over through this one static hand-off, set once before launch.
 */
public final class ConsoleLauncher {

    record Startup(AppContext app, Messages messages, boolean demo) {}

    private static volatile Startup startup;

    private ConsoleLauncher() {}

    /** Blocks until the window is closed. */
    public static void launch(AppContext app, Messages messages, boolean demo) {
        startup = new Startup(app, messages, demo);
        Application.launch(ConsoleApplication.class);
    }

    static Startup startup() {
        return startup;
    }

    /** For tests that start the application through TestFX. */
    public static void prepare(AppContext app, Messages messages, boolean demo) {
        startup = new Startup(app, messages, demo);
    }
}
