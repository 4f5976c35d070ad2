package no.smartmat.console.haccp.ui;

import no.smartmat.console.haccp.Haccp;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.Columns;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.FormGrid;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.haccp.ColdUnitService;
import no.smartmat.console.haccp.CorrectiveAction;
import no.smartmat.console.haccp.Deviation;
import no.smartmat.console.haccp.DeviationService;
import no.smartmat.console.haccp.FoodOutcome;
import no.smartmat.console.haccp.Level;
import no.smartmat.console.haccp.MissingCheck;
import no.smartmat.console.haccp.UnitKind;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/**
 * "Avvik": deviations (open ones first) and the last week's missing checks. Choosing one shows what happened and the
 * form for its corrective action: cause, action, the food's fate, who and when. Closing is refused while the breach
 * lasts; a missing check can be explained the same way (it stays missing).
 */
final class DeviationsView {

    private final UiContext ui;
    private final Haccp haccp;
    private final HaccpFormat format;
    private final CheckBox openOnly = new CheckBox();
    private final TableView<Deviation> deviations = new TableView<>();
    private final TableView<MissingCheck> missing = new TableView<>();
    private final Label detailTitle = new Label();
    private final VBox detail = new VBox(6);
    private final FormGrid form = new FormGrid();
    private final TextField cause = new TextField();
    private final TextArea action = new TextArea();
    private final ComboBox<FoodOutcome> food = new ComboBox<>();
    private final TextField performedBy = new TextField();
    private final TextField performedAt = new TextField();
    private final CheckBox close = new CheckBox();
    private final Button save = new Button();
    private final Label message = new Label();
    private final SplitPane root;
    private Map<Long, String> labels = Map.of();
    private Map<Long, UnitKind.Regime> regimes = Map.of();
    private Optional<Deviation> chosen = Optional.empty();
    private Optional<MissingCheck> chosenMissing = Optional.empty();

    DeviationsView(UiContext ui, Haccp haccp, HaccpFormat format) {
        this.ui = ui;
        this.haccp = haccp;
        this.format = format;
        openOnly.setId("haccp-dev-open-only");
        openOnly.setText(ui.tr("haccp.ui.deviations.openOnly"));
        openOnly.setSelected(true);
        openOnly.selectedProperty().addListener((o, a, b) -> reload());

        deviations.setId("haccp-deviations");
        // Long texts wrap, times keep their width: every column shows all of what it holds at the default size.
        deviations.getColumns().addAll(List.of(
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.unit"), 170, d -> labels.getOrDefault(d.unitId(), ""))),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.what"), 150, d -> ui.tr("haccp.ui.deviations.what",
                        ui.tr("haccp.deviationKind." + d.kind()), format.level(d.severity()).toLowerCase(ui.messages().locale()),
                        d.extreme(regime(d)).map(format::celsius).orElse("–")))),
                HaccpFormat.titleFits(Columns.fixed(ui.tr("haccp.ui.col.from"), 165, d -> format.dateTime(d.startedAt()))),
                HaccpFormat.titleFits(Columns.fixed(ui.tr("haccp.ui.col.duration"), 88,
                        d -> format.duration(d.duration(ui.clock().instant())))),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.status"), 110, d -> ui.tr("haccp.status." + d.status())))));
        deviations.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Deviation d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().removeAll("haccp-red-text", "haccp-yellow-text");
                if (!empty && d != null && d.isOpen()) {
                    getStyleClass().add(d.severity() == Level.RED ? "haccp-red-text" : "haccp-yellow-text");
                }
            }
        });
        deviations.setPlaceholder(new Label(ui.tr("haccp.ui.deviations.none")));
        deviations.getStyleClass().add(Styles.DENSE);
        deviations.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        deviations.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) {
                missing.getSelectionModel().clearSelection();
                choose(Optional.of(d), Optional.empty());
            }
        });

        missing.setId("haccp-missing");
        missing.getColumns().addAll(List.of(
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.unit"), 170, m -> labels.getOrDefault(m.unitId(), ""))),
                HaccpFormat.titleFits(Columns.wrapping(ui.tr("haccp.ui.col.what"), 200, format::missing)),
                HaccpFormat.titleFits(Columns.fixed(ui.tr("haccp.ui.col.from"), 140, m -> format.dateTime(m.from()))),
                HaccpFormat.titleFits(Columns.fixed(ui.tr("haccp.ui.col.to"), 140,
                        m -> m.ongoing() ? ui.tr("haccp.status.ONGOING") : format.dateTime(m.to())))));
        missing.setPlaceholder(new Label(ui.tr("haccp.ui.missing.none")));
        missing.getStyleClass().add(Styles.DENSE);
        missing.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        missing.setPrefHeight(220);
        missing.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            if (m != null) {
                deviations.getSelectionModel().clearSelection();
                choose(Optional.empty(), Optional.of(m));
            }
        });

        Label missingTitle = new Label(ui.tr("haccp.ui.missing.title"));
        missingTitle.getStyleClass().add("haccp-section-title");
        VBox left = new VBox(8, openOnly, deviations, missingTitle, missing);
        VBox.setVgrow(deviations, Priority.ALWAYS);

        cause.setPromptText(ui.tr("haccp.ui.deviation.causePrompt"));
        action.setPrefRowCount(3);
        action.setWrapText(true);
        food.getItems().setAll(FoodOutcome.values());
        food.setConverter(Converters.displaying(f -> ui.tr("haccp.food." + f)));
        performedAt.setPromptText(ui.tr("haccp.ui.rounds.now"));
        form.add("cause", ui.tr("haccp.ui.deviation.cause"), cause);
        form.add("actionTaken", ui.tr("haccp.ui.deviation.action"), action);
        form.add("foodOutcome", ui.tr("haccp.ui.deviation.food"), food);
        form.add("performedBy", ui.tr("haccp.ui.deviation.performedBy"), performedBy);
        form.add("performedAt", ui.tr("haccp.ui.deviation.performedAt"), performedAt);
        close.setId("haccp-action-close");
        close.setText(ui.tr("haccp.ui.deviation.close"));
        close.setWrapText(true);
        save.setId("haccp-action-save");
        save.setText(ui.tr("haccp.ui.deviation.save"));
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        message.setId("haccp-action-message");
        message.setWrapText(true);
        detailTitle.getStyleClass().add("title-3");
        detailTitle.setWrapText(true);
        VBox right = new VBox(10, detailTitle, detail, form.node(), close, new HBox(10, save), message);
        right.setPadding(new Insets(0, 8, 8, 12));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(320);
        root = new SplitPane(left, scroll);
        root.setDividerPositions(0.68);
        root.setPadding(new Insets(10, 0, 0, 0));
        choose(Optional.empty(), Optional.empty());
    }

    Node node() {
        return root;
    }

    private record Loaded(List<Deviation> deviations, List<MissingCheck> missing, Map<Long, String> labels,
                          Map<Long, UnitKind.Regime> regimes) {}

    private UnitKind.Regime regime(Deviation d) {
        return regimes.getOrDefault(d.unitId(), UnitKind.Regime.CHILLED);
    }

    void reload() {
        boolean onlyOpen = openOnly.isSelected();
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.deviations.loading"), p -> {
            List<Deviation> all = haccp.deviations().all().stream()
                    .filter(d -> !onlyOpen || d.isOpen())
                    .sorted((a, b) -> Boolean.compare(b.isOpen(), a.isOpen()) != 0 ? Boolean.compare(b.isOpen(), a.isOpen())
                            : b.startedAt().compareTo(a.startedAt())).toList();
            LocalDate today = LocalDate.now(ui.clock());
            List<MissingCheck> gaps = haccp.missingChecks().between(today.minusDays(6), today, Optional.empty()).reversed();
            List<ColdUnitService.WatchedUnit> units = haccp.units().watched();
            return new Loaded(all, gaps, units.stream().collect(Collectors.toMap(w -> w.unit().id(), w -> w.unit().label())),
                    units.stream().collect(Collectors.toMap(w -> w.unit().id(), w -> w.unit().kind().regime())));
        }, loaded -> {
            labels = loaded.labels();
            regimes = loaded.regimes();
            Optional<Long> keep = chosen.map(Deviation::id);
            deviations.getItems().setAll(loaded.deviations());
            missing.getItems().setAll(loaded.missing());
            keep.flatMap(id -> loaded.deviations().stream().filter(d -> d.id() == id).findFirst())
                    .ifPresentOrElse(d -> deviations.getSelectionModel().select(d),
                            () -> choose(Optional.empty(), Optional.empty()));
        }, e -> message.setText(ui.tr("haccp.ui.loadFailed", e.getMessage()))));
    }

    /** Selects a deviation by id (from the registration screen). */
    void select(long deviationId) {
        deviations.getItems().stream().filter(d -> d.id() == deviationId).findFirst()
                .ifPresent(d -> deviations.getSelectionModel().select(d));
    }

    private void choose(Optional<Deviation> d, Optional<MissingCheck> m) {
        chosen = d;
        chosenMissing = m;
        form.clearErrors();
        message.setText("");
        detail.getChildren().clear();
        boolean any = d.isPresent() || m.isPresent();
        form.node().setDisable(!any);
        save.setDisable(!any);
        close.setDisable(true);
        performedBy.setText(ui.user().displayName());
        performedAt.setText("");
        if (d.isPresent()) {
            Deviation x = d.get();
            detailTitle.setText(ui.tr("haccp.ui.deviation.title", labels.getOrDefault(x.unitId(), ""),
                    ui.tr("haccp.deviationKind." + x.kind())));
            String duration = format.duration(x.duration(ui.clock().instant()));
            line(x.endedAt().map(end -> ui.tr("haccp.ui.deviation.period", format.dateTime(x.startedAt()), format.dateTime(end),
                    duration)).orElse(ui.tr("haccp.ui.deviation.periodOngoing", format.dateTime(x.startedAt()), duration)));
            line(ui.tr("haccp.ui.deviation.extremes", x.maxCelsius().map(format::celsius).orElse("–"),
                    x.minCelsius().map(format::celsius).orElse("–"), format.level(x.severity())));
            if (!x.rule().isBlank()) {
                line(format.rule(x));
            }
            if (!x.note().isBlank()) {
                line(ui.tr("haccp.ui.deviation.noted", x.note()));
            }
            Label status = new Label(ui.tr("haccp.status." + x.status()));
            status.setId("haccp-deviation-status");
            status.getStyleClass().add(x.isOpen() ? "haccp-red-text" : "haccp-green-text");
            detail.getChildren().add(status);
            for (CorrectiveAction a : x.actions()) {
                line(ui.tr(a.closing() ? "haccp.ui.deviation.closingAction" : "haccp.ui.deviation.interimAction",
                        format.dateTime(a.performedAt()), a.performedBy(), a.cause(), a.actionTaken(),
                        ui.tr("haccp.food." + a.foodOutcome())));
            }
            boolean open = x.isOpen();
            form.node().setDisable(!open);
            save.setDisable(!open);
            close.setDisable(x.status() != Deviation.Status.AWAITING_ACTION);
            close.setSelected(x.status() == Deviation.Status.AWAITING_ACTION);
            if (x.status() == Deviation.Status.ONGOING) {
                line(ui.tr("haccp.ui.deviation.ongoingHint"));
            }
            // the action taken meanwhile is usually the one that closes it: offer it to confirm
            x.actions().stream().reduce((a, b) -> b).filter(a -> !a.closing()).ifPresent(a -> {
                cause.setText(a.cause());
                action.setText(a.actionTaken());
                food.setValue(a.foodOutcome());
            });
            if (x.actions().isEmpty()) {
                cause.setText("");
                action.setText("");
                food.setValue(null);
            }
        } else if (m.isPresent()) {
            MissingCheck c = m.get();
            detailTitle.setText(ui.tr("haccp.ui.missing.explainTitle", labels.getOrDefault(c.unitId(), "")));
            line(format.missing(c));
            line(ui.tr("haccp.ui.deviation.period", format.dateTime(c.from()), format.dateTime(c.to()),
                    format.duration(java.time.Duration.between(c.from(), c.to()))));
            line(ui.tr("haccp.ui.missing.explainHint"));
            cause.setText("");
            action.setText("");
            food.setValue(FoodOutcome.NONE);
            save.setDisable(c.ongoing());
        } else {
            detailTitle.setText(ui.tr("haccp.ui.deviations.choose"));
        }
    }

    private void line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        detail.getChildren().add(l);
    }

    private void save() {
        DeviationService.ActionForm f = new DeviationService.ActionForm(cause.getText(), action.getText(),
                food.getValue() == null ? "" : food.getValue().name(), performedBy.getText(), performedAt.getText());
        Optional<Deviation> d = chosen;
        Optional<MissingCheck> m = chosenMissing;
        boolean closing = close.isSelected() && !close.isDisabled();
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.saving"), p -> {
            var service = haccp.deviations();
            if (d.isPresent()) {
                return service.recordAction(d.get().id(), f, closing, ui.user());
            }
            return service.explainMissingCheck(m.orElseThrow(), f, ui.user());
        }, (Validated<CorrectiveAction> result) -> {
            if (result.isValid()) {
                message.setText(ui.tr(closing ? "haccp.ui.deviation.closed" : "haccp.ui.deviation.saved"));
                message.getStyleClass().setAll("label", "success-message");
                reload();
            } else {
                List<FieldError> rest = form.showErrors(result.errors(), ui.messages());
                message.setText(rest.stream().map(e -> ui.messages().render(e.message())).collect(Collectors.joining(" ")));
                message.getStyleClass().setAll("label", "field-error");
            }
        }, e -> message.setText(ui.tr("haccp.ui.saveFailed", e.getMessage()))));
    }
}
