package no.smartmat.console.orders.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.FleetService;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.orders.BatchPreview;
import no.smartmat.console.orders.ChangeSummary;
import no.smartmat.console.orders.ClientChoice;
import no.smartmat.console.orders.ClientMatch;
import no.smartmat.console.orders.ImportOutcome;
import no.smartmat.console.planning.PublishedChange;
import no.smartmat.console.orders.ImportProblem;
import no.smartmat.console.orders.ImportSession;
import no.smartmat.console.orders.ImportedBatch;
import no.smartmat.console.orders.OrderChange;
import no.smartmat.console.orders.OrderImportService;
import no.smartmat.console.orders.OrderRow;
import no.smartmat.console.orders.OrderTexts;
import no.smartmat.console.orders.ParsedOrder;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.ui.Columns;
import no.smartmat.console.ui.UiContext;

/**
 * Ordreimport's preview: the batches read from the files, each order with its client as the file and the register
 * name them, the problems with where and why, the panel that fixes them part by part, and the import itself.
 * The session (what was read and the decisions made) lives in {@link ImportSession}; this pane shows it.
 */
final class PreviewPane {

    /** Where the screen shows the outcome of what the pane did. */
    interface StatusLine {
        void show(String text, boolean ok);
    }

    private final UiContext ui;
    private final OrderImportService orderImport;
    private final FleetService fleet;
    private final StatusLine status;
    private final Consumer<BatchPreview> imported;
    private final Node root;

    private final ComboBox<BatchPreview> batchChoice = new ComboBox<>();
    private final Label batchCount = new Label();
    private final Label statusLabel = new Label();
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

    private Optional<ImportSession> session = Optional.empty();
    private BatchPreview current;
    /** Set while a chosen problem selects its order, so the order does not replace the problem in the fix panel. */
    private boolean followingProblem;

    /** {@code imported} is told of each batch once it is in the database (the screen archives its files). */
    PreviewPane(UiContext ui, OrderImportService orderImport, FleetService fleet, StatusLine status,
                Consumer<BatchPreview> imported) {
        this.ui = ui;
        this.orderImport = orderImport;
        this.fleet = fleet;
        this.status = status;
        this.imported = imported;
        this.problemFileColumn = Columns.wrapping(ui.tr("orders.ui.col.file"), 170, p -> p.where().file());
        this.root = build();
        showSession();
    }

    Node node() {
        return root;
    }

    /** Shows what was just read, from its first batch. */
    void show(List<BatchPreview> previews) {
        session = Optional.of(new ImportSession(previews));
        current = previews.getFirst();
        showSession();
    }

    private Node build() {
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
        statusLabel.setId("orders-status");
        statusLabel.setWrapText(true);
        summary.setId("orders-summary");
        summary.setWrapText(true);
        batchCount.setId("orders-batch-count");
        batchCount.managedProperty().bind(batchCount.visibleProperty());
        batchCount.visibleProperty().bind(batchChoice.visibleProperty());
        batchCount.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(12, batchChoice, batchCount, statusLabel);
        head.setAlignment(Pos.CENTER_LEFT);

        ordersTable.setId("orders-table");
        ordersTable.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        ordersTable.setItems(rows);
        ordersTable.setPlaceholder(new Label(ui.tr("orders.ui.noPreview")));
        ordersTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ordersTable.getColumns().addAll(List.of(
                Columns.withTooltip(ui.tr("orders.ui.col.order"), 110, r -> r.order().reference()),
                Columns.withTooltip(ui.tr("orders.ui.col.kind"), 90, r -> ui.tr("orders.ui.kind." + r.order().kind())),
                Columns.withTooltip(ui.tr("orders.ui.col.fileClient"), 320, r -> r.order().client().display()),
                Columns.withTooltip(ui.tr("orders.ui.col.client"), 220, this::clientText),
                Columns.number(ui.tr("orders.ui.col.chilled"), r -> r.zones().chilled()),
                Columns.number(ui.tr("orders.ui.col.frozen"), r -> r.zones().frozen()),
                Columns.number(ui.tr("orders.ui.col.ambient"), r -> r.zones().ambient()),
                Columns.number(ui.tr("orders.ui.col.lines"), OrderRow::lines),
                Columns.withTooltip(ui.tr("orders.ui.col.change"), 110, r -> ui.tr("orders.ui.change." + r.change())),
                Columns.number(ui.tr("orders.ui.col.problems"), OrderRow::openProblems),
                Columns.withTooltip(ui.tr("orders.ui.col.stop"), 200, this::stopText)));
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
                Columns.minWidth(Columns.withTooltip(ui.tr("orders.ui.col.state"), 72, this::problemState), 64),
                problemFileColumn,
                Columns.wrapping(ui.tr("orders.ui.col.where"), 110, p -> ui.messages().render(p.where().describe())),
                Columns.wrapping(ui.tr("orders.ui.col.field"), 110, ImportProblem::field),
                Columns.wrapping(ui.tr("orders.ui.col.value"), 110, ImportProblem::value),
                Columns.wrapping(ui.tr("orders.ui.col.problem"), 420, p -> ui.messages().render(p.message()))));
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
            status.show(ui.tr("orders.ui.confirmedStrong", n), true);
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
            statusLabel.setText(ui.tr("orders.ui.start"));
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
        statusLabel.getStyleClass().removeAll("field-error", "success-message");
        switch (current.status()) {
            case REJECTED -> {
                statusLabel.setText(ui.tr("orders.ui.status.rejected", b.fileLabel()));
                statusLabel.getStyleClass().add("field-error");
            }
            case ALREADY_IMPORTED -> {
                ImportedBatch earlier = current.sameFile().orElseThrow();
                statusLabel.setText(ui.tr("orders.ui.status.already", earlier.reference(), String.valueOf(earlier.revision()),
                        HistoryPane.when(ui, earlier), HistoryPane.who(earlier)));
                statusLabel.getStyleClass().add("success-message");
            }
            case NEW -> statusLabel.setText(ui.tr("orders.ui.status.new", b.supplier(), b.reference(),
                    b.day().map(OrderTexts::date).orElse("?"), b.format().map(f -> ui.tr("orders.ui.format." + f)).orElse("")));
            case REVISION -> statusLabel.setText(ui.tr("orders.ui.status.revision", b.supplier(), b.reference(),
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
        status.show(ui.tr("orders.ui.writing"), true);
        ui.tasks().submit(BackgroundTask.of(ui.tr("orders.ui.writingTask", batch.batch().reference()),
                p -> orderImport.commit(batch, resolutions, ui.user(), p),
                outcome -> {
                    status.show(outcomeText(outcome), outcome.result() != ImportOutcome.Result.REFUSED);
                    if (outcome.result() != ImportOutcome.Result.REFUSED) {
                        imported.accept(batch);
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
                    } else {
                        refresh();
                    }
                },
                e -> {
                    status.show(ui.tr("orders.ui.writeFailed", e.getMessage()), false);
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

    private String outcomeText(ImportOutcome o) {
        return switch (o.result()) {
            case IMPORTED -> ui.tr("orders.ui.imported", o.reference(), String.valueOf(o.batch().orElseThrow().revision()),
                    o.summary().added(), o.summary().changed(), o.summary().withdrawn(), o.packages(), o.stopsCreated(),
                    o.stopsShared(), o.clientsCreated())
                    + PublishedChange.notices(o.afterPublishing()).stream().map(n -> "\n" + ui.messages().render(n))
                    .reduce("", String::concat);
            case NOTHING_CHANGED, ALREADY_IMPORTED -> ui.tr("orders.ui.nothingChanged", o.reference());
            case REFUSED -> ui.messages().render(o.reason().orElseThrow());
        };
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
}
