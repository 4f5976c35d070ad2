package no.smartmat.console.clients.ui;

import no.smartmat.console.ui.DialogButtons;
import no.smartmat.console.ui.Columns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.clients.ClientRegisterImport;
import no.smartmat.console.clients.ClientRegisterImport.Action;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.validation.FieldError;

/**
 * Preview of a client register file before anything is written: what will be created or updated, and each
 * failing line with its field, value and what was expected. Import is possible only when there are no
 * errors, or when the coordinator explicitly leaves the failing lines out.
 */
final class RegisterImportDialog {

    private final UiContext ui;
    private final ClientRegisterImport registerImport;
    private final Path file;
    private final Runnable onImported;

    RegisterImportDialog(UiContext ui, ClientRegisterImport registerImport, Path file, Runnable onImported) {
        this.ui = ui;
        this.registerImport = registerImport;
        this.file = file;
        this.onImported = onImported;
    }

    void show() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("clients.import.reading", file.getFileName()),
                p -> registerImport.preview(file.getFileName().toString(), Files.readAllBytes(file)),
                this::showPreview,
                e -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                        ui.tr("clients.import.unreadable", file, e.getMessage())).showAndWait()));
    }

    private void showPreview(ClientRegisterImport.Preview preview) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(ui.window());
        dialog.setTitle(ui.tr("clients.import.title", preview.fileName()));
        VBox box = new VBox(10);
        box.setPrefWidth(860);
        preview.notices().forEach(n -> box.getChildren().add(wrapped(ui.messages().render(n))));
        ButtonType importButton = new ButtonType(ui.tr("clients.import.commit"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, DialogButtons.cancel(ui.messages()));
        if (preview.fileError().isPresent()) {
            Label error = wrapped(ui.messages().render(preview.fileError().get()));
            error.getStyleClass().add("field-error");
            box.getChildren().add(error);
            dialog.getDialogPane().lookupButton(importButton).setDisable(true);
        } else {
            box.getChildren().add(wrapped(ui.tr("clients.import.summary", preview.count(Action.CREATE),
                    preview.count(Action.UPDATE), preview.count(Action.UNCHANGED), preview.errorLines().size())));
            if (!preview.newAreas().isEmpty()) {
                box.getChildren().add(wrapped(ui.tr("clients.import.newAreas", String.join(", ", preview.newAreas()))));
            }
            CheckBox exclude = new CheckBox(ui.tr("clients.import.excludeErrors", preview.errorLines().size()));
            exclude.setId("register-exclude-errors");
            if (!preview.errors().isEmpty()) {
                TableView<FieldError> errors = new TableView<>();
                errors.setId("register-errors");
                errors.getColumns().add(Columns.text(ui.tr("clients.import.col.line"), 60, FieldError::location));
                errors.getColumns().add(Columns.text(ui.tr("clients.import.col.field"), 120, FieldError::field));
                errors.getColumns().add(Columns.text(ui.tr("clients.import.col.value"), 160, FieldError::value));
                errors.getColumns().add(Columns.text(ui.tr("clients.import.col.problem"), 480, e -> ui.messages().render(e.message())));
                errors.getItems().setAll(preview.errors());
                errors.setPrefHeight(260);
                box.getChildren().addAll(errors, exclude);
            }
            var button = dialog.getDialogPane().lookupButton(importButton);
            button.disableProperty().bind(exclude.selectedProperty().not().and(
                    new javafx.beans.property.SimpleBooleanProperty(!preview.errors().isEmpty())));
            dialog.setResultConverter(b -> b);
            dialog.getDialogPane().setContent(box);
            dialog.showAndWait().filter(b -> b == importButton).ifPresent(b -> commit(preview,
                    exclude.isSelected() ? preview.errorLines() : Set.of()));
            return;
        }
        dialog.getDialogPane().setContent(box);
        dialog.showAndWait();
    }

    private void commit(ClientRegisterImport.Preview preview, Set<Integer> excluded) {
        ui.tasks().submit(BackgroundTask.of(ui.tr("clients.import.writing"),
                p -> registerImport.commit(preview, new HashSet<>(excluded), ui.user()),
                outcome -> {
                    String text = outcome.map(o -> o.created() + o.updated() == 0
                            ? ui.tr("clients.import.nothingChanged", o.unchanged())
                            : ui.tr("clients.import.done", o.created(), o.updated(), o.unchanged(), o.excluded()))
                            .orElse(ui.tr("clients.import.refused"));
                    new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION, text).showAndWait();
                    onImported.run();
                },
                e -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                        ui.tr("clients.import.failed", e.getMessage())).showAndWait()));
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

}
