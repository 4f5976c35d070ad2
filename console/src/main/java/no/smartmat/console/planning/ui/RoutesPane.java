package no.smartmat.console.planning.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import no.smartmat.console.ui.Columns;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.planning.PlanWorkbench;
import no.smartmat.console.planning.RouteRow;
import no.smartmat.console.planning.StopRow;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.solver.Violation;

/**
 * The plan as tables: one row per van (load per compartment against capacity, times, problems) plus the stops no
 * van serves, and the chosen van's stops in driving order. A stop is moved by choosing a van and a place, with
 * the arrows, or by dragging it onto another van's row or onto a place in the stop list; pinned with "Lås".
 */
final class RoutesPane {

    /** What the coordinator asks for; the screen applies it to the workbench and shows the result. */
    interface Actions {
        void move(String stopId, Optional<String> vehicleId, int index);

        void pin(String stopId, boolean pin);

        void selected(Optional<String> vehicleId, Optional<String> stopId);
    }

    /** A row of the route table: a van, or (vehicle empty) the stops no van serves. */
    record RouteItem(Optional<RouteRow> route, int unassigned) {
        String key() {
            return route.map(RouteRow::vehicleId).orElse(UNASSIGNED);
        }
    }

    static final String UNASSIGNED = "";
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DataFormat STOP_FORMAT = new DataFormat("application/x-smartmat-stop");

    private final UiContext ui;
    private final Actions actions;
    private final TableView<RouteItem> routes = new TableView<>();
    private final TableView<StopRow> stops = new TableView<>();
    private final Label stopsTitle = new Label();
    private final Label chosen = new Label();
    private final ComboBox<String> target = new ComboBox<>();
    private final Spinner<Integer> position = new Spinner<>(1, 1, 1);
    private final Button move = new Button();
    private final Button up = new Button("↑");
    private final Button down = new Button("↓");
    private final Button pin = new Button();
    private final Button unassign = new Button();
    private final VBox routesNode;
    private final VBox stopsNode;
    private PlanWorkbench bench;
    private Map<String, String> driverNames = Map.of();
    private boolean editable;
    private boolean updating;

    RoutesPane(UiContext ui, Actions actions) {
        this.ui = ui;
        this.actions = actions;
        routes.setId("planning-routes");
        stops.setId("planning-stops");
        routes.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        stops.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        routes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        stops.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        routeColumns();
        stopColumns();
        routes.setPlaceholder(new Label(ui.tr("planning.routes.empty")));
        stops.setPlaceholder(new Label(ui.tr("planning.stops.empty")));
        routes.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        routes.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating) {
                showStops(Optional.empty());
                notifySelection();
            }
        });
        stops.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!updating) {
                editBar();
                notifySelection();
            }
        });
        routes.setRowFactory(t -> routeRow());
        stops.setRowFactory(t -> stopRow());

        stopsTitle.getStyleClass().add("title-4");
        stopsTitle.setId("planning-stops-title");
        routesNode = new VBox(routes);
        VBox.setVgrow(routes, Priority.ALWAYS);
        routesNode.setPadding(new Insets(6, 0, 0, 0));
        Label hint = new Label(ui.tr("planning.move.hintShort"));
        hint.getStyleClass().add("text-muted");
        hint.setTooltip(new Tooltip(ui.tr("planning.move.hint")));
        hint.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        stopsTitle.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(12, stopsTitle, gap, hint);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        stopsNode = new VBox(4, titleRow, stops, editBar0());
        VBox.setVgrow(stops, Priority.ALWAYS);
        stopsNode.setPadding(new Insets(6, 0, 0, 0));
    }

    /** The route table (one row per van, and the unassigned). */
    Node routesNode() {
        return routesNode;
    }

    /** The chosen route's stops with the move bar. */
    Node stopsNode() {
        return stopsNode;
    }

    /** Shows the workbench's current plan, keeping the chosen van and stop where they still exist. */
    void show(PlanWorkbench workbench, Map<String, String> drivers, boolean canEdit, Optional<String> selectVehicle,
              Optional<String> selectStop) {
        this.bench = workbench;
        this.driverNames = drivers;
        this.editable = canEdit;
        updating = true;
        try {
            String key = selectVehicle.or(() -> Optional.ofNullable(routes.getSelectionModel().getSelectedItem()).map(RouteItem::key))
                    .orElse(null);
            List<RouteItem> items = new ArrayList<>();
            workbench.routeRows().forEach(r -> items.add(new RouteItem(Optional.of(r), 0)));
            int unassignedCount = workbench.unassignedRows().size();
            if (unassignedCount > 0 || workbench.plan().isEmpty()) {
                items.add(new RouteItem(Optional.empty(), unassignedCount));
            }
            routes.getItems().setAll(items);
            target.getItems().setAll(workbench.day().scenario().vehicles().stream().map(v -> v.id()).toList());
            target.getItems().add(UNASSIGNED);
            Optional<RouteItem> again = items.stream().filter(i -> i.key().equals(key)).findFirst();
            if (again.isEmpty()) {
                // nothing chosen yet: the stops to plan, or after planning the unassigned ones, else the first route
                again = items.stream().filter(i -> i.route().isEmpty()).findFirst()
                        .or(() -> items.stream().filter(i -> i.route().filter(RouteRow::used).isPresent()).findFirst());
            }
            again.ifPresentOrElse(i -> routes.getSelectionModel().select(i), () -> routes.getSelectionModel().clearSelection());
            Optional<String> stop = selectStop.or(() -> Optional.ofNullable(stops.getSelectionModel().getSelectedItem()).map(StopRow::stopId));
            showStops(stop);
        } finally {
            updating = false;
        }
        notifySelection();
    }

    /** Selects a stop wherever it is (a click on the map). */
    void reveal(String stopId) {
        if (bench == null) {
            return;
        }
        String key = bench.placement(stopId).map(PlanWorkbench.Placement::vehicleId).orElse(UNASSIGNED);
        updating = true;
        try {
            routes.getItems().stream().filter(i -> i.key().equals(key)).findFirst()
                    .ifPresent(i -> routes.getSelectionModel().select(i));
            showStops(Optional.of(stopId));
        } finally {
            updating = false;
        }
        notifySelection();
    }

    Optional<String> selectedVehicle() {
        return Optional.ofNullable(routes.getSelectionModel().getSelectedItem()).flatMap(RouteItem::route).map(RouteRow::vehicleId);
    }

    Optional<StopRow> selectedStop() {
        return Optional.ofNullable(stops.getSelectionModel().getSelectedItem());
    }

    TableView<RouteItem> routeTable() {
        return routes;
    }

    TableView<StopRow> stopTable() {
        return stops;
    }

    private void showStops(Optional<String> select) {
        boolean was = updating;
        updating = true;
        try {
            RouteItem item = routes.getSelectionModel().getSelectedItem();
            List<StopRow> rows;
            if (bench == null || item == null) {
                rows = List.of();
                stopsTitle.setText(ui.tr("planning.stops.choose"));
            } else if (item.route().isEmpty()) {
                rows = bench.unassignedRows();
                stopsTitle.setText(ui.tr(bench.plan().isEmpty() ? "planning.stops.titleUnplanned" : "planning.stops.titleUnassigned",
                        rows.size()));
            } else {
                RouteRow r = item.route().get();
                rows = bench.stopRows(r.vehicleId());
                stopsTitle.setText(ui.tr("planning.stops.title", r.vehicleId(), driver(r.driverId()), rows.size()));
            }
            stops.getItems().setAll(rows);
            select.flatMap(id -> rows.stream().filter(s -> s.stopId().equals(id)).findFirst()).ifPresentOrElse(s -> {
                stops.getSelectionModel().select(s);
                stops.scrollTo(Math.max(0, stops.getItems().indexOf(s) - 3));
            }, () -> stops.getSelectionModel().clearSelection());
            editBar();
        } finally {
            updating = was;
        }
    }

    private void notifySelection() {
        actions.selected(selectedVehicle(), selectedStop().map(StopRow::stopId));
    }

    private String driver(Optional<String> code) {
        return code.map(c -> Optional.ofNullable(driverNames.get(c)).map(n -> n + " (" + c + ")").orElse(c))
                .orElse(ui.tr("planning.driver.none"));
    }

    private void routeColumns() {
        TableColumn<RouteItem, RouteItem> van = new TableColumn<>(ui.tr("planning.routes.col.van"));
        van.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        van.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RouteItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Rectangle swatch = new Rectangle(14, 14);
                swatch.setArcWidth(4);
                swatch.setArcHeight(4);
                swatch.setFill(RouteColours.of(item.route().map(RouteRow::colour).orElse(-1)));
                setGraphic(swatch);
                setContentDisplay(ContentDisplay.LEFT);
                setText(item.route().map(RouteRow::vehicleId).orElse(ui.tr("planning.routes.unassigned")));
            }
        });
        van.setPrefWidth(108);
        van.setMinWidth(104);
        routes.getColumns().add(van);
        routes.getColumns().add(Columns.fixed(ui.tr("planning.routes.col.driver"), 120,
                i -> i.route().map(r -> driverNames.getOrDefault(r.driverId().orElse(""), r.driverId().orElse(""))).orElse("")));
        routes.getColumns().add(Columns.fixed(ui.tr("planning.routes.col.stops"), 62,
                i -> Integer.toString(i.route().map(RouteRow::stops).orElse(i.unassigned()))));
        routes.getColumns().add(Columns.fixed(ui.tr("planning.routes.col.km"), 56,
                i -> i.route().filter(RouteRow::used).map(r -> ui.tr("planning.km", r.distanceKm())).orElse("")));
        // every van leaves at its shift start; when it is back is what matters against the shift end
        TableColumn<RouteItem, String> back = Columns.fixed(ui.tr("planning.routes.col.back"), 64,
                i -> i.route().filter(RouteRow::used).flatMap(RouteRow::returnTime).map(HM::format).orElse(""));
        routes.getColumns().add(back);
        routes.getColumns().add(load(ui.tr("planning.zone.chilled"), Capacity::chilled));
        routes.getColumns().add(load(ui.tr("planning.zone.frozen"), Capacity::frozen));
        routes.getColumns().add(load(ui.tr("planning.zone.ambient"), Capacity::ambient));
        routes.getColumns().add(Columns.fixed(ui.tr("planning.routes.col.regularDriver"), 76,
                i -> i.route().filter(RouteRow::used).map(r -> (r.stops() - r.otherDriverStops()) + "/" + r.stops()).orElse("")));
        TableColumn<RouteItem, String> problems = Columns.fixed(ui.tr("planning.routes.col.problems"), 130, this::routeProblems);
        problems.setId("planning-routes-problems");
        routes.getColumns().add(problems);
    }

    private TableColumn<RouteItem, String> load(String title, Function<Capacity, Integer> zone) {
        TableColumn<RouteItem, String> col = Columns.fixed(title, 58, i -> i.route().filter(RouteRow::used)
                .map(r -> zone.apply(r.load()) + "/" + zone.apply(r.capacity())).orElse(""));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("planning-over");
                RouteItem item = empty ? null : getTableRow().getItem();
                if (item != null && item.route().isPresent()
                        && zone.apply(item.route().get().load()) > zone.apply(item.route().get().capacity())) {
                    getStyleClass().add("planning-over");
                }
            }
        });
        col.setStyle("-fx-alignment: CENTER-RIGHT;");
        return col;
    }

    private String routeProblems(RouteItem i) {
        if (i.route().isEmpty()) {
            return i.unassigned() > 0 && bench != null && bench.plan().isPresent() ? ui.tr("planning.routes.unassignedHint") : "";
        }
        RouteRow r = i.route().get();
        List<String> parts = new ArrayList<>();
        if (r.lateStops() > 0) {
            parts.add(ui.tr("planning.problem.lateStops", r.lateStops()));
        }
        for (Violation v : r.problems()) {
            switch (v.kind()) {
                case OVER_CAPACITY -> parts.add(ui.tr("planning.problem.overCapacity", Math.round(v.amount())));
                case AFTER_SHIFT_END -> parts.add(ui.tr("planning.problem.afterShift", Math.round(Math.ceil(v.amount()))));
                default -> { }
            }
        }
        return String.join(" · ", parts);
    }

    private void stopColumns() {
        stops.getColumns().add(Columns.fixed(ui.tr("planning.stops.col.order"), 44,
                s -> s.position() == 0 ? "–" : Integer.toString(s.position())));
        stops.getColumns().add(Columns.fixed(ui.tr("planning.stops.col.pin"), 56,
                s -> s.pinned() ? ui.tr("planning.stops.pinned") : s.fixedByPin() ? ui.tr("planning.stops.fixed") : ""));
        TableColumn<StopRow, String> client = Columns.fixed(ui.tr("planning.stops.col.client"), 170, s -> s.info().clientName());
        stops.getColumns().add(client);
        stops.getColumns().add(Columns.fixed(ui.tr("planning.stops.col.address"), 210,
                s -> s.info().address() + (s.info().area().isEmpty() ? "" : ", " + s.info().area())));
        stops.getColumns().add(Columns.fixed(ui.tr("planning.stops.col.eta"), 86,
                s -> s.arrival().map(HM::format).orElse("")));
        stops.getColumns().add(Columns.fixed(ui.tr("planning.stops.col.window"), 112,
                s -> HM.format(s.spec().windowStart()) + "–" + HM.format(s.spec().windowEnd())));
        stops.getColumns().add(Columns.fixed(ui.tr("planning.stops.col.packages"), 96,
                s -> s.demand().chilled() + " / " + s.demand().frozen() + " / " + s.demand().ambient()));
        stops.getColumns().add(Columns.fixed(ui.tr("planning.stops.col.driver"), 104, this::driverMatch));
        stops.getColumns().add(Columns.fixed(ui.tr("planning.stops.col.problems"), 130, this::stopProblems));
    }

    private String driverMatch(StopRow s) {
        String regular = s.info().regularDriverCode().orElse("");
        return switch (s.driverMatch()) {
            case REGULAR -> ui.tr("planning.driver.regular", regular);
            case OTHER -> ui.tr("planning.driver.other", regular);
            case NO_REGULAR -> ui.tr("planning.driver.noRegular");
            case UNASSIGNED -> regular;
        };
    }

    private String stopProblems(StopRow s) {
        List<String> parts = new ArrayList<>();
        if (s.late()) {
            parts.add(ui.tr("planning.problem.late", Math.round(Math.ceil(s.lateMinutes()))));
        }
        if (s.waitMinutes() >= 5) {
            parts.add(ui.tr("planning.problem.wait", s.waitMinutes()));
        }
        if (!s.assigned() && bench != null && bench.plan().isPresent()) {
            parts.add(ui.tr("planning.problem.unassigned"));
        }
        return String.join(" · ", parts);
    }

    private TableRow<RouteItem> routeRow() {
        TableRow<RouteItem> row = new TableRow<>() {
            @Override
            protected void updateItem(RouteItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("planning-problem", "planning-unassigned");
                if (!empty && item != null) {
                    if (item.route().filter(RouteRow::hasProblems).isPresent()) {
                        getStyleClass().add("planning-problem");
                    }
                    if (item.route().isEmpty() && item.unassigned() > 0 && bench != null && bench.plan().isPresent()) {
                        getStyleClass().add("planning-unassigned");
                    }
                }
            }
        };
        row.setOnDragOver(e -> {
            if (editable && !row.isEmpty() && e.getDragboard().hasContent(STOP_FORMAT)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        row.setOnDragDropped(e -> {
            boolean done = false;
            if (editable && !row.isEmpty() && e.getDragboard().hasContent(STOP_FORMAT)) {
                String stopId = (String) e.getDragboard().getContent(STOP_FORMAT);
                Optional<String> van = row.getItem().route().map(RouteRow::vehicleId);
                int at = van.map(v -> bench.bestIndex(stopId, v)).orElse(0);
                actions.move(stopId, van, at);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return row;
    }

    private TableRow<StopRow> stopRow() {
        TableRow<StopRow> row = new TableRow<>() {
            @Override
            protected void updateItem(StopRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("planning-late", "planning-pinned");
                setTooltip(null);
                if (!empty && item != null) {
                    if (item.late()) {
                        getStyleClass().add("planning-late");
                    }
                    if (item.pinned()) {
                        getStyleClass().add("planning-pinned");
                    }
                    setTooltip(new Tooltip(ui.tr("planning.stops.tooltip", item.info().clientNumber(), item.info().clientName(),
                            item.info().address(), item.info().area(), item.spec().serviceMinutes(),
                            item.info().regularDriverCode().orElse("–"), item.servedBy().orElse("–"))));
                }
            }
        };
        row.setOnDragDetected(e -> {
            if (editable && !row.isEmpty()) {
                Dragboard db = row.startDragAndDrop(TransferMode.MOVE);
                db.setContent(Map.of(STOP_FORMAT, row.getItem().stopId()));
                db.setDragView(row.snapshot(null, null));
                e.consume();
            }
        });
        row.setOnDragOver(e -> {
            if (editable && e.getDragboard().hasContent(STOP_FORMAT) && selectedRouteItem().isPresent()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        row.setOnDragDropped(e -> {
            boolean done = false;
            Optional<RouteItem> item = selectedRouteItem();
            if (editable && e.getDragboard().hasContent(STOP_FORMAT) && item.isPresent()) {
                String stopId = (String) e.getDragboard().getContent(STOP_FORMAT);
                Optional<String> van = item.get().route().map(RouteRow::vehicleId);
                int at = row.isEmpty() ? stops.getItems().size() : row.getIndex();
                actions.move(stopId, van, at);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
        return row;
    }

    private Optional<RouteItem> selectedRouteItem() {
        return Optional.ofNullable(routes.getSelectionModel().getSelectedItem());
    }

    private Node editBar0() {
        chosen.setId("planning-chosen-stop");
        chosen.setMinWidth(Region.USE_PREF_SIZE);
        target.setId("planning-move-target");
        target.setPrefWidth(210);
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                if (id == null) {
                    return "";
                }
                return id.equals(UNASSIGNED) ? ui.tr("planning.routes.unassigned")
                        : bench == null ? id : bench.day().scenario().vehicle(id).flatMap(v -> v.driverId())
                                .map(d -> id + " · " + driverNames.getOrDefault(d, d)).orElse(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        target.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                suggestPosition();
            }
        });
        position.setId("planning-move-position");
        position.setPrefWidth(80);
        position.setEditable(true);
        move.setId("planning-move");
        move.setText(ui.tr("planning.move.button"));
        move.setOnAction(e -> selectedStop().ifPresent(s -> {
            String v = target.getValue();
            if (v != null) {
                actions.move(s.stopId(), v.equals(UNASSIGNED) ? Optional.empty() : Optional.of(v), position.getValue() - 1);
            }
        }));
        up.setId("planning-move-up");
        up.setTooltip(new Tooltip(ui.tr("planning.move.up")));
        up.setOnAction(e -> selectedStop().filter(StopRow::assigned)
                .ifPresent(s -> actions.move(s.stopId(), s.vehicleId(), s.position() - 2)));
        down.setId("planning-move-down");
        down.setTooltip(new Tooltip(ui.tr("planning.move.down")));
        down.setOnAction(e -> selectedStop().filter(StopRow::assigned)
                .ifPresent(s -> actions.move(s.stopId(), s.vehicleId(), s.position())));
        pin.setId("planning-pin");
        pin.setOnAction(e -> selectedStop().ifPresent(s -> actions.pin(s.stopId(), !s.pinned())));
        unassign.setId("planning-unassign");
        unassign.setText(ui.tr("planning.move.unassign"));
        unassign.setOnAction(e -> selectedStop().filter(StopRow::assigned)
                .ifPresent(s -> actions.move(s.stopId(), Optional.empty(), 0)));
        Label to = new Label(ui.tr("planning.move.to"));
        Label as = new Label(ui.tr("planning.move.as"));
        HBox moveBox = new HBox(6, to, target, as, position, move);
        moveBox.setAlignment(Pos.CENTER_LEFT);
        HBox other = new HBox(6, up, down, pin, unassign);
        other.setAlignment(Pos.CENTER_LEFT);
        pin.setTooltip(new Tooltip(ui.tr("planning.pin.tooltip")));
        FlowPane bar = new FlowPane(14, 6, chosen, moveBox, other);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, bar);
        box.setPadding(new Insets(4, 0, 2, 0));
        editBar();
        return box;
    }

    private void editBar() {
        Optional<StopRow> s = selectedStop();
        boolean has = s.isPresent() && editable && bench != null && bench.plan().isPresent();
        chosen.setText(s.map(r -> ui.tr("planning.move.chosen", r.info().clientName())).orElse(ui.tr("planning.move.none")));
        for (var c : List.of(target, position, move, pin, up, down, unassign)) {
            c.setDisable(!has);
        }
        if (s.isEmpty()) {
            pin.setText(ui.tr("planning.pin"));
            return;
        }
        StopRow row = s.get();
        pin.setText(ui.tr(row.pinned() ? "planning.unpin" : "planning.pin"));
        pin.setDisable(!has || !row.assigned());
        up.setDisable(!has || !row.assigned() || row.position() <= 1);
        down.setDisable(!has || !row.assigned() || row.position() >= stops.getItems().size());
        unassign.setDisable(!has || !row.assigned());
        boolean was = updating;
        updating = true;
        try {
            target.setValue(row.vehicleId().orElse(UNASSIGNED));
            setPositionRange(row.vehicleId().orElse(UNASSIGNED), row.position() == 0 ? 1 : row.position(), false);
        } finally {
            updating = was;
        }
    }

    /** A new target van: offer its best place for the chosen stop (the end of the list for the unassigned). */
    private void suggestPosition() {
        selectedStop().ifPresent(s -> {
            String v = target.getValue();
            boolean same = s.vehicleId().orElse(UNASSIGNED).equals(v);
            int best = same ? Math.max(1, s.position()) : v.equals(UNASSIGNED) ? 1 : bench.bestIndex(s.stopId(), v) + 1;
            setPositionRange(v, best, !same);
        });
    }

    private void setPositionRange(String vehicleId, int value, boolean addsOne) {
        int size = vehicleId.equals(UNASSIGNED) || bench == null ? 1
                : bench.plan().flatMap(p -> p.route(vehicleId)).map(r -> r.stops().size()).orElse(0) + (addsOne ? 1 : 0);
        position.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                Math.max(1, size), Math.clamp(value, 1, Math.max(1, size))));
    }

    static String time(LocalTime t) {
        return HM.format(t);
    }
}
