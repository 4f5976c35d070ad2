package no.smartmat.console.orders.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.smartmat.console.orders.ChangeSummary;
import no.smartmat.console.orders.ImportedBatch;
import no.smartmat.console.orders.OrderImportService;
import no.smartmat.console.orders.OrderTexts;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.ui.Columns;
import no.smartmat.console.ui.UiContext;

/** Ordreimport's history: every batch revision, who imported it and when, and what it changed. */
final class HistoryPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final UiContext ui;
    private final OrderImportService orderImport;
    private final PreviewPane.StatusLine status;
    private final TableView<ImportedBatch> historyTable = new TableView<>();
    private final Node root;

    HistoryPane(UiContext ui, OrderImportService orderImport, PreviewPane.StatusLine status) {
        this.ui = ui;
        this.orderImport = orderImport;
        this.status = status;
        this.root = build();
    }

    Node node() {
        return root;
    }

    private Node build() {
        historyTable.setId("orders-history");
        historyTable.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        historyTable.setPlaceholder(new Label(ui.tr("orders.ui.history.empty")));
        historyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        historyTable.getColumns().addAll(List.of(
                Columns.withTooltip(ui.tr("orders.ui.col.importedAt"), 140, b -> when(ui, b)),
                Columns.withTooltip(ui.tr("orders.ui.col.by"), 160, HistoryPane::who),
                Columns.withTooltip(ui.tr("orders.ui.col.supplier"), 220, ImportedBatch::supplier),
                Columns.withTooltip(ui.tr("orders.ui.col.batch"), 190, ImportedBatch::reference),
                Columns.number(ui.tr("orders.ui.col.revision"), ImportedBatch::revision),
                Columns.withTooltip(ui.tr("orders.ui.col.day"), 115, b -> OrderTexts.date(b.deliveryDate())),
                Columns.number(ui.tr("orders.ui.col.orders"), ImportedBatch::orderCount),
                Columns.number(ui.tr("orders.ui.col.packages"), ImportedBatch::packageCount),
                Columns.withTooltip(ui.tr("orders.ui.col.changes"), 170, this::changesText),
                Columns.withTooltip(ui.tr("orders.ui.col.files"), 200, ImportedBatch::fileName)));
        VBox.setVgrow(historyTable, Priority.ALWAYS);
        VBox pane = new VBox(8, historyTable);
        pane.setPadding(new Insets(8, 0, 0, 0));
        return pane;
    }

    void load() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("orders.ui.history.loading"),
                p -> orderImport.history(500),
                list -> historyTable.getItems().setAll(list),
                e -> status.show(ui.tr("orders.ui.history.failed", e.getMessage()), false)));
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

    static String when(UiContext ui, ImportedBatch b) {
        return WHEN.format(b.importedAt().atZone(ui.zone()));
    }

    static String who(ImportedBatch b) {
        return b.importedBy().isEmpty() ? "–" : b.importedBy();
    }
}
