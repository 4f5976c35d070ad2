package no.smartmat.console.haccp.ui;

import no.smartmat.console.haccp.Haccp;
import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import no.smartmat.console.ui.Columns;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.FormGrid;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.haccp.ColdUnitService;
import no.smartmat.console.haccp.HaccpReport;
import no.smartmat.console.haccp.HaccpTimes;
import no.smartmat.console.haccp.UnitFigures;
import no.smartmat.console.haccp.Limits;
import no.smartmat.console.haccp.Reading;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/**
 * "Historikk": a unit's readings as written, corrected rows included and marked, with a chart of the valid values
 * against the limit. A reading is corrected here: the new value (and time) with a reason, as a new row.
 */
final class HistoryView {

    private static final java.time.format.DateTimeFormatter AXIS = java.time.format.DateTimeFormatter.ofPattern("dd.MM. HH:mm");

    private final UiContext ui;
    private final Haccp haccp;
    private final HaccpFormat format;
    private final ComboBox<ColdUnitService.WatchedUnit> unit = new ComboBox<>();
    private final DatePicker from = HaccpFormat.datePicker("haccp-history-from");
    private final DatePicker to = HaccpFormat.datePicker("haccp-history-to");
    private final TableView<Row> table = new TableView<>();
    private final NumberAxis time = new NumberAxis();
    private final NumberAxis celsius = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(time, celsius);
    private final FormGrid form = new FormGrid();
    private final TextField value = new TextField(), measured = new TextField(), reason = new TextField();
    private final Label message = new Label();
    private final Label chosen = new Label();
    private final Label figures = new Label();
    private final VBox root;

    /** A reading with whether a later row corrects it. */
    record Row(Reading reading, boolean corrected) {}

    /** The period's rows, and the unit's figures over it as the report prints them. */
    private record Loaded(List<Row> rows, Optional<HaccpReport.UnitSection> section) {}

    /** "Min … · maks … · snitt … · i grønt område 97,3 % av tiden med data (672 målinger, 9 i unntaksvindu)". */
    private String describe(HaccpReport.UnitSection s) {
        UnitFigures f = s.figures();
        if (f.mean().isEmpty()) {
            return ui.tr("haccp.ui.history.noFigures", f.readings());
        }
        String share = f.inRange().isPresent() ? format.number(100 * f.inRange().getAsDouble()) : "–";
        return ui.tr(f.weighting() == UnitFigures.Weighting.TIME ? "haccp.ui.history.figuresTime"
                        : "haccp.ui.history.figuresCount", format.celsius(f.min().getAsDouble()),
                format.celsius(f.max().getAsDouble()), format.celsius(f.mean().getAsDouble()), share, f.readings(),
                f.suppressed());
    }

    HistoryView(UiContext ui, Haccp haccp, HaccpFormat format) {
        this.ui = ui;
        this.haccp = haccp;
        this.format = format;
        LocalDate today = LocalDate.now(ui.clock());
        unit.setId("haccp-history-unit");
        unit.setPrefWidth(280);
        unit.setConverter(Converters.displaying(w -> w.unit().label()));
        from.setValue(today.minusDays(3));
        to.setValue(today);
        Button show = new Button(ui.tr("haccp.ui.history.show"));
        show.setId("haccp-history-show");
        show.setOnAction(e -> load());
        unit.valueProperty().addListener((o, a, b) -> load());
        HBox tools = new HBox(8, unit, new Label(ui.tr("haccp.ui.report.from")), from, new Label(ui.tr("haccp.ui.report.to")),
                to, show);
        tools.setAlignment(Pos.CENTER_LEFT);

        table.setId("haccp-history");
        table.getColumns().addAll(List.of(
                HaccpFormat.titleFits(Columns.fixed(ui.tr("haccp.ui.col.measured"), 140,
                        r -> format.dateTime(r.reading().measuredAt()))),
                HaccpFormat.titleFits(Columns.fixed(ui.tr("haccp.ui.col.value"), 82, r -> format.celsius(r.reading().celsius()))),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.source"), 120,
                        r -> ui.tr("haccp.source." + r.reading().source()))),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.occasion"), 120,
                        r -> format.occasion(r.reading().occasion()))),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.recorded"), 135,
                        r -> format.dateTime(r.reading().recordedAt())
                                + (r.reading().late() ? " (" + ui.tr("haccp.ui.history.late") + ")" : ""))),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.by"), 130, r -> r.reading().recordedBy())),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.status"), 200,
                        r -> r.corrected() ? ui.tr("haccp.csv.status.corrected")
                                : r.reading().correctionReason().map(x -> ui.tr("haccp.ui.history.correction", x))
                                .orElse(ui.tr("haccp.csv.status.valid"))))));
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> choose(Optional.ofNullable(r)));
        table.setPrefHeight(280);

        chart.setId("haccp-history-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(240);
        // Room on the right for the last time label, which is centred on the axis' end.
        chart.setPadding(new Insets(4, 34, 4, 4));
        time.setForceZeroInRange(false);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return AXIS.format(Instant.ofEpochSecond(n.longValue()).atZone(ui.zone()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        // The time axis spans the chosen days (up to now), not a rounded range that starts a day early and whose last
        // label runs off the chart's edge.
        time.setAutoRanging(false);
        time.setMinorTickVisible(false);
        celsius.setForceZeroInRange(false);
        celsius.setLabel("°C");

        value.setId("haccp-correct-value");
        measured.setId("haccp-correct-time");
        measured.setPromptText(ui.tr("haccp.ui.history.keepTime"));
        reason.setId("haccp-correct-reason");
        form.add("value", ui.tr("haccp.ui.history.newValue"), value);
        form.add("measuredAt", ui.tr("haccp.ui.history.newTime"), measured);
        form.add("reason", ui.tr("haccp.ui.history.reason"), reason);
        Button correct = new Button(ui.tr("haccp.ui.history.correct"));
        correct.setId("haccp-correct-save");
        correct.setOnAction(e -> correct());
        message.setWrapText(true);
        chosen.setWrapText(true);
        Label correctTitle = new Label(ui.tr("haccp.ui.history.correctTitle"));
        correctTitle.getStyleClass().add("haccp-section-title");
        VBox correctBox = new VBox(6, correctTitle, chosen, form.node(), correct, message);
        correctBox.setMinWidth(330);
        correctBox.setPrefWidth(330);
        figures.setId("haccp-history-figures");
        figures.setWrapText(true);
        // The chart and the correction side by side, the readings below across the whole width: seven columns of
        // times, values and names need it more than the chart does.
        VBox picture = new VBox(4, chart, figures);
        HBox upper = new HBox(16, picture, correctBox);
        HBox.setHgrow(picture, Priority.ALWAYS);
        root = new VBox(10, tools, upper, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(10, 0, 0, 0));
        choose(Optional.empty());
    }

    Node node() {
        return root;
    }

    void reload() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.units.loading"), p -> haccp.units().watched(), units -> {
            ColdUnitService.WatchedUnit was = unit.getValue();
            unit.getItems().setAll(units);
            if (was != null) {
                units.stream().filter(w -> w.unit().id() == was.unit().id()).findFirst().ifPresent(unit::setValue);
            } else {
                units.stream().filter(w -> w.unit().hasSensor()).findFirst().or(() -> units.stream().findFirst())
                        .ifPresent(unit::setValue);
            }
        }, e -> message.setText(ui.tr("haccp.ui.loadFailed", e.getMessage()))));
    }

    /** Shows a unit's history (from the registration or deviation screens). */
    void show(long unitId) {
        unit.getItems().stream().filter(w -> w.unit().id() == unitId).findFirst().ifPresent(unit::setValue);
    }

    private void load() {
        ColdUnitService.WatchedUnit w = unit.getValue();
        if (w == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        ZoneId zone = ui.zone();
        Instant start = from.getValue().atStartOfDay(zone).toInstant();
        Instant end = to.getValue().plusDays(1).atStartOfDay(zone).toInstant();
        LocalDate fromDay = from.getValue(), toDay = to.getValue();
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.history.loading"), p -> {
            List<Reading> all = haccp.readings().history(w.unit().id(), start, end);
            Set<Long> corrected = new HashSet<>();
            all.forEach(r -> r.correctsId().ifPresent(corrected::add));
            return new Loaded(all.stream().map(r -> new Row(r, corrected.contains(r.id()))).toList(),
                    haccp.reports().unit(w.unit().id(), fromDay, toDay));
        }, loaded -> {
            List<Row> rows = loaded.rows();
            figures.setText(loaded.section().map(this::describe).orElse(""));
            table.getItems().setAll(rows.reversed());
            XYChart.Series<Number, Number> values = new XYChart.Series<>();
            values.setName(w.unit().label());
            rows.stream().filter(r -> !r.corrected()).forEach(r -> values.getData().add(
                    new XYChart.Data<>(r.reading().measuredAt().getEpochSecond(), r.reading().celsius())));
            long lower = start.getEpochSecond();
            long upper = Math.max(lower + 3600, Math.min(end.getEpochSecond(), ui.clock().instant().getEpochSecond()));
            time.setLowerBound(lower);
            time.setUpperBound(upper);
            time.setTickUnit(Math.max(3600, (upper - lower) / 6.0));
            chart.getData().setAll(List.of(values));
            Limits l = w.limits().latest();
            l.okMax().or(l::okMin).filter(x -> !l.isCooling()).ifPresent(limit -> {
                XYChart.Series<Number, Number> line = new XYChart.Series<>();
                line.setName(ui.tr("haccp.ui.history.limit", format.range(l, "")));
                line.getData().add(new XYChart.Data<>(start.getEpochSecond(), limit));
                line.getData().add(new XYChart.Data<>(Math.min(end.getEpochSecond(), ui.clock().instant().getEpochSecond()),
                        limit));
                chart.getData().add(line);
            });
        }, e -> message.setText(ui.tr("haccp.ui.loadFailed", e.getMessage()))));
    }

    private void choose(Optional<Row> r) {
        form.clearErrors();
        boolean ok = r.isPresent() && !r.get().corrected();
        form.node().setDisable(!ok);
        chosen.setText(r.map(x -> x.corrected() ? ui.tr("haccp.ui.history.alreadyCorrected")
                        : ui.tr("haccp.ui.history.chosen", format.dateTime(x.reading().measuredAt()),
                        format.celsius(x.reading().celsius())))
                .orElse(ui.tr("haccp.ui.history.choose")));
        value.setText(r.map(x -> format.number(x.reading().celsius()).replace('\u2212', '-')).orElse(""));
        measured.setText("");
        reason.setText("");
    }

    private void correct() {
        Row r = table.getSelectionModel().getSelectedItem();
        if (r == null || r.corrected()) {
            return;
        }
        String v = value.getText(), t = measured.getText(), why = reason.getText();
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.saving"),
                p -> haccp.readings().correct(r.reading().id(), v, t, why, ui.user()), (Validated<Reading> res) -> {
                    if (res.isValid()) {
                        message.setText(ui.tr("haccp.ui.history.corrected"));
                        message.getStyleClass().setAll("label", "success-message");
                        load();
                    } else {
                        List<FieldError> rest = form.showErrors(res.errors(), ui.messages());
                        message.setText(String.join(" ", rest.stream().map(e -> ui.messages().render(e.message())).toList()));
                        message.getStyleClass().setAll("label", "field-error");
                    }
                }, e -> message.setText(ui.tr("haccp.ui.saveFailed", e.getMessage()))));
    }
}
