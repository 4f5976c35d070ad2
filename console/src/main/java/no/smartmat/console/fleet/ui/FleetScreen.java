package no.smartmat.console.fleet.ui;

import no.smartmat.console.fleet.FleetService;
import no.smartmat.console.ui.Columns;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import no.smartmat.console.ui.FormGrid;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.fleet.Area;
import no.smartmat.console.fleet.Driver;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.validation.Validated;

/** "Biler og sjåfører": vans with compartment capacities, fixed drivers with shifts, and delivery areas. */
public final class FleetScreen implements Screen {

    private final UiContext ui;
    private final FleetService fleet;
    private final TabPane root = new TabPane();
    private final TableView<Vehicle> vehicles = new TableView<>();
    private final TableView<Driver> drivers = new TableView<>();
    private final TableView<Area> areas = new TableView<>();

    public FleetScreen(UiContext ui, FleetService fleet) {
        this.ui = ui;
        this.fleet = fleet;
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.getTabs().addAll(vehicleTab(), driverTab(), areaTab());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        reload();
    }

    private void reload() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("fleet.loading"),
                p -> new Loaded(fleet.vehicles(), fleet.drivers(), fleet.areas()),
                l -> {
                    vehicles.getItems().setAll(l.vehicles());
                    drivers.getItems().setAll(l.drivers());
                    areas.getItems().setAll(l.areas());
                }, e -> {}));
    }

    private record Loaded(List<Vehicle> vehicles, List<Driver> drivers, List<Area> areas) {}

    private Tab vehicleTab() {
        vehicles.setId("fleet-vehicles");
        vehicles.getColumns().addAll(List.of(
                Columns.text(ui.tr("fleet.vehicle.code"), 80, Vehicle::code),
                Columns.text(ui.tr("fleet.vehicle.registration"), 100, Vehicle::registration),
                Columns.text(ui.tr("fleet.vehicle.driver"), 80, v -> v.defaultDriverCode().orElse("")),
                Columns.text(ui.tr("fleet.vehicle.chilled"), 60, v -> String.valueOf(v.capacity().chilled())),
                Columns.text(ui.tr("fleet.vehicle.frozen"), 60, v -> String.valueOf(v.capacity().frozen())),
                Columns.text(ui.tr("fleet.vehicle.ambient"), 60, v -> String.valueOf(v.capacity().ambient())),
                Columns.text(ui.tr("fleet.active"), 60, v -> ui.tr(v.active() ? "fleet.yes" : "fleet.no"))));
        FormGrid form = new FormGrid();
        TextField code = form.add("code", ui.tr("fleet.vehicle.code"), new TextField());
        TextField reg = form.add("registration", ui.tr("fleet.vehicle.registration"), new TextField());
        TextField desc = form.add("description", ui.tr("fleet.vehicle.description"), new TextField());
        TextField driver = form.add("defaultDriver", ui.tr("fleet.vehicle.driver"), new TextField());
        TextField chilled = form.add("chilled", ui.tr("fleet.vehicle.chilled.long"), new TextField());
        TextField frozen = form.add("frozen", ui.tr("fleet.vehicle.frozen.long"), new TextField());
        TextField ambient = form.add("ambient", ui.tr("fleet.vehicle.ambient.long"), new TextField());
        CheckBox active = form.add("active", ui.tr("fleet.active"), new CheckBox());
        Holder<Vehicle> editing = new Holder<>();
        Runnable clear = () -> {
            editing.value = Optional.empty();
            for (TextField f : List.of(code, reg, desc, driver, chilled, frozen, ambient)) {
                f.clear();
            }
            active.setSelected(true);
            form.clearErrors();
        };
        vehicles.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (v != null) {
                editing.value = Optional.of(v);
                code.setText(v.code());
                reg.setText(v.registration());
                desc.setText(v.description());
                driver.setText(v.defaultDriverCode().orElse(""));
                chilled.setText(String.valueOf(v.capacity().chilled()));
                frozen.setText(String.valueOf(v.capacity().frozen()));
                ambient.setText(String.valueOf(v.capacity().ambient()));
                active.setSelected(v.active());
                form.clearErrors();
            }
        });
        return tab("fleet-tab-vehicles", ui.tr("fleet.tab.vehicles"), vehicles, form, clear,
                () -> fleet.saveVehicle(editing.value.map(Vehicle::id), code.getText(), reg.getText(),
                        desc.getText(), driver.getText(), chilled.getText(), frozen.getText(), ambient.getText(),
                        active.isSelected(), ui.user()));
    }

    private Tab driverTab() {
        drivers.setId("fleet-drivers");
        drivers.getColumns().addAll(List.of(
                Columns.text(ui.tr("fleet.driver.code"), 70, Driver::code),
                Columns.text(ui.tr("fleet.driver.name"), 180, Driver::name),
                Columns.text(ui.tr("fleet.driver.phone"), 120, Driver::phone),
                Columns.text(ui.tr("fleet.driver.shift"), 110, d -> d.shiftStart() + "–" + d.shiftEnd()),
                Columns.text(ui.tr("fleet.active"), 60, d -> ui.tr(d.active() ? "fleet.yes" : "fleet.no"))));
        FormGrid form = new FormGrid();
        TextField code = form.add("code", ui.tr("fleet.driver.code"), new TextField());
        TextField name = form.add("name", ui.tr("fleet.driver.name"), new TextField());
        TextField phone = form.add("phone", ui.tr("fleet.driver.phone"), new TextField());
        TextField start = form.add("shiftStart", ui.tr("fleet.driver.shiftStart"), new TextField());
        TextField end = form.add("shiftEnd", ui.tr("fleet.driver.shiftEnd"), new TextField());
        CheckBox active = form.add("active", ui.tr("fleet.active"), new CheckBox());
        Holder<Driver> editing = new Holder<>();
        Runnable clear = () -> {
            editing.value = Optional.empty();
            for (TextField f : List.of(code, name, phone)) {
                f.clear();
            }
            start.setText("08:30");
            end.setText("15:30");
            active.setSelected(true);
            form.clearErrors();
        };
        drivers.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) {
                editing.value = Optional.of(d);
                code.setText(d.code());
                name.setText(d.name());
                phone.setText(d.phone());
                start.setText(d.shiftStart().toString());
                end.setText(d.shiftEnd().toString());
                active.setSelected(d.active());
                form.clearErrors();
            }
        });
        return tab("fleet-tab-drivers", ui.tr("fleet.tab.drivers"), drivers, form, clear,
                () -> fleet.saveDriver(editing.value.map(Driver::id), code.getText(), name.getText(),
                        phone.getText(), start.getText(), end.getText(), active.isSelected(), ui.user()));
    }

    private Tab areaTab() {
        areas.setId("fleet-areas");
        areas.getColumns().addAll(List.of(
                Columns.text(ui.tr("fleet.area.name"), 180, Area::name),
                Columns.text(ui.tr("fleet.area.weekday"), 120, a -> a.deliveryWeekday().map(this::dayName).orElse(ui.tr("fleet.area.noWeekday"))),
                Columns.text(ui.tr("fleet.active"), 60, a -> ui.tr(a.active() ? "fleet.yes" : "fleet.no"))));
        FormGrid form = new FormGrid();
        TextField name = form.add("name", ui.tr("fleet.area.name"), new TextField());
        ComboBox<Optional<DayOfWeek>> weekday = form.add("weekday", ui.tr("fleet.area.weekday"), new ComboBox<>());
        weekday.getItems().add(Optional.empty());
        for (DayOfWeek d : DayOfWeek.values()) {
            weekday.getItems().add(Optional.of(d));
        }
        weekday.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<DayOfWeek> d) {
                return d == null || d.isEmpty() ? ui.tr("fleet.area.noWeekday") : dayName(d.get());
            }

            @Override
            public Optional<DayOfWeek> fromString(String s) {
                return Optional.empty();
            }
        });
        CheckBox active = form.add("active", ui.tr("fleet.active"), new CheckBox());
        Holder<Area> editing = new Holder<>();
        Runnable clear = () -> {
            editing.value = Optional.empty();
            name.clear();
            weekday.setValue(Optional.empty());
            active.setSelected(true);
            form.clearErrors();
        };
        areas.getSelectionModel().selectedItemProperty().addListener((o, x, a) -> {
            if (a != null) {
                editing.value = Optional.of(a);
                name.setText(a.name());
                weekday.setValue(a.deliveryWeekday());
                active.setSelected(a.active());
                form.clearErrors();
            }
        });
        return tab("fleet-tab-areas", ui.tr("fleet.tab.areas"), areas, form, clear,
                () -> fleet.saveArea(editing.value.map(Area::id), name.getText(),
                        Optional.ofNullable(weekday.getValue()).flatMap(w -> w), active.isSelected(), ui.user()));
    }

    private String dayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, ui.messages().locale());
    }

    private <T> Tab tab(String id, String title, TableView<T> table, FormGrid form, Runnable clear,
                        Supplier<Validated<?>> save) {
        Label message = new Label();
        message.setWrapText(true);
        Button saveButton = new Button(ui.tr("fleet.save"));
        saveButton.getStyleClass().add("accent");
        saveButton.setId(id + "-save");
        Button newButton = new Button(ui.tr("fleet.new"));
        newButton.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            clear.run();
            message.setText("");
        });
        saveButton.setOnAction(e -> ui.tasks().submit(BackgroundTask.of(ui.tr("fleet.saving"), p -> save.get(),
                result -> {
                    if (result.isValid()) {
                        form.clearErrors();
                        message.setText(ui.tr("fleet.saved"));
                        reload();
                    } else {
                        form.showErrors(result.errors(), ui.messages());
                        message.setText(ui.tr("fleet.fixErrors"));
                    }
                }, ex -> message.setText(ex.getMessage()))));
        clear.run();
        VBox formBox = new VBox(10, form.node(), new HBox(10, saveButton, newButton), message);
        formBox.setPadding(new Insets(0, 0, 0, 12));
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, formBox);
        split.setDividerPositions(0.62);
        Tab tab = new Tab(title, split);
        tab.setId(id);
        return tab;
    }

    private static final class Holder<T> {
        Optional<T> value = Optional.empty();
    }

}
