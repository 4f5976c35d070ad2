package no.smartmat.console.backup.ui;

import no.smartmat.console.backup.RestoreService;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import no.smartmat.console.ui.DialogButtons;
import no.smartmat.console.ui.Columns;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.backup.BackupException;
import no.smartmat.console.backup.BackupFile;
import no.smartmat.console.backup.BackupResult;
import no.smartmat.console.backup.BackupService;
import no.smartmat.console.backup.RestoreResult;
import no.smartmat.console.db.Database;
import no.smartmat.console.tasks.BackgroundTask;

/**
 * "Sikkerhetskopi" in Innstillinger: where backups go, the newest ones, a backup now, and a restore. Everything that
 * touches files runs as a background task; only a supervisor or an administrator may restore or move the folder.
 */
public final class BackupPane extends VBox {

    private static final int SHOWN = 10;

    private final UiContext ui;
    private final RestoreService restores;
    private final Path dataDir;
    private final BackupService backups;
    private final TextField folder = new TextField();
    private final TableView<BackupFile> list = new TableView<>();
    private final Label status = new Label();
    private final Button now = new Button();
    private final DateTimeFormatter time;

    public BackupPane(UiContext ui, BackupService backups, RestoreService restores, Path dataDir) {
        super(8);
        this.ui = ui;
        this.restores = restores;
        this.dataDir = dataDir;
        this.backups = backups;
        this.time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ui.zone());
        boolean mayManage = mayRestore(ui);

        Label title = new Label(ui.tr("backup.ui.title"));
        title.getStyleClass().add("title-4");

        folder.setId("backup-folder");
        folder.setEditable(false);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(ui.tr("backup.ui.chooseFolder"));
        choose.setId("backup-choose-folder");
        choose.setDisable(!mayManage);
        choose.setOnAction(e -> chooseFolder());
        HBox folderRow = new HBox(8, new Label(ui.tr("backup.ui.folder")), folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        Label rules = new Label(ui.tr(backups.settings().automaticDaily() ? "backup.ui.rules.daily" : "backup.ui.rules.manual",
                backups.settings().keepDays()));
        rules.setWrapText(true);

        list.setId("backup-list");
        list.getColumns().addAll(List.<TableColumn<BackupFile, ?>>of(
                Columns.text(ui.tr("backup.ui.when"), 140, b -> time.format(b.takenAt())),
                Columns.text(ui.tr("backup.ui.size"), 100, b -> ui.tr("backup.ui.sizeValue", b.sizeBytes() / 1024.0)),
                // a file gets a backup name only after it passed verification
                Columns.text(ui.tr("backup.ui.verified"), 115, b -> ui.tr("backup.ui.verifiedYes")),
                Columns.text(ui.tr("backup.ui.file"), 320, b -> b.file().getFileName().toString())));
        list.setPrefHeight(200);
        list.setPlaceholder(new Label(ui.tr("backup.ui.none")));

        now.setText(ui.tr("backup.ui.now"));
        now.setId("backup-now");
        now.setOnAction(e -> backupNow());
        Button restore = new Button(ui.tr("backup.ui.restore"));
        restore.setId("backup-restore");
        restore.setDisable(!mayManage);
        status.setId("backup-status");
        status.setWrapText(true);
        restore.setOnAction(e -> chooseRestore());
        Label restoreHint = new Label(mayManage ? "" : ui.tr("backup.ui.restoreRole"));

        getChildren().addAll(title, folderRow, rules, list, new HBox(10, now, restore, restoreHint), status);
    }

    /** A restore replaces every record of the kitchen; that is for the people answerable for them. */
    static boolean mayRestore(UiContext ui) {
        return switch (ui.user().role()) {
            case SUPERVISOR, ADMIN -> true;
            case COORDINATOR, KITCHEN -> false;
        };
    }

    /** Reads the folder and its backups off the FX thread: the folder may be a slow or absent network drive. */
    public void refresh() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("backup.ui.loading"), p -> new Listing(backups.folder(), backups.list()),
                listing -> {
                    folder.setText(listing.folder().toString());
                    list.getItems().setAll(listing.files().stream().limit(SHOWN).toList());
                }, e -> {
                    folder.setText(backups.folder().toString());
                    status.setText(message(e));
                }));
    }

    private record Listing(Path folder, List<BackupFile> files) {}

    private void backupNow() {
        now.setDisable(true);
        status.setText(ui.tr("backup.ui.working"));
        ui.tasks().submit(BackgroundTask.<BackupResult>of(ui.tr("backup.ui.working"), p -> backups.backupNow(), result -> {
            now.setDisable(false);
            status.setText(ui.tr("backup.ui.done", result.file(), result.sizeBytes() / 1024.0, result.schemaVersion()));
            refresh();
        }, e -> {
            now.setDisable(false);
            status.setText(message(e));
        }));
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(ui.tr("backup.ui.chooseFolder"));
        Path current = Path.of(folder.getText().isEmpty() ? dataDir.toString() : folder.getText());
        if (current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        }
        var chosen = chooser.showDialog(ui.window());
        if (chosen == null) {
            return;
        }
        ui.tasks().submit(BackgroundTask.of(ui.tr("backup.ui.savingFolder"), p -> {
            backups.chooseFolder(chosen.toPath(), ui.user());
            return chosen.toPath();
        }, path -> {
            status.setText(ui.tr("backup.ui.folderSaved", path));
            refresh();
        }, e -> status.setText(message(e))));
    }

    private void chooseRestore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.tr("backup.ui.restore"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.tr("backup.ui.fileKind"), "*.db"));
        Path current = Path.of(folder.getText().isEmpty() ? dataDir.toString() : folder.getText());
        if (current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        }
        var chosen = chooser.showOpenDialog(ui.window());
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        ui.tasks().submit(BackgroundTask.<Database.Inspection>of(ui.tr("backup.ui.checking"), p -> restores.check(file),
                this::confirmRestore, e -> showError(message(e))));
    }

    private void confirmRestore(Database.Inspection candidate) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, ui.tr("backup.ui.confirm", candidate.file(),
                candidate.schemaVersion(), restores.liveFile(), dataDir), ButtonType.OK, DialogButtons.cancel(ui.messages()));
        confirm.setHeaderText(ui.tr("backup.ui.confirmTitle"));
        confirm.initOwner(ui.window());
        confirm.getDialogPane().setMinWidth(560);
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        status.setText(ui.tr("backup.ui.restoring"));
        ui.tasks().submit(BackgroundTask.<RestoreResult>of(ui.tr("backup.ui.restoring"),
                p -> restores.restore(candidate.file(), ui.user()), this::restored, e -> showError(message(e))));
    }

    /**
     * Every service in this window still holds what it read from the replaced database; starting afresh is the
     * one way that cannot show a mix of the two.
     */
    private void restored(RestoreResult result) {
        StringBuilder text = new StringBuilder(ui.tr("backup.ui.restored", result.restoredFrom(),
                result.replacedKeptAt().map(Path::toString).orElse("-")));
        if (result.readingsOnlyInReplaced() > 0) {
            text.append("\n\n").append(ui.tr("backup.restore.readingsOnlyInReplaced", result.readingsOnlyInReplaced(),
                    result.replacedKeptAt().map(Path::toString).orElse("-")));
        }
        Alert done = new Alert(Alert.AlertType.INFORMATION, text.toString(), ButtonType.OK);
        done.setHeaderText(ui.tr("backup.ui.restoredTitle"));
        done.initOwner(ui.window());
        done.showAndWait();
        ui.window().hide();
    }

    private void showError(String text) {
        status.setText(text);
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.setHeaderText(ui.tr("backup.ui.errorTitle"));
        alert.initOwner(ui.window());
        alert.show();
    }

    private String message(Throwable e) {
        if (e instanceof BackupException be) {
            return ui.messages().render(be.userMessage());
        }
        return ui.tr("backup.ui.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
