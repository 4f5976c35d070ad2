package no.smartmat.console.haccp.ui;

import no.smartmat.console.haccp.Haccp;
import atlantafx.base.theme.Styles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.haccp.ColdUnitService;
import no.smartmat.console.haccp.LoggerFiles;
import no.smartmat.console.haccp.LoggerImportService;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Outcome;

/**
 * "Import": a logger's CSV or Disruptive Technologies JSON into a unit's history. The columns are guessed the first
 * time and remembered for the source; the preview shows what would be added and every failing line before anything is
 * written. Importing the same file again adds nothing.
 */
final class ImportView {

    private final UiContext ui;
    private final Haccp haccp;
    private final ComboBox<ColdUnitService.WatchedUnit> unit = new ComboBox<>();
    private final TextField source = new TextField();
    private final ComboBox<String> timeColumn = new ComboBox<>();
    private final TextField pattern = new TextField();
    private final ComboBox<String> valueColumn = new ComboBox<>();
    private final CheckBox fahrenheit = new CheckBox();
    private final CheckBox decimalComma = new CheckBox();
    private final TextField zone = new TextField();
    private final CheckBox skipBad = new CheckBox();
    private final Label fileLabel = new Label();
    private final Label summary = new Label();
    private final ListView<String> problems = new ListView<>();
    private final Button importButton = new Button();
    private final VBox root;
    private Optional<Path> file = Optional.empty();
    private Optional<LoggerImportService.Preview> preview = Optional.empty();

    ImportView(UiContext ui, Haccp haccp) {
        this.ui = ui;
        this.haccp = haccp;
        Button choose = new Button(ui.tr("haccp.ui.import.choose"));
        choose.setId("haccp-import-choose");
        choose.setOnAction(e -> chooseFile());
        unit.setId("haccp-import-unit");
        unit.setPrefWidth(280);
        unit.setConverter(Converters.displaying(w -> w.unit().label()));
        unit.valueProperty().addListener((o, a, w) -> {
            if (w != null && source.getText().isBlank()) {
                source.setText(w.unit().code());
            }
        });
        source.setId("haccp-import-source");
        timeColumn.setEditable(true);
        valueColumn.setEditable(true);
        pattern.setPromptText("dd.MM.yyyy HH:mm / ISO");
        fahrenheit.setText(ui.tr("haccp.ui.import.fahrenheit"));
        decimalComma.setText(ui.tr("haccp.ui.import.decimalComma"));
        decimalComma.setSelected(true);
        zone.setText(ui.zone().getId());
        skipBad.setText(ui.tr("haccp.ui.import.skipBad"));
        skipBad.setId("haccp-import-skip");
        Button check = new Button(ui.tr("haccp.ui.import.preview"));
        check.setId("haccp-import-preview");
        check.setOnAction(e -> runPreview(true));
        importButton.setText(ui.tr("haccp.ui.import.run"));
        importButton.setId("haccp-import-run");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.setDisable(true);
        importButton.setOnAction(e -> commit());
        skipBad.selectedProperty().addListener((o, a, b) -> importButton.setDisable(
                preview.map(p -> !p.canCommit(b)).orElse(true)));
        summary.setId("haccp-import-summary");
        summary.setWrapText(true);
        problems.setId("haccp-import-problems");
        problems.setPrefHeight(240);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label(ui.tr("haccp.ui.import.file")), new HBox(8, choose, fileLabel));
        grid.addRow(1, new Label(ui.tr("haccp.ui.import.unit")), unit);
        grid.addRow(2, new Label(ui.tr("haccp.ui.import.source")), source);
        grid.addRow(3, new Label(ui.tr("haccp.ui.import.timeColumn")), new HBox(8, timeColumn, pattern, zone));
        grid.addRow(4, new Label(ui.tr("haccp.ui.import.valueColumn")), new HBox(12, valueColumn, decimalComma, fahrenheit));
        HBox actions = new HBox(10, check, importButton, skipBad);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label(ui.tr("haccp.ui.import.intro"));
        intro.setWrapText(true);
        root = new VBox(10, intro, grid, actions, summary, problems);
        VBox.setVgrow(problems, Priority.ALWAYS);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    Node node() {
        return root;
    }

    void reload() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.units.loading"), p -> haccp.units().watched(),
                units -> unit.getItems().setAll(units.stream().filter(w -> w.unit().active()).toList()),
                e -> summary.setText(ui.tr("haccp.ui.loadFailed", e.getMessage()))));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV / JSON", "*.csv", "*.txt", "*.json"));
        Optional.ofNullable(chooser.showOpenDialog(ui.window())).map(java.io.File::toPath).ifPresent(f -> {
            file = Optional.of(f);
            fileLabel.setText(f.getFileName().toString());
            timeColumn.getItems().clear();
            valueColumn.getItems().clear();
            timeColumn.setValue(null);
            valueColumn.setValue(null);
            pattern.setText("");
            runPreview(false);
        });
    }

    private Optional<LoggerFiles.CsvMapping> mapping() {
        if (timeColumn.getValue() == null || valueColumn.getValue() == null || timeColumn.getValue().isBlank()) {
            return Optional.empty();
        }
        ZoneId z;
        try {
            z = ZoneId.of(zone.getText().strip());
        } catch (RuntimeException e) {
            z = ui.zone();
        }
        return Optional.of(new LoggerFiles.CsvMapping(timeColumn.getValue(), pattern.getText().isBlank() ? "ISO" : pattern.getText(),
                valueColumn.getValue(), fahrenheit.isSelected() ? LoggerFiles.TemperatureUnit.F : LoggerFiles.TemperatureUnit.C,
                decimalComma.isSelected(), z));
    }

    private void runPreview(boolean useForm) {
        if (file.isEmpty()) {
            summary.setText(ui.tr("haccp.ui.import.noFile"));
            return;
        }
        Path f = file.get();
        Optional<String> unitCode = Optional.ofNullable(unit.getValue()).map(w -> w.unit().code());
        Optional<String> src = Optional.of(source.getText()).filter(s -> !s.isBlank());
        Optional<LoggerFiles.CsvMapping> m = useForm ? mapping() : Optional.empty();
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.import.checking"), p -> haccp.imports().preview(
                new LoggerImportService.Request(f.getFileName().toString(), Files.readAllBytes(f), unitCode, src, m)),
                this::show, e -> summary.setText(ui.tr("haccp.ui.import.failed", f, e.getMessage()))));
    }

    private void show(LoggerImportService.Preview p) {
        preview = Optional.of(p);
        List<String> lines = new java.util.ArrayList<>();
        p.notices().forEach(n -> lines.add(ui.messages().render(n)));
        for (FieldError e : p.errors()) {
            lines.add(ui.tr("haccp.ui.import.problem", ui.messages().render(LoggerFiles.where(e.location())), e.field(),
                    e.value(), ui.messages().render(e.message())));
        }
        problems.getItems().setAll(lines);
        if (!p.header().isEmpty()) {
            timeColumn.getItems().setAll(p.header());
            valueColumn.getItems().setAll(p.header());
        }
        p.mapping().ifPresent(m -> {
            timeColumn.setValue(m.timestampColumn());
            valueColumn.setValue(m.valueColumn());
            pattern.setText(m.timestampPattern());
            decimalComma.setSelected(m.decimalComma());
            fahrenheit.setSelected(m.unit() == LoggerFiles.TemperatureUnit.F);
            zone.setText(m.zone().getId());
        });
        if (p.fileError().isPresent()) {
            summary.setText(ui.messages().render(p.fileError().get()));
            summary.getStyleClass().setAll("label", "field-error");
        } else {
            summary.setText(ui.tr("haccp.cli.preview", p.planned().size(), p.duplicatesInFile(), p.inSignedPeriods(),
                    p.errors().stream().map(FieldError::location).distinct().count())
                    + (p.mappingGuessed() ? " " + ui.tr("haccp.ui.import.guessed") : ""));
            summary.getStyleClass().setAll("label", p.errors().isEmpty() ? "success-message" : "field-error");
        }
        importButton.setDisable(!p.canCommit(skipBad.isSelected()));
    }

    private void commit() {
        Optional<LoggerImportService.Preview> p = preview;
        boolean skip = skipBad.isSelected();
        if (p.isEmpty()) {
            return;
        }
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.import.importing"),
                t -> haccp.imports().commit(p.get(), skip, ui.user()), outcome -> {
                    importButton.setDisable(true);
                    if (outcome instanceof Outcome.Refused<LoggerImportService.Imported> refused) {
                        summary.setText(ui.messages().render(refused.reason()) + refused.remedy(Outcome.Surface.WINDOW)
                                .map(r -> " " + ui.messages().render(r)).orElse(""));
                        summary.getStyleClass().setAll("label", "field-error");
                    }
                    outcome.valueIfDone().ifPresent(o -> {
                        summary.setText(ui.tr("haccp.cli.imported", o.added(), o.alreadyStored(), o.evaluation().raised(),
                                o.evaluation().updated()));
                        summary.getStyleClass().setAll("label", "success-message");
                    });
                }, e -> summary.setText(ui.tr("haccp.ui.saveFailed", e.getMessage()))));
    }
}
