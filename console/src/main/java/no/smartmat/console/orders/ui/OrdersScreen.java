package no.smartmat.console.orders.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import no.smartmat.console.fleet.FleetService;
import no.smartmat.console.orders.BatchPreview;
import no.smartmat.console.orders.ImportFile;
import no.smartmat.console.orders.ImportFolderWatch;
import no.smartmat.console.orders.OrderImportService;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.tasks.TaskExecutor;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.UiContext;

/**
 * "Ordreimport": files come in by drag and drop, the file chooser, a typed path, or the watched folder;
 * each batch is previewed (orders with their clients, problems with where and why), fixed or left out part
 * by part, and imported in one go. The history tab shows every batch revision and who imported it.
 */
public final class OrdersScreen implements Screen {

    private final UiContext ui;
    private final OrderImportService orderImport;
    private final ImportFolderWatch watch;
    private final VBox root;
    private final TextField pathField = new TextField();
    private final ProgressBar readProgress = new ProgressBar(0);
    private final Button cancelRead = new Button();
    private final Label message = new Label();
    private final TabPane tabs = new TabPane();
    private final Tab previewTab = new Tab();
    private final Tab folderTab = new Tab();
    private final Tab historyTab = new Tab();
    private final PreviewPane preview;
    private final FolderPane folder;
    private final HistoryPane history;

    private Optional<TaskExecutor.Cancellable> reading = Optional.empty();
    private List<Path> openedFromFolder = List.of();

    public OrdersScreen(UiContext ui, OrderImportService orderImport, ImportFolderWatch watch, FleetService fleet) {
        this.ui = ui;
        this.orderImport = orderImport;
        this.watch = watch;
        this.preview = new PreviewPane(ui, orderImport, fleet, this::showMessage, this::imported);
        this.history = new HistoryPane(ui, orderImport, this::showMessage);
        this.folder = new FolderPane(ui, watch, this::openFiles,
                ready -> folderTab.setText(ready == 0 ? ui.tr("orders.ui.tab.folder") : ui.tr("orders.ui.tab.folderN", ready)),
                history::load);
        Label title = new Label(ui.tr("orders.ui.title"));
        title.getStyleClass().add("title-2");
        Button choose = new Button(ui.tr("orders.ui.choose"));
        choose.setId("orders-choose");
        choose.setOnAction(e -> chooseFiles());
        pathField.setId("orders-path");
        pathField.setPromptText(ui.tr("orders.ui.pathPrompt"));
        pathField.setOnAction(e -> openTypedPath());
        HBox.setHgrow(pathField, Priority.ALWAYS);
        Button open = new Button(ui.tr("orders.ui.open"));
        open.setId("orders-open");
        open.setOnAction(e -> openTypedPath());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(10, title, spacer);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label drop = new Label(ui.tr("orders.ui.dropHint"));
        drop.setId("orders-drop-hint");
        drop.getStyleClass().add("text-muted");
        readProgress.setId("orders-read-progress");
        readProgress.setPrefWidth(220);
        readProgress.setVisible(false);
        cancelRead.setText(ui.tr("orders.ui.cancelRead"));
        cancelRead.setVisible(false);
        cancelRead.setOnAction(e -> reading.ifPresent(TaskExecutor.Cancellable::cancel));
        HBox openRow = new HBox(10, choose, pathField, open, readProgress, cancelRead);
        openRow.setAlignment(Pos.CENTER_LEFT);
        for (var c : List.of(choose, open, cancelRead)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        message.setId("orders-message");
        message.setWrapText(true);

        previewTab.setText(ui.tr("orders.ui.tab.preview"));
        previewTab.setContent(preview.node());
        previewTab.setId("orders-tab-preview");
        folderTab.setText(ui.tr("orders.ui.tab.folder"));
        folderTab.setContent(folder.node());
        folderTab.setId("orders-tab-folder");
        historyTab.setText(ui.tr("orders.ui.tab.history"));
        historyTab.setContent(history.node());
        historyTab.setId("orders-tab-history");
        tabs.getTabs().addAll(List.of(previewTab, folderTab, historyTab));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == historyTab) {
                history.load();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = new VBox(8, titleRow, openRow, drop, message, tabs);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        history.load();
    }

    // ------------------------------------------------------------------------------------------ opening files

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.tr("orders.ui.chooseTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(ui.tr("orders.ui.orderFiles"), "*.csv", "*.txt", "*.json", "*.xml", "*.zip"),
                new FileChooser.ExtensionFilter(ui.tr("orders.ui.allFiles"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(ui.window());
        if (files != null && !files.isEmpty()) {
            openFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void openTypedPath() {
        String text = pathField.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                paths.add(Path.of(part.strip().replaceAll("^\"|\"$", "")));
            }
        }
        openFiles(paths);
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            openFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** Reads and previews files (what a drop, the chooser and the path field all end in). */
    void openFiles(List<Path> paths) {
        List<ImportFile> files;
        try {
            files = ImportFile.expand(paths);
        } catch (Exception e) {
            showMessage(ui.tr("orders.ui.cannotOpen", e.getMessage()), false);
            return;
        }
        if (files.isEmpty()) {
            showMessage(ui.tr("orders.ui.noFiles"), false);
            return;
        }
        showMessage(ui.tr("orders.ui.reading", files.size()), true);
        readProgress.setProgress(-1);
        readProgress.setVisible(true);
        cancelRead.setVisible(true);
        reading = Optional.of(ui.tasks().submit(BackgroundTask.of(ui.tr("orders.ui.readingTask"),
                p -> orderImport.preview(files, showing(p)),
                previews -> {
                    doneReading();
                    Path folder = watch.folder().folder().toAbsolutePath().normalize();
                    // Files of the import folder move to imported/ once imported, however they were opened.
                    openedFromFolder = files.stream().flatMap(f -> f.path().stream())
                            .filter(p -> folder.equals(p.toAbsolutePath().normalize().getParent())).toList();
                    preview.show(previews);
                    tabs.getSelectionModel().select(previewTab);
                    showMessage("", true);
                },
                e -> {
                    doneReading();
                    showMessage(e instanceof java.util.concurrent.CancellationException ? ui.tr("orders.ui.readCancelled")
                            : ui.tr("orders.ui.readFailed", e.getMessage()), false);
                })));
    }

    /** The task's progress, also shown next to the path field: a 50 MB file takes a while. */
    private Progress showing(Progress task) {
        return new Progress() {
            @Override
            public void update(long done, long total, String text) {
                task.update(done, total, text);
                double fraction = total == 0 ? -1 : (double) done / total;
                Platform.runLater(() -> readProgress.setProgress(fraction));
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }

    private void doneReading() {
        reading = Optional.empty();
        readProgress.setVisible(false);
        cancelRead.setVisible(false);
    }

    // ------------------------------------------------------------------------------------------ imported

    /** Files of the import folder move to imported/ once imported, however they were opened. */
    private void imported(BatchPreview batch) {
        for (String name : batch.batch().files()) {
            openedFromFolder.stream().filter(p -> p.getFileName().toString().equals(name) && Files.exists(p)).findFirst()
                    .ifPresent(p -> {
                        try {
                            watch.folder().archive(p);
                        } catch (RuntimeException e) {
                            folder.archiveFailed(name, e.getMessage());
                        }
                    });
        }
        history.load();
    }

    private void showMessage(String text, boolean ok) {
        message.setText(text);
        message.getStyleClass().removeAll("field-error", "success-message");
        if (!text.isEmpty()) {
            message.getStyleClass().add(ok ? "success-message" : "field-error");
        }
    }
}
