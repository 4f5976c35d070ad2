package no.smartmat.console.haccp.ui;

import no.smartmat.console.haccp.Haccp;
import atlantafx.base.theme.Styles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.haccp.ColdUnitService;
import no.smartmat.console.haccp.Deviation;
import no.smartmat.console.haccp.DeviationKind;
import no.smartmat.console.haccp.DeviationService;
import no.smartmat.console.haccp.FoodOutcome;
import no.smartmat.console.haccp.Level;
import no.smartmat.console.haccp.HaccpTimes;
import no.smartmat.console.haccp.Limits;
import no.smartmat.console.haccp.MeasureMethod;
import no.smartmat.console.haccp.Reading;
import no.smartmat.console.haccp.ReadingRule;
import no.smartmat.console.haccp.ReadingService;
import no.smartmat.console.haccp.Verdict;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;
import no.smartmat.console.validation.Validated;

/**
 * "Registrering": the units to read now, each with its allowed range beside the input. A value beyond its rule turns
 * the field red and opens the deviation entry under it, which must be filled before the reading is saved: the hint is
 * the service's own rule ({@link ReadingRule}), so it says what the save will say. Who and when are recorded by the
 * system; the time field is only for a reading taken earlier.
 *
 * <p>The rows share one grid, so every row's inputs line up and each column is as wide as its widest content (a
 * measuring method is never cut short, the time field never squeezed); only the unit's name and round wrap.
 */
final class RoundsView {

    private final UiContext ui;
    private final Haccp haccp;
    private final HaccpFormat format;
    private final GridPane rows = new GridPane();
    private final Label none = new Label();
    private final Label summary = new Label();
    private final Label message = new Label();
    private final ComboBox<ColdUnitService.WatchedUnit> otherUnit = new ComboBox<>();
    private final ComboBox<String> thermometer = new ComboBox<>();
    private final List<EntryRow> entries = new ArrayList<>();
    private final VBox root;

    RoundsView(UiContext ui, Haccp haccp, HaccpFormat format) {
        this.ui = ui;
        this.haccp = haccp;
        this.format = format;
        summary.setId("haccp-rounds-summary");
        summary.setWrapText(true);
        message.setId("haccp-rounds-message");
        message.setWrapText(true);
        Button save = new Button(ui.tr("haccp.ui.rounds.saveAll"));
        save.setId("haccp-save-all");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(e -> saveAll());
        otherUnit.setId("haccp-other-unit");
        otherUnit.setPromptText(ui.tr("haccp.ui.rounds.otherPrompt"));
        otherUnit.setConverter(Converters.displaying(w -> w.unit().label()));
        Button addOther = new Button(ui.tr("haccp.ui.rounds.other"));
        addOther.setId("haccp-other-add");
        addOther.setOnAction(e -> {
            ColdUnitService.WatchedUnit w = otherUnit.getValue();
            if (w != null) {
                EntryRow row = new EntryRow(w, w.unit().kind() == no.smartmat.console.haccp.UnitKind.BLAST_CHILLER
                        ? ReadingRule.COOLING_START : "", Optional.empty(), false, List.of(),
                        haccp.deviations().forUnit(w.unit().id()).stream()
                                .filter(d -> d.status() == Deviation.Status.ONGOING).toList(), Optional.empty());
                entries.addFirst(row);
                layoutRows();
                row.value.requestFocus();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        thermometer.setId("haccp-thermometer");
        thermometer.setEditable(true);
        thermometer.setPrefWidth(130);
        HBox tools = new HBox(10, summary, spacer, new Label(ui.tr("haccp.ui.rounds.thermometer")), thermometer, otherUnit,
                addOther);
        tools.setAlignment(Pos.CENTER_LEFT);
        rows.setHgap(10);
        rows.setVgap(4);
        rows.setPadding(new Insets(0, 8, 0, 0));
        // The unit and its round take what the inputs leave; they wrap before anything else gives way.
        ColumnConstraints title = new ColumnConstraints();
        title.setHgrow(Priority.ALWAYS);
        title.setMinWidth(170);
        title.setMaxWidth(Double.MAX_VALUE);
        rows.setMaxWidth(Double.MAX_VALUE);
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints stateColumn = new ColumnConstraints();
        stateColumn.setMinWidth(60);
        stateColumn.setPrefWidth(100);
        stateColumn.setMaxWidth(220);
        rows.getColumnConstraints().setAll(title, fixed, fixed, fixed, fixed, fixed, stateColumn);
        none.setId("haccp-rounds-none");
        none.setText(ui.tr("haccp.ui.rounds.none"));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox bottom = new HBox(12, save, message);
        bottom.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, tools, scroll, bottom);
        root.setPadding(new Insets(10, 0, 0, 0));
    }

    Node node() {
        return root;
    }

    void reload() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.rounds.loading"),
                p -> new Loaded(haccp.readings().dueNow(), haccp.units().watched(),
                        haccp.units().thermometers().stream().filter(t -> t.active())
                                .map(ColdUnitService.Thermometer::code).toList()),
                this::show, e -> message.setText(ui.tr("haccp.ui.loadFailed", e.getMessage()))));
    }

    private record Loaded(List<ReadingService.DueCheck> due, List<ColdUnitService.WatchedUnit> units,
                          List<String> thermometers) {}

    private void show(Loaded loaded) {
        entries.clear();
        for (ReadingService.DueCheck d : loaded.due()) {
            entries.add(new EntryRow(d.unit(), d.occasion(), d.due().map(format::time), d.overdue(),
                    d.coolingStart().map(s -> List.of(ui.tr("haccp.ui.rounds.coolingStarted", format.time(s.measuredAt()),
                            format.celsius(s.celsius())))).orElse(List.of()), d.ongoing(),
                    d.coolingStart().map(Reading::measuredAt)));
        }
        layoutRows();
        long overdue = loaded.due().stream().filter(ReadingService.DueCheck::overdue).count();
        summary.setText(ui.tr("haccp.ui.rounds.summary", loaded.due().size(), overdue));
        otherUnit.getItems().setAll(loaded.units().stream().filter(w -> w.unit().active()).toList());
        String chosen = thermometer.getValue();
        thermometer.getItems().setAll(loaded.thermometers());
        thermometer.setValue(chosen != null && !chosen.isBlank() ? chosen
                : loaded.thermometers().isEmpty() ? "" : loaded.thermometers().getFirst());
    }

    private void saveAll() {
        List<EntryRow> filled = entries.stream().filter(r -> !Fields.trim(r.value.getText()).isEmpty()).toList();
        if (filled.isEmpty()) {
            message.setText(ui.tr("haccp.ui.rounds.nothingTyped"));
            return;
        }
        List<ReadingService.ManualEntry> batch = filled.stream().map(EntryRow::entry).toList();
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.rounds.saving"), p -> {
            List<Validated<ReadingService.Saved>> results = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                p.update(i, batch.size(), filled.get(i).check.unit().label());
                results.add(haccp.readings().record(batch.get(i), ui.user()));
            }
            return results;
        }, results -> {
            int saved = 0, refused = 0;
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).isValid()) {
                    saved++;
                } else {
                    refused++;
                    filled.get(i).showErrors(results.get(i).errors());
                }
            }
            message.setText(refused == 0 ? ui.tr("haccp.ui.rounds.saved", saved) : ui.tr("haccp.ui.rounds.partly", saved, refused));
            message.getStyleClass().setAll("label", refused == 0 ? "success-message" : "field-error");
            if (refused == 0) {
                reload();
            } else {
                filled.stream().filter(r -> results.get(filled.indexOf(r)).isValid()).forEach(entries::remove);
                layoutRows();
            }
        }, e -> message.setText(ui.tr("haccp.ui.saveFailed", e.getMessage()))));
    }

    /** Each entry on a grid line of its own, with what it says below it and a rule under that. */
    private void layoutRows() {
        rows.getChildren().clear();
        int line = 0;
        for (EntryRow e : entries) {
            rows.addRow(line++, e.title, e.range, e.value, e.at, e.time, e.method, e.state);
            rows.add(e.below, 0, line++, 7, 1);
            Separator rule = new Separator();
            rows.add(rule, 0, line++, 7, 1);
        }
        if (entries.isEmpty()) {
            rows.add(none, 0, 0, 7, 1);
        }
    }

    /** One unit to read: value, allowed range, optional earlier time, and the deviation entry when it is needed. */
    private final class EntryRow {
        final ColdUnitService.WatchedUnit check;
        final String occasion;
        final List<Deviation> ongoing;
        final TextField value = new TextField();
        final TextField time = new TextField();
        final ComboBox<MeasureMethod> method = new ComboBox<>();
        final Label state = new Label();
        final Label error = new Label();
        final VBox deviationBox = new VBox(4);
        final TextField note = new TextField();
        final TextField cause = new TextField();
        final TextArea action = new TextArea();
        final ComboBox<FoodOutcome> food = new ComboBox<>();
        final TextField performedBy = new TextField();
        final Label deviationError = new Label();
        final ReadingRule rule;
        final Optional<Instant> coolingStartedAt;
        final VBox title;
        final Label range;
        final Label at = new Label();
        final VBox below;

        EntryRow(ColdUnitService.WatchedUnit w, String occasion, Optional<String> deadline, boolean overdue,
                 List<String> notes, List<Deviation> ongoing, Optional<Instant> coolingStartedAt) {
            this.check = w;
            this.occasion = occasion;
            this.ongoing = ongoing;
            this.rule = haccp.readings().rule(w);
            this.coolingStartedAt = coolingStartedAt;
            String id = w.unit().code() + (occasion.isEmpty() ? "" : "-" + occasion);
            Label unit = new Label(w.unit().label());
            unit.getStyleClass().add(Styles.TEXT_BOLD);
            unit.setWrapText(true);
            String when = format.occasion(occasion) + deadline.map(d -> " · " + ui.tr(overdue ? "haccp.ui.rounds.overdue"
                    : "haccp.ui.rounds.due", d)).orElse("");
            Label whenLabel = new Label(when);
            whenLabel.setWrapText(true);
            if (overdue) {
                whenLabel.getStyleClass().add("haccp-red-text");
            }
            title = new VBox(1, unit, whenLabel);
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            if (overdue) {
                title.getStyleClass().add("haccp-row-overdue");
            }
            Limits limits = w.limits().latest();
            range = new Label(format.range(limits, occasion));
            range.getStyleClass().add("haccp-range");
            range.setMinWidth(Region.USE_PREF_SIZE);
            range.setId("haccp-range-" + id);
            value.setId("haccp-value-" + id);
            value.getStyleClass().add("haccp-value");
            value.setPromptText("°C");
            value.setPrefWidth(90);
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.textProperty().addListener((o, a, b) -> judge());
            at.setText(ui.tr("haccp.ui.rounds.at"));
            at.setMinWidth(Region.USE_PREF_SIZE);
            time.setId("haccp-time-" + id);
            time.setPromptText(ui.tr("haccp.ui.rounds.now"));
            time.setPrefWidth(115);
            time.setMinWidth(Region.USE_PREF_SIZE);
            time.textProperty().addListener((o, a, b) -> judge());
            method.setId("haccp-method-" + id);
            method.getItems().setAll(MeasureMethod.values());
            method.setValue(limits.isCooling() ? MeasureMethod.PROBE : MeasureMethod.AIR);
            method.setConverter(enumText("haccp.method."));
            method.setMinWidth(Region.USE_PREF_SIZE);
            state.setId("haccp-state-" + id);
            state.setWrapText(true);

            note.setId("haccp-dev-note-" + id);
            cause.setId("haccp-dev-cause-" + id);
            action.setId("haccp-dev-action-" + id);
            action.setPrefRowCount(2);
            action.setWrapText(true);
            food.setId("haccp-dev-food-" + id);
            food.getItems().setAll(FoodOutcome.values());
            food.setConverter(enumText("haccp.food."));
            food.setPromptText(ui.tr("haccp.ui.deviation.foodPrompt"));
            performedBy.setId("haccp-dev-by-" + id);
            performedBy.setText(ui.user().displayName());
            deviationError.getStyleClass().add("field-error");
            deviationError.setWrapText(true);
            deviationError.setId("haccp-dev-error-" + id);
            GridPane form = new GridPane();
            form.setHgap(8);
            form.setVgap(4);
            form.addRow(0, new Label(ui.tr("haccp.ui.deviation.note")), note);
            form.addRow(1, new Label(ui.tr("haccp.ui.deviation.cause")), cause);
            form.addRow(2, new Label(ui.tr("haccp.ui.deviation.action")), action);
            form.addRow(3, new Label(ui.tr("haccp.ui.deviation.food")), food);
            form.addRow(4, new Label(ui.tr("haccp.ui.deviation.performedBy")), performedBy);
            GridPane.setHgrow(note, Priority.ALWAYS);
            Label heading = new Label(ui.tr("haccp.ui.deviation.heading"));
            heading.getStyleClass().add("haccp-red-text");
            deviationBox.getChildren().addAll(heading, form, deviationError);
            deviationBox.getStyleClass().add("haccp-deviation-box");
            deviationBox.setId("haccp-deviation-" + id);
            visible(deviationBox, false);

            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setId("haccp-error-" + id);
            visible(error, false);
            below = new VBox(4);
            notes.forEach(n -> {
                Label note = new Label(n);
                note.setWrapText(true);
                below.getChildren().add(note);
            });
            below.getChildren().addAll(error, deviationBox);
        }

        private <E extends Enum<E>> StringConverter<E> enumText(String prefix) {
            return Converters.displaying(e -> ui.tr(prefix + e.name()));
        }

        /** Colours the field by the value's level and opens the deviation entry when one is needed. */
        void judge() {
            value.getStyleClass().removeAll("haccp-yellow", "haccp-red");
            value.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            List<FieldError> errors = new ArrayList<>();
            Optional<Double> v = Fields.decimal("value", value.getText(), errors);
            if (v.isEmpty()) {
                state.setText("");
                visible(deviationBox, false);
                return;
            }
            Verdict verdict = rule.judge(v.get(), measuredAt(), occasion, coolingStartedAt);
            Level level = verdict.level();
            Optional<DeviationKind> kind = verdict.breach();
            state.setText(format.level(level));
            state.getStyleClass().setAll("label", format.levelStyle(level));
            if (level == Level.GREEN) {
                visible(deviationBox, false);
                return;
            }
            value.getStyleClass().add(level == Level.RED ? "haccp-red" : "haccp-yellow");
            value.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            boolean already = ongoing.stream().anyMatch(d -> kind.map(k -> k == d.kind()).orElse(false));
            if (verdict.suppressed() && kind.isPresent()) {
                state.setText(format.level(level) + " – " + ui.tr("haccp.ui.rounds.suppressed"));
            } else if (already) {
                state.setText(format.level(level) + " – " + ui.tr("haccp.ui.rounds.alreadyOngoing"));
            }
            visible(deviationBox, verdict.outsideRule() && !already);
        }

        /** When the reading was taken: the time typed in, else now (what the save will assume). */
        private Instant measuredAt() {
            List<FieldError> ignored = new ArrayList<>();
            return Fields.trim(time.getText()).isEmpty() ? ui.clock().instant()
                    : HaccpTimes.parseLocal("measuredAt", time.getText(), ui.clock(), ignored).orElse(ui.clock().instant());
        }

        ReadingService.ManualEntry entry() {
            Optional<ReadingService.DeviationEntry> deviation = deviationBox.isVisible()
                    ? Optional.of(new ReadingService.DeviationEntry(note.getText(), new DeviationService.ActionForm(
                    cause.getText(), action.getText(), food.getValue() == null ? "" : food.getValue().name(),
                    performedBy.getText(), "")))
                    : Optional.empty();
            String instrument = thermometer.getValue() == null || thermometer.getValue().isBlank()
                    ? check.unit().instrumentId() : thermometer.getValue();
            return new ReadingService.ManualEntry(check.unit().id(), value.getText(), time.getText(),
                    method.getValue(), instrument, occasion, deviation);
        }

        void showErrors(List<FieldError> errors) {
            List<String> general = new ArrayList<>();
            List<String> deviation = new ArrayList<>();
            for (FieldError e : errors) {
                String text = ui.messages().render(e.message());
                switch (e.field()) {
                    case "cause", "actionTaken", "foodOutcome", "performedBy", "performedAt" ->
                            deviation.add(ui.tr("haccp.ui.deviation.field." + e.field()) + ": " + text);
                    case "deviation" -> {
                        visible(deviationBox, true);
                        deviation.add(text);
                    }
                    default -> general.add(text);
                }
            }
            error.setText(String.join(" ", general));
            visible(error, !general.isEmpty());
            deviationError.setText(String.join(" ", deviation));
            if (!deviation.isEmpty()) {
                visible(deviationBox, true);
            }
        }
    }

    static void visible(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
