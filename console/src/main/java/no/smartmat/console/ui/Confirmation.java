package no.smartmat.console.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** A question before something that cannot simply be taken back: the OK button says what will happen. */
public final class Confirmation {

    private Confirmation() {}

    /**
     * Asks and waits; true when the person chose {@code okText}. The dialog's nodes get ids from {@code id}
     * ({@code id}, {@code id-ok}, {@code id-cancel}) so tests click what a person would.
     */
    public static boolean ask(UiContext ui, String id, String title, String text, String okText) {
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogButtons.cancel(ui.messages());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ok, cancel);
        alert.initOwner(ui.window());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().lookupButton(ok).setId(id + "-ok");
        alert.getDialogPane().lookupButton(cancel).setId(id + "-cancel");
        alert.getDialogPane().setMinWidth(520);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }
}
