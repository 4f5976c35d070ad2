package no.smartmat.console.backup.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import no.smartmat.console.backup.BackupScheduler;
import no.smartmat.console.backup.BackupService;
import no.smartmat.console.i18n.Messages;

/**
 * The daily backup for as long as the window is open. A failure (a network drive that is gone, a full disk) is
 * shown once, when backups start failing, not every hour; the log has every attempt.
 */
public final class AutomaticBackups implements AutoCloseable {

    private final BackupScheduler scheduler;
    private final AtomicBoolean failing = new AtomicBoolean();

    private AutomaticBackups(BackupService backups, Messages messages, Window owner) {
        this.scheduler = new BackupScheduler(backups, outcome -> {
            if (outcome.failure().isEmpty()) {
                failing.set(false);
            } else if (failing.compareAndSet(false, true)) {
                String text = messages.get("backup.ui.autoFailed", messages.render(outcome.failure().get()));
                Platform.runLater(() -> {
                    Alert alert = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
                    alert.setHeaderText(messages.get("backup.ui.errorTitle"));
                    alert.initOwner(owner);
                    alert.show();
                });
            }
        });
    }

    public static AutomaticBackups start(BackupService backups, Messages messages, Window owner) {
        AutomaticBackups automatic = new AutomaticBackups(backups, messages, owner);
        automatic.scheduler.start();
        return automatic;
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
