package no.smartmat.console.orders.ui;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.smartmat.console.orders.ImportFolder;
import no.smartmat.console.orders.ImportFolderWatch;
import no.smartmat.console.orders.ImportOutcome;
import no.smartmat.console.ui.Columns;
import no.smartmat.console.ui.UiContext;

/**
 * Ordreimport's view of the import folder: the files the watch sees (the watch itself runs from login on), a
 * button that previews the ready ones, and what automatic import did.
 */
final class FolderPane implements ImportFolderWatch.Listener {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final UiContext ui;
    private final TableView<ImportFolder.Entry> folderTable = new TableView<>();
    private final Label folderMessage = new Label();
    private final LongConsumer readyCount;
    private final Runnable imported;
    private final Node root;

    /**
     * @param open       previews files (what the screen does with any file)
     * @param readyCount told how many files are ready whenever the folder changes (the tab shows it)
     * @param imported   told when automatic import wrote a batch
     */
    FolderPane(UiContext ui, ImportFolderWatch watch, Consumer<List<Path>> open, LongConsumer readyCount, Runnable imported) {
        this.ui = ui;
        this.readyCount = readyCount;
        this.imported = imported;
        Label folderLabel = new Label(ui.tr("orders.ui.folder.path", watch.folder().folder(),
                ui.tr(watch.autoImport() ? "orders.ui.folder.auto" : "orders.ui.folder.manual")));
        folderLabel.setId("orders-folder-path");
        folderLabel.setWrapText(true);
        folderTable.setId("orders-folder-files");
        folderTable.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        folderTable.setPlaceholder(new Label(ui.tr("orders.ui.folder.empty")));
        NumberFormat kb = NumberFormat.getIntegerInstance(ui.messages().locale());
        folderTable.getColumns().addAll(List.of(
                Columns.withTooltip(ui.tr("orders.ui.col.file"), 360, ImportFolder.Entry::name),
                Columns.withTooltip(ui.tr("orders.ui.col.size"), 100, e -> kb.format(Math.max(1, e.size() / 1024)) + " kB"),
                Columns.withTooltip(ui.tr("orders.ui.col.modified"), 150, e -> WHEN.format(e.modified().atZone(ui.zone()))),
                Columns.withTooltip(ui.tr("orders.ui.col.state"), 200,
                        e -> ui.tr(e.ready() ? "orders.ui.folder.ready" : "orders.ui.folder.copying"))));
        folderTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Button previewReady = new Button(ui.tr("orders.ui.folder.previewAll"));
        previewReady.setId("orders-folder-preview");
        previewReady.setOnAction(e -> {
            List<ImportFolder.Entry> chosen = new ArrayList<>(folderTable.getSelectionModel().getSelectedItems());
            List<Path> files = (chosen.isEmpty() ? folderTable.getItems() : chosen).stream()
                    .filter(ImportFolder.Entry::ready).map(ImportFolder.Entry::path).toList();
            if (!files.isEmpty()) {
                open.accept(files);
            }
        });
        folderMessage.setId("orders-folder-message");
        folderMessage.setWrapText(true);
        VBox.setVgrow(folderTable, Priority.ALWAYS);
        VBox pane = new VBox(8, folderLabel, folderTable, new HBox(10, previewReady), folderMessage);
        pane.setPadding(new Insets(8, 0, 0, 0));
        root = pane;
        watch.subscribe(this);
    }

    Node node() {
        return root;
    }

    void archiveFailed(String file, String reason) {
        folderMessage.setText(ui.tr("orders.ui.folder.archiveFailed", file, reason));
    }

    @Override
    public void folderChanged(List<ImportFolder.Entry> entries) {
        Platform.runLater(() -> {
            folderTable.getItems().setAll(entries);
            readyCount.accept(entries.stream().filter(ImportFolder.Entry::ready).count());
        });
    }

    @Override
    public void autoImported(List<ImportFolder.AutoResult> results) {
        List<String> done = new ArrayList<>();
        results.forEach(r -> r.outcome().filter(o -> o.result() == ImportOutcome.Result.IMPORTED)
                .ifPresent(o -> done.add(o.reference())));
        if (!done.isEmpty()) {
            Platform.runLater(() -> {
                folderMessage.setText(ui.tr("orders.ui.folder.autoDone", String.join(", ", done)));
                imported.run();
            });
        }
    }

    @Override
    public void autoImportFailed(RuntimeException error) {
        Platform.runLater(() -> folderMessage.setText(ui.tr("orders.ui.folder.autoFailed", error.getMessage())));
    }
}
