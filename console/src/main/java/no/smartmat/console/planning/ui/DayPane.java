package no.smartmat.console.planning.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.fleet.Driver;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.planning.DayScenario;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.scenario.StopSpec;
import no.smartmat.planner.scenario.VehicleSpec;

/**
 * "Dagen": what there is to plan before any plan exists: stops per area with their packages per compartment, the
 * stops that cannot be planned and why, and the vans with their drivers, shifts and capacities.
 */
final class DayPane {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    /** One row of the area table. */
    record AreaLine(String area, int stops, Capacity packages) {}

    /** One row of the van table. */
    record VanLine(VehicleSpec van, String registration, String driver) {}

    private final UiContext ui;
    private final Label summary = new Label();
    private final TableView<AreaLine> areas = new TableView<>();
    private final Label unplannableTitle = new Label();
    private final VBox unplannable = new VBox(4);
    private final TableView<VanLine> vans = new TableView<>();
    private final ScrollPane root;

    DayPane(UiContext ui) {
        this.ui = ui;
        summary.setId("planning-day-summary");
        summary.setWrapText(true);
        areas.setId("planning-day-areas");
        areas.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        areas.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        areas.getColumns().add(col(ui.tr("planning.day.col.area"), 180, AreaLine::area));
        areas.getColumns().add(col(ui.tr("planning.day.col.stops"), 70, a -> Integer.toString(a.stops())));
        areas.getColumns().add(col(ui.tr("planning.zone.chilled"), 70, a -> Integer.toString(a.packages().chilled())));
        areas.getColumns().add(col(ui.tr("planning.zone.frozen"), 70, a -> Integer.toString(a.packages().frozen())));
        areas.getColumns().add(col(ui.tr("planning.zone.ambient"), 70, a -> Integer.toString(a.packages().ambient())));
        fitRows(areas);
        unplannable.setId("planning-day-unplannable");
        unplannableTitle.getStyleClass().add("title-4");
        vans.setId("planning-day-vans");
        vans.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        vans.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vans.getColumns().add(col(ui.tr("planning.day.col.van"), 80, v -> v.van().id()));
        vans.getColumns().add(col(ui.tr("planning.day.col.registration"), 90, VanLine::registration));
        vans.getColumns().add(col(ui.tr("planning.day.col.driver"), 190, VanLine::driver));
        vans.getColumns().add(col(ui.tr("planning.day.col.shift"), 100,
                v -> HM.format(v.van().shiftStart()) + "–" + HM.format(v.van().shiftEnd())));
        vans.getColumns().add(col(ui.tr("planning.day.col.capacity"), 150, v -> ui.tr("planning.day.capacity",
                v.van().capacity().chilled(), v.van().capacity().frozen(), v.van().capacity().ambient())));
        fitRows(vans);
        Label areasTitle = new Label(ui.tr("planning.day.areas"));
        areasTitle.getStyleClass().add("title-4");
        Label vansTitle = new Label(ui.tr("planning.day.vans"));
        vansTitle.getStyleClass().add("title-4");
        VBox box = new VBox(8, summary, areasTitle, areas, unplannableTitle, unplannable, vansTitle, vans);
        box.setPadding(new Insets(10, 8, 8, 4));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    Node node() {
        return root;
    }

    void show(DayScenario day, List<Vehicle> fleet, Map<String, Driver> drivers) {
        List<StopSpec> stops = day.scenario().stops();
        Capacity total = stops.stream().map(StopSpec::demand).reduce(Capacity.ZERO, Capacity::plus);
        summary.setText(ui.tr("planning.day.summary", stops.size() + day.unplannable().size(), total.chilled(), total.frozen(),
                total.ambient(), day.scenario().vehicles().size()));
        Map<String, int[]> perArea = new TreeMap<>();
        for (StopSpec s : stops) {
            int[] a = perArea.computeIfAbsent(day.stops().get(s.id()).area(), k -> new int[4]);
            a[0]++;
            a[1] += s.demand().chilled();
            a[2] += s.demand().frozen();
            a[3] += s.demand().ambient();
        }
        areas.getItems().setAll(perArea.entrySet().stream()
                .map(e -> new AreaLine(e.getKey().isEmpty() ? ui.tr("planning.day.noArea") : e.getKey(), e.getValue()[0],
                        new Capacity(e.getValue()[1], e.getValue()[2], e.getValue()[3]))).toList());
        unplannableTitle.setText(ui.tr("planning.day.unplannable", day.unplannable().size()));
        unplannable.getChildren().setAll(day.unplannable().isEmpty() ? List.of(new Label(ui.tr("planning.day.unplannableNone")))
                : day.unplannable().stream().map(s -> {
                    Label l = new Label(ui.tr("planning.day.unplannableLine", s.clientNumber(), s.clientName(), s.address(),
                            ui.tr("planning.reason.noCoordinates")));
                    l.setWrapText(true);
                    l.getStyleClass().add("planning-warning");
                    return (Node) l;
                }).toList());
        Map<String, Vehicle> byCode = new TreeMap<>();
        fleet.forEach(v -> byCode.put(v.code(), v));
        vans.getItems().setAll(day.scenario().vehicles().stream().map(v -> new VanLine(v,
                byCode.containsKey(v.id()) ? byCode.get(v.id()).registration() : "",
                v.driverId().map(d -> drivers.containsKey(d) ? drivers.get(d).name() + " (" + d + ")" : d)
                        .orElse(ui.tr("planning.driver.none")))).toList());
    }

    /** As tall as its rows: the tab scrolls, not each table. */
    private static void fitRows(TableView<?> table) {
        table.setFixedCellSize(30);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.size(table.getItems()).multiply(30).add(36));
        table.minHeightProperty().bind(table.prefHeightProperty());
    }

    private static <T> TableColumn<T, String> col(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        return c;
    }
}
