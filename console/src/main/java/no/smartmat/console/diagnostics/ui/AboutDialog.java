package no.smartmat.console.diagnostics.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import no.smartmat.console.ui.DialogButtons;
import no.smartmat.console.diagnostics.VersionInfo;
import no.smartmat.console.i18n.Messages;

/** "Om Smart Mat Console": the versions and folders whoever helps the kitchen asks for, ready to copy. */
public final class AboutDialog {

    private AboutDialog() {}

    public static void show(Window owner, Messages m, VersionInfo info) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(m.get("diagnostics.about.title"));
        alert.setHeaderText(VersionInfo.PRODUCT + " " + info.app());
        TextArea text = new TextArea(info.text(m));
        text.setId("about-text");
        text.setEditable(false);
        text.setPrefRowCount(info.lines(m).size() + 2);
        text.setPrefWidth(840);
        text.getStyleClass().add("monospace");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("about-dialog");
        alert.getDialogPane().setMinWidth(880);
        alert.setResizable(true);
        ButtonType copy = new ButtonType(m.get("diagnostics.about.copy"), javafx.scene.control.ButtonBar.ButtonData.LEFT);
        ButtonType close = DialogButtons.close(m);
        alert.getButtonTypes().setAll(copy, close);
        alert.getDialogPane().lookupButton(close).setId("about-close");
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            ClipboardContent content = new ClipboardContent();
            content.putString(info.text(m));
            Clipboard.getSystemClipboard().setContent(content);
        });
        alert.showAndWait();
    }
}
