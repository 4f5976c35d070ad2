package no.smartmat.console.printing.ui;

import no.smartmat.console.printing.PrintingService;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.Sections;
import no.smartmat.console.ui.Columns;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.clients.ClientFilter;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.printing.DocumentKind;
import no.smartmat.console.printing.PdfPreview;
import no.smartmat.console.printing.PrintDay;
import no.smartmat.console.printing.PrintJob;
import no.smartmat.console.validation.Outcome;
import no.smartmat.console.printing.PrintRepository;
import no.smartmat.console.printing.PrintRoute;
import no.smartmat.console.printing.PrintScope;
import no.smartmat.console.printing.PrintSettings;
import no.smartmat.console.printing.RenderedDocument;
import no.smartmat.console.tasks.BackgroundTask;

/**
 * "Utskrift": choose a day (its published plan), a document and what part of the plan, look at the pages, then
 * print to a printer or save a PDF. Every document that leaves is logged; the log is at the bottom left.
 */
public final class PrintingScreen implements Screen {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Something the coordinator should read before printing (AtlantaFX's warning colours, kept to this screen). */
    static final String MESSAGE_STYLE = "-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-muted; "
            + "-fx-border-radius: 4; -fx-background-radius: 4; -fx-padding: 8 10 8 10; -fx-text-fill: -color-fg-default;";

    /** One client of the day's plan, for "skriv ut én brukers etiketter på nytt". */
    record ClientChoice(String clientNumber, String text, String folded) {

        ClientChoice(String clientNumber, String text) {
            this(clientNumber, text, ClientFilter.fold(text));
        }

        /** Every word typed is in the name, client number or van, ignoring case and accents ("odegard"). */
        boolean matches(String[] foldedWords) {
            return java.util.Arrays.stream(foldedWords).allMatch(folded::contains);
        }
    }

    private final UiContext ui;
    private final PrintingService printing;
    private final DatePicker date = new DatePicker();
    private final Label planInfo = new Label();
    private final Label dayMessage = new Label();
    private final ToggleGroup documents = new ToggleGroup();
    private final RadioButton labelsDoc = new RadioButton(), manifestsDoc = new RadioButton(), loadingDoc = new RadioButton();
    private final ToggleGroup scopes = new ToggleGroup();
    private final RadioButton allScope = new RadioButton(), routeScope = new RadioButton(), clientScope = new RadioButton();
    private final ComboBox<PrintRoute> route = new ComboBox<>();
    private final TextField clientFilter = new TextField();
    private final ObservableList<ClientChoice> clients = FXCollections.observableArrayList();
    private final FilteredList<ClientChoice> filteredClients = new FilteredList<>(clients);
    private final ComboBox<ClientChoice> client = new ComboBox<>(filteredClients);
    private final Button preview = new Button(), print = new Button(), save = new Button();
    private final ComboBox<String> printer = new ComboBox<>();
    private final Label printerInfo = new Label();
    private final Label status = new Label();
    private final VBox warnings = new VBox(4);
    private final TableView<PrintRepository.LogEntry> log = new TableView<>();
    private final PagePreviewPane pagePreview;
    private final PrintSettingsPane settingsPane;
    private final BorderPane root = new BorderPane();
    private final VBox controls;
    private Optional<PrintDay> day = Optional.empty();
    private Optional<RenderedDocument> document = Optional.empty();
    private boolean working;
    /** Bumped whenever the choice on screen changes: a document rendered for an older choice is dropped. */
    private long choice;

    public PrintingScreen(UiContext ui, PrintingService printing) {
        this.ui = ui;
        this.printing = printing;
        this.pagePreview = new PagePreviewPane(ui);
        this.settingsPane = new PrintSettingsPane(ui, printing.settings());

        Label title = new Label(ui.tr("printing.title"));
        title.getStyleClass().add("title-2");
        date.setId("printing-date");
        date.setValue(LocalDate.now(ui.clock()));
        date.setConverter(Converters.typedDate(date));
        date.valueProperty().addListener((o, was, now) -> loadDay());
        planInfo.setId("printing-plan");
        planInfo.setWrapText(true);
        HBox dateRow = new HBox(12, new Label(ui.tr("printing.date")), date, planInfo);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(planInfo, Priority.ALWAYS);
        dayMessage.setId("printing-message");
        dayMessage.setWrapText(true);
        dayMessage.setStyle(MESSAGE_STYLE);
        hide(dayMessage);
        VBox top = new VBox(10, title, dateRow, dayMessage);
        top.setPadding(new Insets(0, 0, 12, 0));

        controls = new VBox(12, documentChoice(), scopeChoice(), actions(), warnings);
        TitledPane settings = new TitledPane(ui.tr("printing.settings.title"), settingsPane.node());
        settings.setId("printing-settings-pane");
        settings.setExpanded(false);
        TitledPane logPane = new TitledPane(ui.tr("printing.log.title"), logTable());
        logPane.setId("printing-log-pane");
        logPane.setExpanded(false);
        VBox left = new VBox(12, controls, settings, logPane);
        left.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.getStyleClass().add("edge-to-edge");

        SplitPane split = new SplitPane(leftScroll, pagePreview.node());
        split.setDividerPositions(0.38);
        root.setTop(top);
        root.setCenter(split);
        settingsPane.show(printing.settings().current());
        setDayControls(false);
    }

    private Node documentChoice() {
        labelsDoc.setText(ui.tr("printing.doc.labels"));
        labelsDoc.setId("printing-doc-labels");
        manifestsDoc.setText(ui.tr("printing.doc.manifests"));
        manifestsDoc.setId("printing-doc-manifests");
        loadingDoc.setText(ui.tr("printing.doc.loading"));
        loadingDoc.setId("printing-doc-loading");
        for (RadioButton b : List.of(labelsDoc, manifestsDoc, loadingDoc)) {
            b.setToggleGroup(documents);
        }
        labelsDoc.setSelected(true);
        documents.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != labelsDoc && clientScope.isSelected()) {
                allScope.setSelected(true);
            }
            boolean oneClient = b == labelsDoc && day.isPresent();
            for (Node n : List.of(clientScope, clientFilter, client)) {
                n.setDisable(!oneClient);
            }
            changed();
        });
        return Sections.titled(ui.tr("printing.doc"), labelsDoc, manifestsDoc, loadingDoc);
    }

    private Node scopeChoice() {
        allScope.setText(ui.tr("printing.scope.allRoutes"));
        allScope.setId("printing-scope-all");
        routeScope.setText(ui.tr("printing.scope.route"));
        routeScope.setId("printing-scope-route");
        clientScope.setText(ui.tr("printing.scope.client"));
        clientScope.setId("printing-scope-client");
        for (RadioButton b : List.of(allScope, routeScope, clientScope)) {
            b.setToggleGroup(scopes);
        }
        allScope.setSelected(true);
        scopes.selectedToggleProperty().addListener((o, a, b) -> changed());

        route.setId("printing-route");
        route.setMaxWidth(Double.MAX_VALUE);
        route.setConverter(Converters.displaying(r -> ui.tr("printing.route.choice", r.vanCode(), r.driverName(), r.stops().size(), r.packageCount())));
        route.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                routeScope.setSelected(true);
            }
            changed();
        });

        clientFilter.setId("printing-client-filter");
        clientFilter.setPromptText(ui.tr("printing.client.filter"));
        clientFilter.textProperty().addListener((o, a, text) -> {
            String[] words = ClientFilter.fold(text).strip().split("\\s+");
            filteredClients.setPredicate(c -> c.matches(words));
            if (filteredClients.isEmpty()) {
                client.setValue(null); // never print a client the list no longer shows
            } else if (client.getValue() == null || !filteredClients.contains(client.getValue())) {
                client.setValue(filteredClients.getFirst());
            }
        });
        client.setId("printing-client");
        client.setMaxWidth(Double.MAX_VALUE);
        client.setConverter(Converters.displaying(c -> c.text()));
        client.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                clientScope.setSelected(true);
            }
            changed();
        });
        VBox clientBox = new VBox(6, clientScope, clientFilter, client);
        clientBox.setPadding(new Insets(4, 0, 0, 0));
        return Sections.titled(ui.tr("printing.scope"), allScope, routeScope, route, clientBox);
    }

    private Node actions() {
        preview.setText(ui.tr("printing.preview"));
        preview.setId("printing-preview");
        preview.setDefaultButton(true);
        preview.setOnAction(e -> withDocument(doc -> {}));
        printer.setId("printing-printer");
        printer.setMaxWidth(Double.MAX_VALUE);
        printer.setPromptText(ui.tr("printing.printer.prompt"));
        HBox.setHgrow(printer, Priority.ALWAYS);
        print.setText(ui.tr("printing.print"));
        print.setId("printing-print");
        print.setOnAction(e -> printDocument());
        save.setText(ui.tr("printing.save"));
        save.setId("printing-save");
        save.setOnAction(e -> saveDocument());
        printerInfo.setId("printing-printers-none");
        printerInfo.setWrapText(true);
        printerInfo.getStyleClass().add("text-muted");
        status.setId("printing-status");
        status.setWrapText(true);
        HBox printRow = new HBox(8, printer, print);
        printRow.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(preview, print, save)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        warnings.setId("printing-warnings");
        return Sections.titled(ui.tr("printing.actions"), preview, printRow, printerInfo, save, status);
    }

    private Node logTable() {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd.MM. HH:mm").withZone(ui.zone());
        log.setId("printing-log");
        log.getColumns().addAll(List.of(
                Columns.text(ui.tr("printing.log.when"), 90, e -> time.format(e.printedAt())),
                Columns.text(ui.tr("printing.log.who"), 100, PrintRepository.LogEntry::printedBy),
                Columns.text(ui.tr("printing.log.what"), 200, e -> (ui.messages().has("printing.document." + e.document())
                        ? ui.tr("printing.document." + e.document()) : e.document())
                        + e.planDate().map(d -> " " + DATE.format(d)).orElse("")
                        + e.planVersion().map(v -> " v" + v).orElse("") + " · " + e.scope()),
                Columns.text(ui.tr("printing.log.where"), 200, PrintRepository.LogEntry::target),
                Columns.text(ui.tr("printing.log.pages"), 50, e -> String.valueOf(e.pages()))));
        log.setPrefHeight(220);
        log.setPlaceholder(new Label(ui.tr("printing.log.empty")));
        log.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        return log;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        loadDay();
        loadPrinters();
        loadLog();
    }

    private void loadDay() {
        LocalDate chosen = date.getValue();
        if (chosen == null) {
            return;
        }
        day = Optional.empty();
        changed();
        setDayControls(false);
        if (!ui.user().role().canPlan()) {
            show(dayMessage, ui.tr("printing.refused.notAllowed"));
            pagePreview.clear(ui.tr("printing.refused.notAllowed"));
            return;
        }
        planInfo.setText(ui.tr("printing.plan.loading"));
        ui.tasks().submit(BackgroundTask.of(ui.tr("printing.plan.loading"), p -> printing.day(chosen), outcome -> {
            if (!chosen.equals(date.getValue())) {
                return; // the coordinator picked another day meanwhile
            }
            switch (outcome) {
                case Outcome.Done<PrintDay>(PrintDay d, var notices) -> showDay(d);
                case Outcome.Refused<PrintDay>(UserMessage reason, var errors, var remedy) -> {
                    planInfo.setText(ui.tr("printing.plan.none"));
                    show(dayMessage, ui.messages().render(reason));
                    pagePreview.clear(ui.messages().render(reason));
                }
            }
        }, e -> {
            planInfo.setText("");
            show(dayMessage, ui.tr("printing.failed", String.valueOf(e.getMessage())));
        }));
    }

    private void showDay(PrintDay d) {
        day = Optional.of(d);
        planInfo.setText(ui.tr("printing.plan.info", d.versionText(), d.routes().size(), d.stopCount(), d.packageCount()));
        List<String> notes = new java.util.ArrayList<>();
        if (d.unassignedStops() > 0) {
            notes.add(ui.tr("printing.plan.unassigned", d.unassignedStops()));
        }
        if (!d.cancelled().isEmpty()) {
            notes.add(ui.tr("printing.plan.cancelled", d.cancelled().size(),
                    String.join(", ", d.cancelled().stream().map(c -> c.clientName()).toList())));
        }
        if (!d.changedAfterPublishing().isEmpty()) {
            // The documents print the published plan: whoever prints learns first which stops differ from it.
            notes.add(ui.tr("printing.changedAfterPublishing", d.changedAfterPublishing().size(),
                    String.valueOf(d.planVersion())) + "\n" + String.join("\n", d.changedAfterPublishing().stream()
                    .map(c -> "• " + ui.messages().render(c.line())).toList()) + "\n" + ui.tr("planning.changed.advice"));
        }
        if (notes.isEmpty()) {
            hide(dayMessage);
        } else {
            show(dayMessage, String.join(" ", notes));
        }
        PrintRoute chosenRoute = route.getValue();
        route.getItems().setAll(d.routes());
        route.setValue(chosenRoute == null ? null : d.route(chosenRoute.vanCode()).orElse(null));
        clients.setAll(d.routes().stream().flatMap(r -> r.stops().stream().map(s -> new ClientChoice(
                        s.details().clientNumber(), ui.tr("printing.client.choice", s.details().clientName(),
                        s.details().clientNumber(), r.vanCode(), s.number()))))
                .sorted(Comparator.comparing(ClientChoice::text, java.text.Collator.getInstance(ui.messages().locale()))).toList());
        setDayControls(true);
        pagePreview.clear(ui.tr("printing.preview.empty"));
    }

    private void loadPrinters() {
        record Found(List<String> names, Optional<String> preferred) {}
        ui.tasks().submit(BackgroundTask.of(ui.tr("printing.printer.loading"), p -> {
            var printers = printing.printers();
            return new Found(printers.names(), printers.defaultName());
        }, found -> {
            List<String> names = found.names();
            String was = printer.getValue();
            printer.getItems().setAll(names);
            printer.setValue(was != null && names.contains(was) ? was : found.preferred().orElse(names.isEmpty() ? null : names.getFirst()));
            printer.setDisable(names.isEmpty());
            printerInfo.setText(names.isEmpty() ? ui.tr("printing.printer.none") : "");
            printerInfo.setVisible(names.isEmpty());
            printerInfo.setManaged(names.isEmpty());
            setWorking(working);
        }, e -> printerInfo.setText(ui.tr("printing.failed", String.valueOf(e.getMessage())))));
    }

    private void loadLog() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("printing.log.loading"), p -> printing.latestLog(100),
                log.getItems()::setAll, e -> {}));
    }

    /** The choice on screen as a job, if it is complete (a route or client chosen where needed, settings valid). */
    private Optional<PrintJob> job() {
        DocumentKind kind = labelsDoc.isSelected() ? DocumentKind.LABELS
                : manifestsDoc.isSelected() ? DocumentKind.MANIFESTS : DocumentKind.LOADING_LIST;
        PrintScope scope;
        if (routeScope.isSelected()) {
            if (route.getValue() == null) {
                status.setText(ui.tr("printing.route.choose"));
                return Optional.empty();
            }
            scope = PrintScope.route(route.getValue().vanCode());
        } else if (clientScope.isSelected()) {
            if (client.getValue() == null) {
                status.setText(ui.tr("printing.client.choose"));
                return Optional.empty();
            }
            scope = PrintScope.client(client.getValue().clientNumber());
        } else {
            scope = PrintScope.all();
        }
        Optional<PrintSettings> settings = settingsPane.current();
        if (settings.isEmpty()) {
            status.setText(ui.tr("printing.settings.invalid"));
            return Optional.empty();
        }
        return Optional.of(new PrintJob(kind, scope, settings.get()));
    }

    /** Runs {@code then} with the document of the current choice, rendering (off the FX thread) if needed. */
    private void withDocument(java.util.function.Consumer<RenderedDocument> then) {
        if (day.isEmpty() || working) {
            return;
        }
        Optional<PrintJob> job = job();
        if (job.isEmpty()) {
            return;
        }
        if (document.isPresent() && document.get().job().equals(job.get()) && document.get().planId() == day.get().planId()) {
            then.accept(document.get());
            return;
        }
        PrintDay printDay = day.get();
        long forChoice = choice;
        setWorking(true);
        pagePreview.working();
        status.setText(ui.tr("printing.rendering"));
        record Rendered(Outcome<RenderedDocument> outcome, Optional<PdfPreview> preview) {}
        ui.tasks().submit(BackgroundTask.of(ui.tr("printing.rendering"), p -> {
            p.update(0, 2, ui.tr("printing.rendering.pdf"));
            Outcome<RenderedDocument> outcome = printing.render(printDay, job.get(), ui.user());
            p.update(1, 2, ui.tr("printing.rendering.open"));
            Optional<PdfPreview> opened = outcome instanceof Outcome.Done<RenderedDocument>(RenderedDocument d, var notices)
                    ? Optional.of(new PdfPreview(d.pdf())) : Optional.empty();
            p.update(2, 2, "");
            return new Rendered(outcome, opened);
        }, rendered -> {
            setWorking(false);
            if (forChoice != choice) {
                rendered.preview().ifPresent(PdfPreview::close);
                return; // the coordinator changed the choice while it rendered; the preview already says so
            }
            switch (rendered.outcome()) {
                case Outcome.Done<RenderedDocument>(RenderedDocument d, var notices) -> {
                    document = Optional.of(d);
                    status.setText(ui.tr("printing.rendered", ui.tr("printing.document." + d.job().kind().name()), d.pages()));
                    showWarnings(d);
                    pagePreview.show(rendered.preview().orElseThrow());
                    then.accept(d);
                }
                case Outcome.Refused<RenderedDocument>(UserMessage reason, var errors, var remedy) -> {
                    status.setText(ui.messages().render(reason));
                    pagePreview.clear(ui.messages().render(reason));
                }
            }
        }, e -> {
            setWorking(false);
            pagePreview.idle();
            status.setText(ui.tr("printing.failed", String.valueOf(e.getMessage())));
        }));
    }

    private void printDocument() {
        String target = printer.getValue();
        if (target == null) {
            status.setText(ui.tr("printing.printer.none"));
            return;
        }
        withDocument(doc -> {
            setWorking(true);
            status.setText(ui.tr("printing.printing", target));
            ui.tasks().submit(BackgroundTask.of(ui.tr("printing.printing", target),
                    p -> printing.print(doc, target, ui.user()), outcome -> {
                        setWorking(false);
                        status.setText(switch (outcome) {
                            case Outcome.Done<String>(String name, var notices) -> ui.tr("printing.printed", doc.pages(), name);
                            case Outcome.Refused<String>(UserMessage reason, var errors, var remedy) -> ui.messages().render(reason);
                        });
                        loadLog();
                    }, e -> {
                        setWorking(false);
                        status.setText(ui.tr("printing.failed", String.valueOf(e.getMessage())));
                    }));
        });
    }

    private void saveDocument() {
        withDocument(doc -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(ui.tr("printing.save.title"));
            chooser.setInitialFileName(doc.fileName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.tr("printing.save.pdfFiles"), "*.pdf"));
            File file = chooser.showSaveDialog(ui.window());
            if (file == null) {
                return;
            }
            Path path = file.getName().toLowerCase(Locale.ROOT).endsWith(".pdf") ? file.toPath()
                    : file.toPath().resolveSibling(file.getName() + ".pdf");
            setWorking(true);
            ui.tasks().submit(BackgroundTask.of(ui.tr("printing.saving"), p -> printing.savePdf(doc, path, ui.user()),
                    outcome -> {
                        setWorking(false);
                        status.setText(switch (outcome) {
                            case Outcome.Done<Path>(Path saved, var notices) -> ui.tr("printing.saved", doc.pages(), saved.toString());
                            case Outcome.Refused<Path>(UserMessage reason, var errors, var remedy) -> ui.messages().render(reason);
                        });
                        loadLog();
                    }, e -> {
                        setWorking(false);
                        status.setText(ui.tr("printing.failed", String.valueOf(e.getMessage())));
                    }));
        });
    }

    private void showWarnings(RenderedDocument d) {
        warnings.getChildren().clear();
        if (d.warnings().isEmpty()) {
            return;
        }
        Label head = new Label(ui.tr("printing.warnings", d.warnings().size()));
        head.setStyle(MESSAGE_STYLE);
        head.setWrapText(true);
        warnings.getChildren().add(head);
        d.warnings().stream().limit(20).forEach(w -> {
            Label line = new Label("• " + w.message());
            line.setWrapText(true);
            warnings.getChildren().add(line);
        });
    }

    /** The choice changed: the document shown no longer matches it. */
    private void changed() {
        choice++;
        document = Optional.empty();
        warnings.getChildren().clear();
        status.setText("");
        if (day.isPresent()) {
            pagePreview.clear(ui.tr("printing.preview.empty"));
        }
    }

    private void setWorking(boolean on) {
        working = on;
        preview.setDisable(on || day.isEmpty());
        save.setDisable(on || day.isEmpty());
        print.setDisable(on || day.isEmpty() || printer.getItems().isEmpty());
    }

    private void setDayControls(boolean enabled) {
        for (Node n : List.of(labelsDoc, manifestsDoc, loadingDoc, allScope, routeScope, route)) {
            n.setDisable(!enabled);
        }
        for (Node n : List.of(clientScope, clientFilter, client)) {
            n.setDisable(!enabled || !labelsDoc.isSelected());
        }
        setWorking(working);
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(true);
        label.setManaged(true);
    }

    private static void hide(Label label) {
        label.setVisible(false);
        label.setManaged(false);
    }

}
