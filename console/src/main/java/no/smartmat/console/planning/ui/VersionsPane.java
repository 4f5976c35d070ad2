package no.smartmat.console.planning.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.console.ui.Columns;
import no.smartmat.console.ui.UiContext;

/** Planlegging's Versjoner tab: every saved version of the day, newest first; one can be opened again. */
final class VersionsPane {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM. HH:mm");

    private final UiContext ui;
    private final Consumer<StoredPlan> open;
    private final TableView<StoredPlan> versionsTable = new TableView<>();
    private final Button openVersion = new Button();
    private final Node root;

    VersionsPane(UiContext ui, Consumer<StoredPlan> open) {
        this.ui = ui;
        this.open = open;
        this.root = build();
    }

    Node node() {
        return root;
    }

    void show(List<StoredPlan> versions) {
        versionsTable.getItems().setAll(versions.reversed());
    }

    private Node build() {
        versionsTable.setId("planning-versions");
        versionsTable.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        versionsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        versionsTable.getColumns().add(Columns.fixed(ui.tr("planning.versions.col.version"), 76, v -> "v" + v.version()));
        versionsTable.getColumns().add(Columns.fixed(ui.tr("planning.versions.col.status"), 96, v -> ui.tr("planning.status." + v.status())));
        versionsTable.getColumns().add(Columns.fixed(ui.tr("planning.versions.col.created"), 190,
                v -> v.createdBy() + " · " + DATE_TIME.format(v.createdAt().atZone(ui.zone()))));
        versionsTable.getColumns().add(Columns.fixed(ui.tr("planning.versions.col.published"), 190,
                v -> v.publishedAt().map(t -> v.publishedBy().orElse("") + " · " + DATE_TIME.format(t.atZone(ui.zone()))).orElse("")));
        versionsTable.getColumns().add(Columns.fixed(ui.tr("planning.versions.col.km"), 64, v -> ui.tr("planning.km", v.distanceKm())));
        versionsTable.getColumns().add(Columns.fixed(ui.tr("planning.versions.col.changes"), 220, StoredPlan::changeSummary));
        versionsTable.setPlaceholder(new Label(ui.tr("planning.versions.empty")));
        versionsTable.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<StoredPlan>() {
                @Override
                protected void updateItem(StoredPlan v, boolean empty) {
                    super.updateItem(v, empty);
                    getStyleClass().remove("planning-problem");
                    setTooltip(null);
                    if (!empty && v != null) {
                        if (!v.feasible() || !v.unassignedStopIds().isEmpty()) {
                            getStyleClass().add("planning-problem");
                        }
                        setTooltip(new Tooltip(ui.tr("planning.versions.tooltip", String.valueOf(v.version()),
                                ui.tr("planning.status." + v.status()), v.assignedCount(), v.unassignedStopIds().size(),
                                ui.tr(v.feasible() ? "planning.versions.feasible" : "planning.versions.infeasible"),
                                v.changeSummary().isEmpty() ? "–" : v.changeSummary())));
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        openVersion.setId("planning-open-version");
        openVersion.setText(ui.tr("planning.versions.open"));
        openVersion.disableProperty().bind(versionsTable.getSelectionModel().selectedItemProperty().isNull());
        openVersion.setOnAction(e -> Optional.ofNullable(versionsTable.getSelectionModel().getSelectedItem()).ifPresent(open));
        Label hint = new Label(ui.tr("planning.versions.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(8, versionsTable, new HBox(10, openVersion), hint);
        VBox.setVgrow(versionsTable, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }
}
