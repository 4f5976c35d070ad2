package no.smartmat.console.ui;

import java.time.Clock;
import java.time.ZoneId;
import javafx.stage.Window;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.tasks.TaskExecutor;
import no.smartmat.console.access.CurrentUser;

/** What every screen gets: the services, the UI language, who is working, and where to run long work. */
public record UiContext(AppContext app, Messages messages, CurrentUser user, TaskExecutor tasks, Window window) {

    /** The kitchen's clock, in its time zone: every time a person reads is in this zone. */
    public Clock clock() {
        return app.clock();
    }

    public ZoneId zone() {
        return app.zone();
    }

    public String tr(String key, Object... args) {
        return messages.get(key, args);
    }
}
