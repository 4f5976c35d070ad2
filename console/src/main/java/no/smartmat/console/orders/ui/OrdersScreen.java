package no.smartmat.console.orders.ui;

import no.smartmat.console.fleet.FleetService;
import no.smartmat.console.orders.OrderImportService;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.orders.BatchPreview;
import no.smartmat.console.orders.ChangeSummary;
import no.smartmat.console.orders.ClientChoice;
import no.smartmat.console.orders.ClientMatch;
import no.smartmat.console.orders.ImportFile;
import no.smartmat.console.orders.ImportFolder;
import no.smartmat.console.orders.ImportOutcome;
import no.smartmat.console.orders.ImportProblem;
import no.smartmat.console.orders.ImportSession;
import no.smartmat.console.orders.ImportedBatch;
import no.smartmat.console.orders.OrderChange;
import no.smartmat.console.orders.OrderRow;
import no.smartmat.console.orders.OrderTexts;
import no.smartmat.console.orders.ParsedOrder;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.tasks.TaskExecutor;

/**
 * "Ordreimport": files come in by drag and drop, the file chooser, a typed path, or the watched folder;
 * each batch is previewed (orders with their clients, problems with where and why), fixed or left out part
 * by part, and imported in one go. The history tab shows every batch revision and who imported it.
 */
public final class OrdersScreen implements Screen {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final UiContext ui;
    private final OrderImportService orderImport;
    private final ImportFolder importFolder;
    private final FleetService fleet;
    private final VBox root;
    private final TextField pathField = new TextField();
    private final ProgressBar readProgress = new ProgressBar(0);
    private final Button cancelRead = new Button();
    private final Label message = new Label();
    private final TabPane tabs = new TabPane();
    private final Tab previewTab = new Tab();
    private final Tab folderTab = new Tab();
    private final Tab historyTab = new Tab();

    private final ComboBox<BatchPreview> batchChoice = new ComboBox<>();
    private final Label batchCount = new Label();
    private final Label status = new Label();
    private final Label summary = new Label();
    private final TableView<OrderRow> ordersTable = new TableView<>();
    private final TableView<ImportProblem> problemsTable = new TableView<>();
    private final ObservableList<OrderRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final VBox fixPanel = new VBox(8);
    private final SplitPane previewSplit = new SplitPane();
    /** Shown only when the batch came in several files (a PEPPOL shipment): otherwise it is the same on every line. */
    private final TableColumn<ImportProblem, String> problemFileColumn;
    private final Button confirmStrong = new Button();
    private final Button importButton = new Button();

    private final TableView<ImportFolder.Entry> folderTable = new TableView<>();
    private final Label folderLabel = new Label();
    private final Label folderMessage = new Label();
    private final TableView<ImportedBatch> historyTable = new TableView<>();

    private Optional<ImportSession> session = Optional.empty();
    private BatchPreview current;
    private Optional<TaskExecutor.Cancellable> reading = Optional.empty();
    private List<Path> openedFromFolder = List.of();
    /** Set while a chosen problem selects its order, so the order does not replace the problem in the fix panel. */
    private boolean followingProblem;

    public OrdersScreen(UiContext ui, OrderImportService orderImport, ImportFolder importFolder, FleetService fleet) {
        this.ui = ui;
        this.orderImport = orderImport;
        this.importFolder = importFolder;
        this.fleet = fleet;
        this.problemFileColumn = wrapping(ui.tr("orders.ui.col.file"), 170, p -> p.where().file());
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
        previewTab.setContent(previewPane());
        previewTab.setId("orders-tab-preview");
        folderTab.setText(ui.tr("orders.ui.tab.folder"));
        folderTab.setContent(folderPane());
        folderTab.setId("orders-tab-folder");
        historyTab.setText(ui.tr("orders.ui.tab.history"));
        historyTab.setContent(historyPane());
        historyTab.setId("orders-tab-history");
        tabs.getTabs().addAll(List.of(previewTab, folderTab, historyTab));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == historyTab) {
                loadHistory();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = new VBox(8, titleRow, openRow, drop, message, tabs);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        showSession();
        startWatching();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        loadHistory();
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
                    Path folder = importFolder.folder().toAbsolutePath().normalize();
                    // Files of the import folder move to imported/ once imported, however they were opened.
                    openedFromFolder = files.stream().flatMap(f -> f.path().stream())
                            .filter(p -> folder.equals(p.toAbsolutePath().normalize().getParent())).toList();
                    session = Optional.of(new ImportSession(previews));
                    current = previews.getFirst();
                    tabs.getSelectionModel().select(previewTab);
                    showMessage("", true);
                    showSession();
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

    // ------------------------------------------------------------------------------------------ preview

    private Node previewPane() {
        batchChoice.setId("orders-batch");
        batchChoice.managedProperty().bind(batchChoice.visibleProperty());
        batchChoice.setCellFactory(l -> batchCell());
        batchChoice.setButtonCell(batchCell());
        batchChoice.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != current) {
                current = b;
                showSession();
            }
        });
        status.setId("orders-status");
        status.setWrapText(true);
        summary.setId("orders-summary");
        summary.setWrapText(true);
        batchCount.setId("orders-batch-count");
        batchCount.managedProperty().bind(batchCount.visibleProperty());
        batchCount.visibleProperty().bind(batchChoice.visibleProperty());
        batchCount.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(12, batchChoice, batchCount, status);
        head.setAlignment(Pos.CENTER_LEFT);

        ordersTable.setId("orders-table");
        ordersTable.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        ordersTable.setItems(rows);
        ordersTable.setPlaceholder(new Label(ui.tr("orders.ui.noPreview")));
        ordersTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ordersTable.getColumns().addAll(List.of(
                col(ui.tr("orders.ui.col.order"), 110, r -> r.order().reference()),
                col(ui.tr("orders.ui.col.kind"), 90, r -> ui.tr("orders.ui.kind." + r.order().kind())),
                col(ui.tr("orders.ui.col.fileClient"), 320, r -> r.order().client().display()),
                col(ui.tr("orders.ui.col.client"), 220, this::clientText),
                num(ui.tr("orders.ui.col.chilled"), r -> r.zones().chilled()),
                num(ui.tr("orders.ui.col.frozen"), r -> r.zones().frozen()),
                num(ui.tr("orders.ui.col.ambient"), r -> r.zones().ambient()),
                num(ui.tr("orders.ui.col.lines"), OrderRow::lines),
                col(ui.tr("orders.ui.col.change"), 110, r -> ui.tr("orders.ui.change." + r.change())),
                num(ui.tr("orders.ui.col.problems"), OrderRow::openProblems),
                col(ui.tr("orders.ui.col.stop"), 200, this::stopText)));
        ordersTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(OrderRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("order-open", "order-excluded");
                if (!empty && row != null) {
                    if (row.change() == OrderChange.Kind.UNRESOLVED) {
                        getStyleClass().add("order-open");
                    } else if (row.change() == OrderChange.Kind.EXCLUDED) {
                        getStyleClass().add("order-excluded");
                    }
                }
            }
        });
        ordersTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !followingProblem) {
                showFix(b.order(), session.flatMap(s -> s.problemsOf(current, b.order()).stream()
                        .filter(p -> s.isOpen(current, p)).findFirst()));
            }
        });

        problemsTable.setId("orders-problems");
        problemsTable.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        problemsTable.setItems(problems);
        problemsTable.setPlaceholder(new Label(ui.tr("orders.ui.noProblems")));
        problemsTable.getColumns().addAll(List.of(
                minWidth(col(ui.tr("orders.ui.col.state"), 72, this::problemState), 64),
                problemFileColumn,
                wrapping(ui.tr("orders.ui.col.where"), 110, p -> ui.messages().render(p.where().describe())),
                wrapping(ui.tr("orders.ui.col.field"), 110, ImportProblem::field),
                wrapping(ui.tr("orders.ui.col.value"), 110, ImportProblem::value),
                wrapping(ui.tr("orders.ui.col.problem"), 420, p -> ui.messages().render(p.message()))));
        problemsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problemsTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportProblem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("problem-open", "problem-warning", "problem-done");
                if (!empty && p != null) {
                    getStyleClass().add(p.severity() == ImportProblem.Severity.WARNING ? "problem-warning"
                            : session.map(s -> s.isOpen(current, p)).orElse(true) ? "problem-open" : "problem-done");
                }
            }
        });
        problemsTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                Optional<ParsedOrder> order = session.flatMap(s -> s.orderOf(current, b));
                order.flatMap(ord -> rows.stream().filter(r -> r.order() == ord).findFirst()).ifPresent(r -> {
                    followingProblem = true;
                    ordersTable.getSelectionModel().select(r);
                    ordersTable.scrollTo(r);
                    followingProblem = false;
                });
                showFix(order.orElse(null), Optional.of(b));
            }
        });

        fixPanel.setId("orders-fix");
        fixPanel.setPadding(new Insets(4, 4, 4, 12));
        ScrollPane fixScroll = new ScrollPane(fixPanel);
        fixScroll.setFitToWidth(true);
        fixScroll.setMinWidth(330);
        SplitPane lower = new SplitPane(problemsTable, fixScroll);
        lower.setDividerPositions(0.70);
        SplitPane split = previewSplit;
        split.getItems().setAll(ordersTable, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);

        confirmStrong.setId("orders-confirm-strong");
        confirmStrong.setOnAction(e -> session.ifPresent(s -> {
            int n = s.confirmStrongCandidates(current);
            showMessage(ui.tr("orders.ui.confirmedStrong", n), true);
            refresh();
        }));
        importButton.setId("orders-import");
        importButton.getStyleClass().add("accent");
        importButton.setDefaultButton(false);
        importButton.setOnAction(e -> commit());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(10, summary, gap, confirmStrong, importButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.SOMETIMES);
        for (var c : List.of(confirmStrong, importButton)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox pane = new VBox(8, head, split, actions);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private ListCell<BatchPreview> batchCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(BatchPreview b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? "" : b.batch().isFatal() ? b.batch().fileLabel()
                        : b.batch().supplier() + " · " + b.batch().reference() + " (" + b.batch().fileLabel() + ")");
            }
        };
    }

    /** Shows the current batch of the session, re-evaluated with the decisions made so far. */
    private void showSession() {
        if (session.isEmpty() || current == null) {
            batchChoice.setVisible(false);
            status.setText(ui.tr("orders.ui.start"));
            summary.setText("");
            rows.clear();
            problems.clear();
            fixPanel.getChildren().setAll(wrappedLabel(ui.tr("orders.ui.fixHint")));
            importButton.setText(ui.tr("orders.ui.import"));
            importButton.setDisable(true);
            confirmStrong.setVisible(false);
            return;
        }
        ImportSession s = session.get();
        batchChoice.setVisible(s.batches().size() > 1);
        batchChoice.getItems().setAll(s.batches());
        batchChoice.setValue(current);
        batchCount.setText(ui.tr("orders.ui.batchOf", s.batches().indexOf(current) + 1, s.batches().size()));
        problems.setAll(current.problems());
        problemFileColumn.setVisible(current.batch().files().size() > 1);
        previewSplit.setDividerPositions(current.problems().isEmpty() ? 0.72 : 0.45);
        fixPanel.getChildren().setAll(wrappedLabel(ui.tr("orders.ui.fixHint")));
        refresh();
    }

    /** Recomputes rows, counts and the import button after a decision. */
    private void refresh() {
        ImportSession s = session.orElseThrow();
        BatchPreview.Evaluation ev = s.evaluate(current);
        OrderRow selected = ordersTable.getSelectionModel().getSelectedItem();
        rows.setAll(ev.rows());
        if (selected != null) {
            rows.stream().filter(r -> r.order() == selected.order()).findFirst()
                    .ifPresent(r -> ordersTable.getSelectionModel().select(r));
        }
        problemsTable.refresh();
        var b = current.batch();
        status.getStyleClass().removeAll("field-error", "success-message");
        switch (current.status()) {
            case REJECTED -> {
                status.setText(ui.tr("orders.ui.status.rejected", b.fileLabel()));
                status.getStyleClass().add("field-error");
            }
            case ALREADY_IMPORTED -> {
                ImportedBatch earlier = current.sameFile().orElseThrow();
                status.setText(ui.tr("orders.ui.status.already", earlier.reference(), String.valueOf(earlier.revision()),
                        when(earlier), who(earlier)));
                status.getStyleClass().add("success-message");
            }
            case NEW -> status.setText(ui.tr("orders.ui.status.new", b.supplier(), b.reference(),
                    b.day().map(OrderTexts::date).orElse("?"), b.format().map(f -> ui.tr("orders.ui.format." + f)).orElse("")));
            case REVISION -> status.setText(ui.tr("orders.ui.status.revision", b.supplier(), b.reference(),
                    b.day().map(OrderTexts::date).orElse("?"), String.valueOf(current.previous().orElseThrow().revision() + 1)));
        }
        ChangeSummary c = ev.summary();
        Capacity inFile = ev.rows().stream().filter(r -> r.change() != OrderChange.Kind.EXCLUDED).map(OrderRow::zones)
                .reduce(Capacity.NONE, Capacity::plus);
        summary.setText(b.isFatal() ? "" : ui.tr("orders.ui.summary", b.orders().size(), OrderTexts.zones(inFile),
                c.added(), c.changed(), c.withdrawn(), c.unchanged(), c.kept(), ev.open().size()));
        summary.getStyleClass().removeAll("field-error");
        if (!ev.open().isEmpty()) {
            summary.getStyleClass().add("field-error");
        }
        int strong = s.strongCandidates(current);
        confirmStrong.setVisible(strong > 0);
        confirmStrong.setText(ui.tr("orders.ui.confirmStrong", strong));
        boolean nothing = c.added() + c.changed() + c.withdrawn() == 0;
        importButton.setText(current.status() == BatchPreview.Status.ALREADY_IMPORTED ? ui.tr("orders.ui.archive")
                : ui.tr("orders.ui.importN", c.added() + c.changed(), c.withdrawn()));
        importButton.setDisable(current.status() == BatchPreview.Status.REJECTED
                || (current.status() != BatchPreview.Status.ALREADY_IMPORTED && (!ev.canCommit() || nothing)));
    }

    // ------------------------------------------------------------------------------------------ fixing

    private void showFix(ParsedOrder order, Optional<ImportProblem> problem) {
        fixPanel.getChildren().clear();
        ImportSession s = session.orElse(null);
        if (s == null) {
            return;
        }
        if (order != null) {
            Label head = new Label(ui.tr("orders.ui.fix.order", order.reference(), order.client().display()));
            head.getStyleClass().add("title-4");
            head.setWrapText(true);
            fixPanel.getChildren().add(head);
        }
        problem.ifPresent(p -> {
            Label text = new Label(ui.messages().render(p.message()));
            text.setId("fix-problem");
            text.setWrapText(true);
            text.getStyleClass().add(p.severity() == ImportProblem.Severity.WARNING ? "text-muted" : "field-error");
            fixPanel.getChildren().add(text);
            if (p.fix() == ImportProblem.Fix.CHOOSE_ZONE) {
                HBox zones = new HBox(6);
                for (Zone z : Zone.values()) {
                    Button b = new Button(z.norwegian());
                    b.setId("fix-zone-" + z.name());
                    b.setOnAction(e -> {
                        s.zone(current, p.target(), z);
                        refresh();
                        showFix(order, Optional.of(p));
                    });
                    zones.getChildren().add(b);
                }
                Optional<Zone> chosen = Optional.ofNullable(s.resolutions(current).zones().get(p.target()));
                fixPanel.getChildren().addAll(new Label(ui.tr("orders.ui.fix.zone")), zones);
                chosen.ifPresent(z -> fixPanel.getChildren().add(new Label(ui.tr("orders.ui.fix.zoneChosen", z.norwegian()))));
            }
            if (p.blocks() && p.severity() != ImportProblem.Severity.FATAL
                    && (order == null || !p.target().equals(order.key()))) {
                Button exclude = new Button(ui.tr(s.resolutions(current).isExcluded(p.target())
                        ? "orders.ui.fix.includePart" : "orders.ui.fix.excludePart"));
                exclude.setId("fix-exclude-part");
                exclude.setOnAction(e -> {
                    if (s.resolutions(current).isExcluded(p.target())) {
                        s.include(current, p.target());
                    } else {
                        s.exclude(current, p.target());
                    }
                    refresh();
                    showFix(order, Optional.of(p));
                });
                fixPanel.getChildren().add(exclude);
            }
        });
        if (order == null) {
            return;
        }
        ClientMatch match = current.matchOf(order);
        if (match.needsConfirmation()) {
            clientChoice(s, order, match);
        }
        boolean excluded = s.resolutions(current).isExcluded(order.key());
        Button excludeOrder = new Button(ui.tr(excluded ? "orders.ui.fix.includeOrder" : "orders.ui.fix.excludeOrder"));
        excludeOrder.setId("fix-exclude-order");
        excludeOrder.setOnAction(e -> {
            if (excluded) {
                s.include(current, order.key());
            } else {
                s.exclude(current, order.key());
            }
            refresh();
            showFix(order, problem);
        });
        fixPanel.getChildren().add(excludeOrder);
    }

    private void clientChoice(ImportSession s, ParsedOrder order, ClientMatch match) {
        List<ClientMatch.Candidate> candidates = switch (match) {
            case ClientMatch.Candidates c -> c.candidates();
            case ClientMatch.NameDiffers d -> {
                List<ClientMatch.Candidate> all = new ArrayList<>();
                all.add(new ClientMatch.Candidate(d.client(), false, false, false));
                all.addAll(d.candidates().stream().filter(c -> c.client().id() != d.client().id()).toList());
                yield all;
            }
            case ClientMatch.ByNumber b -> List.of();
        };
        Optional<ClientChoice> chosen = s.resolutions(current).client(order.client().key());
        Label chosenLabel = new Label(chosen.map(c -> ui.tr(c instanceof ClientChoice.CreateNew ? "orders.ui.fix.willCreate"
                : "orders.ui.fix.confirmed", c.clientNumber(), c.name())).orElse(ui.tr("orders.ui.fix.noClient")));
        chosenLabel.setId("fix-client-chosen");
        chosenLabel.setWrapText(true);
        fixPanel.getChildren().add(chosenLabel);
        if (!candidates.isEmpty()) {
            ToggleGroup group = new ToggleGroup();
            VBox choices = new VBox(4);
            for (int i = 0; i < candidates.size(); i++) {
                ClientMatch.Candidate c = candidates.get(i);
                RadioButton option = new RadioButton(c.client().clientNumber() + " " + c.client().name() + ", "
                        + c.client().data().address() + ", " + c.client().data().postcode() + " " + c.client().data().city()
                        + " (" + agreement(c) + ")");
                option.setId("fix-candidate-" + i);
                option.setWrapText(true);
                option.setUserData(c);
                option.setToggleGroup(group);
                option.setSelected(i == 0);
                choices.getChildren().add(option);
            }
            Button confirm = new Button(ui.tr("orders.ui.fix.confirm"));
            confirm.setId("fix-confirm");
            confirm.setOnAction(e -> Optional.ofNullable(group.getSelectedToggle()).ifPresent(t -> {
                s.client(current, order, new ClientChoice.Existing(((ClientMatch.Candidate) t.getUserData()).client()));
                refresh();
                showFix(order, Optional.empty());
            }));
            fixPanel.getChildren().addAll(new Label(ui.tr("orders.ui.fix.candidates")), choices, confirm);
        }
        TextField number = new TextField();
        number.setId("fix-number");
        number.setPromptText(ui.tr("orders.ui.fix.numberPrompt"));
        Button use = new Button(ui.tr("orders.ui.fix.useNumber"));
        use.setId("fix-use-number");
        Label numberError = new Label();
        numberError.getStyleClass().add("field-error");
        numberError.setWrapText(true);
        numberError.managedProperty().bind(numberError.textProperty().isNotEmpty());
        use.setOnAction(e -> orderImport.clientByNumber(number.getText()).ifPresentOrElse(c -> {
            s.client(current, order, new ClientChoice.Existing(c));
            refresh();
            showFix(order, Optional.empty());
        }, () -> numberError.setText(ui.tr("orders.ui.fix.noSuchNumber", number.getText().strip()))));
        HBox byNumber = new HBox(6, number, use);
        HBox.setHgrow(number, Priority.ALWAYS);
        Button create = new Button(ui.tr("orders.ui.fix.create"));
        create.setId("fix-create");
        create.setOnAction(e -> new NewClientDialog(ui, orderImport, fleet, order.client()).show().ifPresent(choice -> {
            s.client(current, order, choice);
            refresh();
            showFix(order, Optional.empty());
        }));
        fixPanel.getChildren().addAll(byNumber, numberError, create);
    }

    private String agreement(ClientMatch.Candidate c) {
        if (c.strong()) {
            return ui.tr("orders.ui.match.both");
        }
        if (c.sameName()) {
            return ui.tr("orders.ui.match.name");
        }
        return c.sameAddress() ? ui.tr("orders.ui.match.address") : ui.tr("orders.ui.match.number");
    }

    // ------------------------------------------------------------------------------------------ importing

    private void commit() {
        ImportSession s = session.orElseThrow();
        BatchPreview batch = current;
        var resolutions = s.resolutions(batch);
        importButton.setDisable(true);
        showMessage(ui.tr("orders.ui.writing"), true);
        ui.tasks().submit(BackgroundTask.of(ui.tr("orders.ui.writingTask", batch.batch().reference()),
                p -> orderImport.commit(batch, resolutions, ui.user(), p),
                outcome -> {
                    showMessage(outcomeText(outcome), outcome.result() != ImportOutcome.Result.REFUSED);
                    if (outcome.result() != ImportOutcome.Result.REFUSED) {
                        archiveFromFolder(batch);
                        List<BatchPreview> left = new ArrayList<>(s.batches());
                        left.remove(batch);
                        if (left.isEmpty()) {
                            session = Optional.empty();
                            current = null;
                        } else {
                            ImportSession rest = new ImportSession(left);
                            session = Optional.of(carryOver(s, rest));
                            current = left.getFirst();
                        }
                        showSession();
                        loadHistory();
                    } else {
                        refresh();
                    }
                },
                e -> {
                    showMessage(ui.tr("orders.ui.writeFailed", e.getMessage()), false);
                    refresh();
                }));
    }

    /** The decisions already made on the other batches stay when one batch is imported. */
    private static ImportSession carryOver(ImportSession from, ImportSession to) {
        for (BatchPreview b : to.batches()) {
            var r = from.resolutions(b);
            r.excluded().forEach(k -> to.exclude(b, k));
            r.zones().forEach((k, z) -> to.zone(b, k, z));
            r.clients().forEach((key, choice) -> b.batch().orders().stream().filter(o -> o.client().key().equals(key))
                    .findFirst().ifPresent(o -> to.client(b, o, choice)));
        }
        return to;
    }

    private void archiveFromFolder(BatchPreview batch) {
        for (String name : batch.batch().files()) {
            openedFromFolder.stream().filter(p -> p.getFileName().toString().equals(name) && Files.exists(p)).findFirst()
                    .ifPresent(p -> {
                        try {
                            importFolder.archive(p);
                        } catch (RuntimeException e) {
                            folderMessage.setText(ui.tr("orders.ui.folder.archiveFailed", name, e.getMessage()));
                        }
                    });
        }
    }

    private String outcomeText(ImportOutcome o) {
        return switch (o.result()) {
            case IMPORTED -> ui.tr("orders.ui.imported", o.reference(), String.valueOf(o.batch().orElseThrow().revision()),
                    o.summary().added(), o.summary().changed(), o.summary().withdrawn(), o.packages(), o.stopsCreated(),
                    o.stopsShared(), o.clientsCreated());
            case NOTHING_CHANGED, ALREADY_IMPORTED -> ui.tr("orders.ui.nothingChanged", o.reference());
            case REFUSED -> ui.messages().render(o.reason().orElseThrow());
        };
    }

    // ------------------------------------------------------------------------------------------ folder

    private Node folderPane() {
        folderLabel.setId("orders-folder-path");
        folderLabel.setWrapText(true);
        folderLabel.setText(ui.tr("orders.ui.folder.path", importFolder.folder(),
                ui.tr(orderImport.settings().autoImport() ? "orders.ui.folder.auto" : "orders.ui.folder.manual")));
        folderTable.setId("orders-folder-files");
        folderTable.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        folderTable.setPlaceholder(new Label(ui.tr("orders.ui.folder.empty")));
        NumberFormat kb = NumberFormat.getIntegerInstance(ui.messages().locale());
        folderTable.getColumns().addAll(List.of(
                col(ui.tr("orders.ui.col.file"), 360, ImportFolder.Entry::name),
                col(ui.tr("orders.ui.col.size"), 100, e -> kb.format(Math.max(1, e.size() / 1024)) + " kB"),
                col(ui.tr("orders.ui.col.modified"), 150, e -> WHEN.format(e.modified().atZone(ui.zone()))),
                col(ui.tr("orders.ui.col.state"), 200, e -> ui.tr(e.ready() ? "orders.ui.folder.ready" : "orders.ui.folder.copying"))));
        folderTable.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        Button previewReady = new Button(ui.tr("orders.ui.folder.previewAll"));
        previewReady.setId("orders-folder-preview");
        previewReady.setOnAction(e -> {
            List<ImportFolder.Entry> chosen = new ArrayList<>(folderTable.getSelectionModel().getSelectedItems());
            List<Path> files = (chosen.isEmpty() ? folderTable.getItems() : chosen).stream()
                    .filter(ImportFolder.Entry::ready).map(ImportFolder.Entry::path).toList();
            if (!files.isEmpty()) {
                openFiles(files);
            }
        });
        folderMessage.setId("orders-folder-message");
        folderMessage.setWrapText(true);
        VBox.setVgrow(folderTable, Priority.ALWAYS);
        VBox pane = new VBox(8, folderLabel, folderTable, new HBox(10, previewReady), folderMessage);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private void startWatching() {
        ImportFolder folder = importFolder;
        // Stop looking when the console window closes (and let a new window start again).
        root.sceneProperty().addListener((o, oldScene, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, oldWindow, window) -> {
                    if (window != null) {
                        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> folder.close());
                    }
                });
                if (scene.getWindow() != null) {
                    scene.getWindow().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> folder.close());
                }
            }
        });
        folder.watch(entries -> Platform.runLater(() -> {
            folderTable.getItems().setAll(entries);
            long ready = entries.stream().filter(ImportFolder.Entry::ready).count();
            folderTab.setText(ready == 0 ? ui.tr("orders.ui.tab.folder") : ui.tr("orders.ui.tab.folderN", ready));
            if (ready > 0 && orderImport.settings().autoImport()) {
                autoImport();
            }
        }));
    }

    private void autoImport() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("orders.ui.folder.autoTask"),
                p -> importFolder.autoImport(orderImport, ui.user()),
                results -> {
                    List<String> done = new ArrayList<>();
                    results.forEach(r -> r.outcome().filter(o -> o.result() == ImportOutcome.Result.IMPORTED)
                            .ifPresent(o -> done.add(o.reference())));
                    if (!done.isEmpty()) {
                        folderMessage.setText(ui.tr("orders.ui.folder.autoDone", String.join(", ", done)));
                        loadHistory();
                    }
                },
                e -> folderMessage.setText(ui.tr("orders.ui.folder.autoFailed", e.getMessage()))));
    }

    // ------------------------------------------------------------------------------------------ history

    private Node historyPane() {
        historyTable.setId("orders-history");
        historyTable.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        historyTable.setPlaceholder(new Label(ui.tr("orders.ui.history.empty")));
        historyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        historyTable.getColumns().addAll(List.of(
                col(ui.tr("orders.ui.col.importedAt"), 140, this::when),
                col(ui.tr("orders.ui.col.by"), 160, this::who),
                col(ui.tr("orders.ui.col.supplier"), 220, ImportedBatch::supplier),
                col(ui.tr("orders.ui.col.batch"), 190, ImportedBatch::reference),
                num(ui.tr("orders.ui.col.revision"), ImportedBatch::revision),
                col(ui.tr("orders.ui.col.day"), 115, b -> OrderTexts.date(b.deliveryDate())),
                num(ui.tr("orders.ui.col.orders"), ImportedBatch::orderCount),
                num(ui.tr("orders.ui.col.packages"), ImportedBatch::packageCount),
                col(ui.tr("orders.ui.col.changes"), 170, this::changesText),
                col(ui.tr("orders.ui.col.files"), 200, ImportedBatch::fileName)));
        VBox.setVgrow(historyTable, Priority.ALWAYS);
        VBox pane = new VBox(8, historyTable);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    private void loadHistory() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("orders.ui.history.loading"),
                p -> orderImport.history(500),
                list -> historyTable.getItems().setAll(list),
                e -> showMessage(ui.tr("orders.ui.history.failed", e.getMessage()), false)));
    }

    /** "new batch" for a first revision; for a re-send only what it changed: "2 changed, 1 withdrawn". */
    private String changesText(ImportedBatch b) {
        if (b.changeSummary().isEmpty()) {
            return "";
        }
        if (b.revision() == 1) {
            return ui.tr("orders.ui.history.first");
        }
        ChangeSummary c = ChangeSummary.parse(b.changeSummary());
        List<String> parts = new ArrayList<>();
        if (c.added() > 0) {
            parts.add(ui.tr("orders.ui.history.added", c.added()));
        }
        if (c.changed() > 0) {
            parts.add(ui.tr("orders.ui.history.changed", c.changed()));
        }
        if (c.withdrawn() > 0) {
            parts.add(ui.tr("orders.ui.history.withdrawn", c.withdrawn()));
        }
        if (c.kept() > 0) {
            parts.add(ui.tr("orders.ui.history.kept", c.kept()));
        }
        return String.join(", ", parts);
    }

    private String when(ImportedBatch b) {
        return WHEN.format(b.importedAt().atZone(ui.zone()));
    }

    private String who(ImportedBatch b) {
        return b.importedBy().isEmpty() ? "–" : b.importedBy();
    }

    // ------------------------------------------------------------------------------------------ texts

    private String clientText(OrderRow r) {
        if (r.client().isEmpty()) {
            int n = r.match() instanceof ClientMatch.Candidates c ? c.candidates().size() : 1;
            return r.match() instanceof ClientMatch.NameDiffers d ? ui.tr("orders.ui.client.nameDiffers", d.client().name())
                    : n == 0 ? ui.tr("orders.ui.client.unknown") : ui.tr("orders.ui.client.candidates", n);
        }
        ClientChoice c = r.client().get();
        String text = c.clientNumber() + " " + c.name();
        if (c instanceof ClientChoice.CreateNew) {
            return ui.tr("orders.ui.client.new", text);
        }
        return r.match() instanceof ClientMatch.ByNumber ? text : ui.tr("orders.ui.client.confirmed", text);
    }

    private String stopText(OrderRow r) {
        if (r.change() == OrderChange.Kind.EXCLUDED) {
            return "";
        }
        String text = r.ordersOnStop() == 0 ? ui.tr("orders.ui.stop.new") : ui.tr("orders.ui.stop.joins", r.ordersOnStop());
        if (r.sameClientInBatch() > 0) {
            text += " " + ui.tr("orders.ui.stop.sameBatch", r.sameClientInBatch());
        }
        return r.stopPlanned() ? text + " " + ui.tr("orders.ui.stop.planned") : text;
    }

    private String problemState(ImportProblem p) {
        if (p.severity() == ImportProblem.Severity.WARNING) {
            return ui.tr("orders.ui.problem.note");
        }
        return session.map(s -> s.isOpen(current, p)).orElse(true) ? ui.tr("orders.ui.problem.open") : ui.tr("orders.ui.problem.done");
    }

    private static Label wrappedLabel(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private void showMessage(String text, boolean ok) {
        message.setText(text);
        message.getStyleClass().removeAll("field-error", "success-message");
        if (!text.isEmpty()) {
            message.getStyleClass().add(ok ? "success-message" : "field-error");
        }
    }

    private static <T, V> TableColumn<T, V> minWidth(TableColumn<T, V> column, double width) {
        column.setMinWidth(width);
        return column;
    }

    /** A text column; a cell whose text is cut off shows all of it as a tooltip. */
    private static <T> TableColumn<T, String> col(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < 20 ? null : new Tooltip(item));
            }
        });
        return c;
    }

    /** A text column whose long texts wrap inside the row instead of being cut off. */
    private static <T> TableColumn<T, String> wrapping(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = col(title, width, value);
        c.setCellFactory(column -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
                text.getStyleClass().add("wrapping-cell-text");
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setText(null);
                setGraphic(empty ? null : text);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return c;
    }

    private static <T> TableColumn<T, Integer> num(String title, Function<T, Integer> value) {
        TableColumn<T, Integer> c = new TableColumn<>(title);
        c.setPrefWidth(Math.max(64, title.length() * 9 + 24));
        c.setMinWidth(56);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
