package no.smartmat.console.haccp.ui;

import no.smartmat.console.haccp.Haccp;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.Columns;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.FormGrid;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.haccp.ColdUnit;
import no.smartmat.console.haccp.ColdUnitService;
import no.smartmat.console.haccp.DelayCounting;
import no.smartmat.console.haccp.HaccpTimes;
import no.smartmat.console.haccp.Limits;
import no.smartmat.console.haccp.UnitKind;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/**
 * "Enheter": the watched units with their instruments, calibration dates and limits in force; a unit's data is edited
 * here, and new limits are given from a date on (never backwards). Also the handheld thermometers.
 */
final class UnitsView {

    private final UiContext ui;
    private final Haccp haccp;
    private final HaccpFormat format;
    private final TableView<ColdUnitService.WatchedUnit> table = new TableView<>();
    private final FormGrid form = new FormGrid();
    private final TextField code = new TextField(), name = new TextField(), location = new TextField(),
            vehicle = new TextField(), instrument = new TextField(), calibration = new TextField(), interval = new TextField();
    private final ComboBox<UnitKind> kind = new ComboBox<>();
    private final CheckBox active = new CheckBox();
    private final Label formTitle = new Label();
    private final Label message = new Label();
    private final FormGrid limitsForm = new FormGrid();
    private final TextField validFrom = new TextField(), min = new TextField(), max = new TextField(),
            escalate = new TextField(), red = new TextField(), redAfter = new TextField(), tolerance = new TextField(),
            delay = new TextField();
    private final ComboBox<DelayCounting> counting = new ComboBox<>();
    private final Label limitsMessage = new Label();
    private final Label limitsHistory = new Label();
    private final VBox thermometers = new VBox(4);
    private final SplitPane root;
    private Optional<ColdUnitService.WatchedUnit> editing = Optional.empty();

    UnitsView(UiContext ui, Haccp haccp, HaccpFormat format) {
        this.ui = ui;
        this.haccp = haccp;
        this.format = format;
        LocalDate today = LocalDate.now(ui.clock());
        table.setId("haccp-units");
        // Five columns that show all they hold beside the form: how a unit is read goes with its kind, the
        // calibration date with its instrument; long texts wrap.
        table.getColumns().addAll(List.of(
                HaccpFormat.titleFits(Columns.fixed(ui.tr("haccp.ui.col.code"), 104, w -> w.unit().code())),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.name"), 150, w -> w.unit().name())),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.kind"), 130, w -> ui.tr("haccp.kind."
                        + w.unit().kind()) + ", " + w.unit().sensorIntervalMinutes()
                        .map(i -> ui.tr("haccp.ui.units.sensorEvery", i)).orElse(ui.tr("haccp.ui.units.manual")))),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.limits"), 110,
                        w -> format.range(w.limits().at(ui.clock().instant()), ""))),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.instrument"), 130, w -> instrument(w, today)))));
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, w) -> {
            if (w != null) {
                edit(Optional.of(w));
            }
        });
        Button newUnit = new Button(ui.tr("haccp.ui.units.new"));
        newUnit.setId("haccp-unit-new");
        newUnit.setOnAction(e -> edit(Optional.empty()));
        Button vans = new Button(ui.tr("haccp.ui.units.vans"));
        vans.setId("haccp-units-vans");
        vans.setOnAction(e -> ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.saving"),
                p -> haccp.units().ensureVanUnits(LocalDate.now(ui.clock()), ui.user()), n -> {
                    message.setText(ui.tr("haccp.ui.units.vansMade", n));
                    reload();
                }, ex -> message.setText(ui.tr("haccp.ui.saveFailed", ex.getMessage())))));
        Label thermoTitle = new Label(ui.tr("haccp.ui.units.thermometers"));
        thermoTitle.getStyleClass().add("haccp-section-title");
        VBox left = new VBox(8, new HBox(10, newUnit, vans), table, thermoTitle, thermometers);
        VBox.setVgrow(table, Priority.ALWAYS);

        kind.getItems().setAll(UnitKind.values());
        kind.setConverter(Converters.displaying(k -> ui.tr("haccp.kind." + k)));
        form.add("code", ui.tr("haccp.ui.units.code"), code);
        form.add("name", ui.tr("haccp.ui.units.name"), name);
        form.add("kind", ui.tr("haccp.ui.units.kind"), kind);
        form.add("location", ui.tr("haccp.ui.units.location"), location);
        form.add("vehicleCode", ui.tr("haccp.ui.units.vehicle"), vehicle);
        form.add("instrumentId", ui.tr("haccp.ui.units.instrument"), instrument);
        form.add("calibrationDue", ui.tr("haccp.ui.units.calibration"), calibration);
        form.add("sensorIntervalMinutes", ui.tr("haccp.ui.units.interval"), interval);
        active.setText(ui.tr("haccp.ui.units.active"));
        form.add("active", "", active);
        calibration.setPromptText("dd.mm.åååå");
        interval.setPromptText(ui.tr("haccp.ui.units.intervalPrompt"));
        Button save = new Button(ui.tr("haccp.ui.units.save"));
        save.setId("haccp-unit-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        message.setWrapText(true);
        message.setId("haccp-unit-message");
        formTitle.getStyleClass().add("title-3");

        counting.getItems().setAll(DelayCounting.values());
        counting.setConverter(Converters.displaying(c -> ui.tr("haccp.counting." + c)));
        limitsForm.add("validFrom", ui.tr("haccp.ui.limits.validFrom"), validFrom);
        limitsForm.add("maxCelsius", ui.tr("haccp.ui.limits.max"), max);
        limitsForm.add("minCelsius", ui.tr("haccp.ui.limits.min"), min);
        limitsForm.add("escalateAboveCelsius", ui.tr("haccp.ui.limits.escalate"), escalate);
        limitsForm.add("redCelsius", ui.tr("haccp.ui.limits.red"), red);
        limitsForm.add("redAfterMinutes", ui.tr("haccp.ui.limits.redAfter"), redAfter);
        limitsForm.add("transportTolerance", ui.tr("haccp.ui.limits.tolerance"), tolerance);
        limitsForm.add("alarmDelayMinutes", ui.tr("haccp.ui.limits.delay"), delay);
        limitsForm.add("counting", ui.tr("haccp.ui.limits.counting"), counting);
        Button saveLimits = new Button(ui.tr("haccp.ui.limits.save"));
        saveLimits.setId("haccp-limits-save");
        saveLimits.setOnAction(e -> saveLimits());
        limitsMessage.setWrapText(true);
        limitsHistory.setWrapText(true);
        Label limitsTitle = new Label(ui.tr("haccp.ui.limits.title"));
        limitsTitle.getStyleClass().add("title-4");

        VBox right = new VBox(10, formTitle, form.node(), save, message, limitsTitle, limitsHistory, limitsForm.node(),
                saveLimits, limitsMessage);
        right.setPadding(new Insets(0, 8, 8, 12));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(340);
        root = new SplitPane(left, scroll);
        root.setDividerPositions(0.65);
        root.setPadding(new Insets(10, 0, 0, 0));
        edit(Optional.empty());
    }

    /** "dt-kr2, kalibreres innen 18.11.2026 – forfalt", or what there is of it. */
    private String instrument(ColdUnitService.WatchedUnit w, LocalDate today) {
        String due = w.unit().calibrationDue().map(d -> ui.tr("haccp.ui.units.calibrationDue", HaccpTimes.DATE.format(d))
                + (d.isBefore(today) ? " – " + ui.tr("haccp.cli.overdue") : "")).orElse("");
        return w.unit().instrumentId().isEmpty() ? due : due.isEmpty() ? w.unit().instrumentId()
                : w.unit().instrumentId() + ", " + due;
    }

    Node node() {
        return root;
    }

    void reload() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.units.loading"),
                p -> new Loaded(haccp.units().watched(), haccp.units().thermometers()), l -> {
                    Optional<Long> keep = editing.map(w -> w.unit().id());
                    table.getItems().setAll(l.units());
                    keep.flatMap(id -> l.units().stream().filter(w -> w.unit().id() == id).findFirst())
                            .ifPresent(w -> table.getSelectionModel().select(w));
                    thermometers.getChildren().clear();
                    LocalDate today = LocalDate.now(ui.clock());
                    l.thermometers().forEach(t -> {
                        Label line = new Label(t.code() + " – " + t.description() + t.calibrationDue()
                                .map(d -> " · " + ui.tr("haccp.ui.units.calibrateBy", HaccpTimes.DATE.format(d))).orElse(""));
                        if (t.calibrationDue().filter(d -> d.isBefore(today)).isPresent()) {
                            line.getStyleClass().add("haccp-red-text");
                        }
                        thermometers.getChildren().add(line);
                    });
                }, e -> message.setText(ui.tr("haccp.ui.loadFailed", e.getMessage()))));
    }

    private record Loaded(List<ColdUnitService.WatchedUnit> units, List<ColdUnitService.Thermometer> thermometers) {}

    private void edit(Optional<ColdUnitService.WatchedUnit> w) {
        editing = w;
        form.clearErrors();
        limitsForm.clearErrors();
        message.setText("");
        limitsMessage.setText("");
        Optional<ColdUnit> u = w.map(ColdUnitService.WatchedUnit::unit);
        formTitle.setText(u.map(x -> ui.tr("haccp.ui.units.edit", x.label())).orElse(ui.tr("haccp.ui.units.newTitle")));
        code.setText(u.map(ColdUnit::code).orElse(""));
        code.setDisable(u.isPresent());
        name.setText(u.map(ColdUnit::name).orElse(""));
        kind.setValue(u.map(ColdUnit::kind).orElse(null));
        kind.setDisable(u.isPresent());
        location.setText(u.map(ColdUnit::location).orElse(""));
        vehicle.setText(u.flatMap(ColdUnit::vehicleCode).orElse(""));
        instrument.setText(u.map(ColdUnit::instrumentId).orElse(""));
        calibration.setText(u.flatMap(ColdUnit::calibrationDue).map(HaccpTimes.DATE::format).orElse(""));
        interval.setText(u.flatMap(ColdUnit::sensorIntervalMinutes).map(String::valueOf).orElse(""));
        active.setSelected(u.map(ColdUnit::active).orElse(true));
        limitsForm.node().setDisable(w.isEmpty());
        Optional<Limits> current = w.map(x -> x.limits().latest());
        limitsHistory.setText(w.map(x -> x.limits().versions().stream()
                .map(l -> ui.tr("haccp.ui.limits.version", HaccpTimes.DATE.format(l.validFrom()), format.range(l, ""),
                        l.alarmDelayMinutes(), ui.tr("haccp.counting." + l.counting())))
                .collect(Collectors.joining("\n"))).orElse(""));
        validFrom.setText(HaccpTimes.DATE.format(LocalDate.now(ui.clock()).plusDays(1)));
        max.setText(current.flatMap(Limits::maxCelsius).map(format::number).orElse(""));
        min.setText(current.flatMap(Limits::minCelsius).map(format::number).orElse(""));
        escalate.setText(current.flatMap(Limits::escalateAboveCelsius).map(format::number).orElse(""));
        red.setText(current.flatMap(Limits::redCelsius).map(format::number).orElse(""));
        redAfter.setText(current.flatMap(Limits::redAfterMinutes).map(String::valueOf).orElse(""));
        tolerance.setText(current.map(l -> format.number(l.transportTolerance())).orElse(""));
        delay.setText(current.map(l -> String.valueOf(l.alarmDelayMinutes())).orElse("30"));
        counting.setValue(current.map(Limits::counting).orElse(DelayCounting.CONSECUTIVE));
    }

    private void save() {
        ColdUnitService.UnitForm f = new ColdUnitService.UnitForm(code.getText(), name.getText(),
                kind.getValue() == null ? "" : kind.getValue().name(), location.getText(), vehicle.getText(),
                instrument.getText(), calibration.getText(), interval.getText(), active.isSelected());
        Optional<Long> id = editing.map(w -> w.unit().id());
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.saving"),
                p -> haccp.units().save(id, f, LocalDate.now(ui.clock()), ui.user()),
                (Validated<ColdUnit> r) -> {
                    if (r.isValid()) {
                        message.setText(ui.tr("haccp.ui.units.saved"));
                        message.getStyleClass().setAll("label", "success-message");
                        reload();
                    } else {
                        List<FieldError> rest = form.showErrors(r.errors(), ui.messages());
                        message.setText(String.join(" ", rest.stream().map(e -> ui.messages().render(e.message())).toList()));
                    }
                }, e -> message.setText(ui.tr("haccp.ui.saveFailed", e.getMessage()))));
    }

    private void saveLimits() {
        if (editing.isEmpty()) {
            return;
        }
        long id = editing.get().unit().id();
        ColdUnitService.LimitsForm f = new ColdUnitService.LimitsForm(validFrom.getText(), min.getText(), max.getText(),
                escalate.getText(), red.getText(), redAfter.getText(), tolerance.getText(), delay.getText(),
                counting.getValue() == null ? "" : counting.getValue().name());
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.saving"), p -> haccp.units().newLimits(id, f, ui.user()),
                (Validated<Limits> r) -> {
                    if (r.isValid()) {
                        limitsMessage.setText(ui.tr("haccp.ui.limits.saved"));
                        limitsMessage.getStyleClass().setAll("label", "success-message");
                        reload();
                    } else {
                        List<FieldError> rest = limitsForm.showErrors(r.errors(), ui.messages());
                        limitsMessage.setText(String.join(" ", rest.stream().map(e -> ui.messages().render(e.message())).toList()));
                    }
                }, e -> limitsMessage.setText(ui.tr("haccp.ui.saveFailed", e.getMessage()))));
    }
}
