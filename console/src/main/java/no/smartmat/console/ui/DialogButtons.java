package no.smartmat.console.ui;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import no.smartmat.console.i18n.Messages;

/** JavaFX's own Cancel and Close speak the JVM's language (English on most PCs); these speak the console's. */
public final class DialogButtons {

    private DialogButtons() {}

    public static ButtonType cancel(Messages m) {
        return new ButtonType(m.get("app.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Messages m) {
        return new ButtonType(m.get("app.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
