package no.smartmat.console.ui;

import java.time.Clock;
import java.time.ZoneId;
import javafx.stage.Window;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.tasks.TaskExecutor;

/**
 * What every screen gets besides its services (which come through its constructor): the UI language, who is
 * working, where to run long work, the window to own dialogs, and the kitchen's clock.
 *
 * @param clock the kitchen's clock, in its time zone: every time a person reads is shown in this zone
 */
public record UiContext(Messages messages, CurrentUser user, TaskExecutor tasks, Window window, Clock clock) {

    public ZoneId zone() {
        return clock.getZone();
    }

    public String tr(String key, Object... args) {
        return messages.get(key, args);
    }
}
