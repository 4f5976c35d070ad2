package no.smartmat.console.diagnostics.ui;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import no.smartmat.console.diagnostics.CrashReport;
import no.smartmat.console.diagnostics.VersionInfo;
import no.smartmat.console.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Catches every exception no code handled, on any thread: it is logged, and the person at the console gets a
 * dialog that says so in plain words and lets them copy the details, instead of a window that silently stops.
 */
public final class CrashDialog implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CrashDialog.class);

    private final Messages messages;
    private final Supplier<VersionInfo> version;
    private final Supplier<Window> owner;
    private final Clock clock;
    /** A failing repaint can throw on every pulse: one dialog at a time, the rest go to the log only. */
    private final AtomicBoolean showing = new AtomicBoolean();

    public CrashDialog(Messages messages, Supplier<VersionInfo> version, Supplier<Window> owner, Clock clock) {
        this.messages = messages;
        this.version = version;
        this.owner = owner;
        this.clock = clock;
    }

    /** Makes this the handler of every thread that has none of its own, the JavaFX application thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        CrashReport report = new CrashReport(clock.instant(), thread.getName(), error, version.get());
        LOG.error("Uncaught exception on thread {}", thread.getName(), error);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            if (Platform.isFxApplicationThread()) {
                show(report);
            } else {
                Platform.runLater(() -> show(report));
            }
        } catch (IllegalStateException toolkitGone) {
            showing.set(false); // the window is closing; the log has it
        }
    }

    private void show(CrashReport report) {
        try {
            String details = report.details(messages, clock.getZone());
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner.get());
            alert.setTitle(messages.get("diagnostics.crash.title"));
            alert.setHeaderText(messages.get("diagnostics.crash.header"));
            alert.setContentText(messages.get("diagnostics.crash.text", report.summary(),
                    report.version().logFile().map(Object::toString).orElse(messages.get("diagnostics.crash.noLog"))));
            TextArea area = new TextArea(details);
            area.setId("crash-details");
            area.setEditable(false);
            area.setWrapText(false);
            area.setPrefRowCount(14);
            area.getStyleClass().add("monospace");
            alert.getDialogPane().setExpandableContent(area);
            ButtonType copy = new ButtonType(messages.get("diagnostics.crash.copy"), ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().setAll(copy, ButtonType.OK);
            Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
            copyButton.setId("crash-copy");
            copyButton.addEventFilter(ActionEvent.ACTION, e -> {
                e.consume(); // copying must not close the dialog
                ClipboardContent content = new ClipboardContent();
                content.putString(details);
                Clipboard.getSystemClipboard().setContent(content);
                copyButton.setText(messages.get("diagnostics.crash.copied"));
            });
            alert.getDialogPane().setId("crash-dialog");
            alert.getDialogPane().setMinWidth(760);
            alert.setResizable(true);
            alert.showAndWait();
        } finally {
            showing.set(false);
        }
    }
}
