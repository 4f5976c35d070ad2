package no.smartmat.console.slots.ui;

import no.smartmat.console.slots.SlotTemplateService;
import no.smartmat.console.ui.Columns;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.FormGrid;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.fleet.Area;
import no.smartmat.console.slots.SlotException;
import no.smartmat.console.slots.SlotTemplate;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/**
 * "Maler og unntak" for the chosen area: the weekly windows with their capacities (add, change capacity or
 * default, delete) and the exceptions for single dates (add, delete).
 */
final class TemplatesPane {

    private final UiContext ui;
    private final SlotTemplateService templateService;
    private final Runnable changed;
    private final Label heading = new Label();
    private final TableView<SlotTemplate> templates = new TableView<>();
    private final FormGrid templateForm = new FormGrid();
    private final ComboBox<DayOfWeek> weekday = new ComboBox<>();
    private final TextField start = new TextField(), end = new TextField(), capacity = new TextField();
    private final CheckBox isDefault = new CheckBox();
    private final Label templateMessage = new Label();
    private final TableView<SlotException> exceptions = new TableView<>();
    private final FormGrid exceptionForm = new FormGrid();
    private final TextField exDate = new TextField(), exStart = new TextField(), exEnd = new TextField(),
            exCapacity = new TextField(), exReason = new TextField();
    private final Label exceptionMessage = new Label();
    private final VBox content;
    private final ScrollPane root;
    private Optional<Area> area = Optional.empty();

    TemplatesPane(UiContext ui, SlotTemplateService templateService, Runnable changed) {
        this.ui = ui;
        this.templateService = templateService;
        this.changed = changed;
        boolean mayChange = ui.user().role().canPlan();
        heading.getStyleClass().add("title-4");
        heading.setId("slots-templates-heading");
        heading.setWrapText(true);

        templates.setId("slots-templates-table");
        templates.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        templates.setPrefHeight(190);
        templates.setPlaceholder(new Label(ui.tr("slots.templates.none")));
        templates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        templates.getColumns().addAll(List.of(
                Columns.text(ui.tr("slots.templates.col.weekday"), 95, t -> dayName(t.weekday())),
                Columns.text(ui.tr("slots.templates.col.window"), 115, t -> t.window().toString()),
                Columns.text(ui.tr("slots.templates.col.capacity"), 80, t -> String.valueOf(t.capacity())),
                Columns.text(ui.tr("slots.templates.col.default"), 90, t -> t.isDefault() ? ui.tr("slots.templates.yes") : "")));
        templates.getSelectionModel().selectedItemProperty().addListener((o, was, t) -> {
            if (t != null) {
                weekday.setValue(t.weekday());
                start.setText(t.window().start().toString());
                end.setText(t.window().end().toString());
                capacity.setText(String.valueOf(t.capacity()));
                isDefault.setSelected(t.isDefault());
            }
        });
        weekday.getItems().setAll(DayOfWeek.values());
        weekday.setCellFactory(v -> dayCell());
        weekday.setButtonCell(dayCell());
        templateForm.add("weekday", ui.tr("slots.templates.weekday"), weekday);
        templateForm.add("start", ui.tr("slots.templates.start"), start);
        templateForm.add("end", ui.tr("slots.templates.end"), end);
        templateForm.add("capacity", ui.tr("slots.templates.capacity"), capacity);
        isDefault.setText(ui.tr("slots.templates.defaultText"));
        templateForm.add("isDefault", ui.tr("slots.templates.default"), isDefault);
        Button add = button("slots-template-add", "slots.templates.add", e -> saveTemplate(true), mayChange);
        Button save = button("slots-template-save", "slots.templates.save", e -> saveTemplate(false), mayChange);
        Button delete = button("slots-template-delete", "slots.templates.delete", e -> deleteTemplate(), mayChange);
        save.disableProperty().bind(templates.getSelectionModel().selectedItemProperty().isNull().or(
                new javafx.beans.property.SimpleBooleanProperty(!mayChange)));
        delete.disableProperty().bind(save.disableProperty());
        templateMessage.setId("slots-template-message");
        templateMessage.setWrapText(true);

        Label exTitle = new Label(ui.tr("slots.exceptions.title"));
        exTitle.getStyleClass().add("title-4");
        exceptions.setId("slots-exceptions-table");
        exceptions.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        exceptions.setPrefHeight(150);
        exceptions.setPlaceholder(new Label(ui.tr("slots.exceptions.none")));
        exceptions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        exceptions.getColumns().addAll(List.of(
                Columns.text(ui.tr("slots.exceptions.col.date"), 100, x -> SlotUi.date(ui, x.date(), "d.M.yyyy")),
                Columns.text(ui.tr("slots.exceptions.col.window"), 108, x -> x.window().map(Object::toString)
                        .orElse(ui.tr("slots.exceptions.wholeDay"))),
                Columns.text(ui.tr("slots.exceptions.col.capacity"), 72, x -> String.valueOf(x.capacity())),
                Columns.text(ui.tr("slots.exceptions.col.reason"), 150, SlotException::reason)));
        exceptions.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(SlotException x, boolean empty) {
                super.updateItem(x, empty);
                setTooltip(empty || x == null ? null : new javafx.scene.control.Tooltip(x.reason()
                        + (x.createdBy().isEmpty() ? "" : " (" + x.createdBy() + ")")));
            }
        });
        exDate.setPromptText(ui.tr("slots.book.datePrompt"));
        exStart.setPromptText(ui.tr("slots.exceptions.blankWholeDay"));
        exEnd.setPromptText(ui.tr("slots.exceptions.blankWholeDay"));
        exceptionForm.add("date", ui.tr("slots.exceptions.date"), exDate);
        exceptionForm.add("start", ui.tr("slots.templates.start"), exStart);
        exceptionForm.add("end", ui.tr("slots.templates.end"), exEnd);
        exceptionForm.add("capacity", ui.tr("slots.templates.capacity"), exCapacity);
        exceptionForm.add("reason", ui.tr("slots.exceptions.reason"), exReason);
        Button addException = button("slots-exception-add", "slots.exceptions.add", e -> addException(), mayChange);
        Button deleteException = button("slots-exception-delete", "slots.exceptions.delete", e -> deleteException(), mayChange);
        deleteException.disableProperty().bind(exceptions.getSelectionModel().selectedItemProperty().isNull().or(
                new javafx.beans.property.SimpleBooleanProperty(!mayChange)));
        exceptionMessage.setId("slots-exception-message");
        exceptionMessage.setWrapText(true);

        content = new VBox(8, heading, templates, templateForm.node(), new HBox(8, add, save, delete), templateMessage,
                new Separator(), exTitle, exceptions, exceptionForm.node(), new HBox(8, addException, deleteException),
                exceptionMessage);
        content.setPadding(new Insets(10));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        show(Optional.empty());
    }

    Node node() {
        return root;
    }

    void show(Optional<Area> chosen) {
        area = chosen;
        content.getChildren().forEach(n -> n.setDisable(chosen.isEmpty() && n != heading));
        if (chosen.isEmpty()) {
            heading.setText(ui.tr("slots.templates.chooseArea"));
            templates.getItems().clear();
            exceptions.getItems().clear();
            return;
        }
        heading.setText(ui.tr("slots.templates.title", chosen.get().name(),
                chosen.get().deliveryWeekday().map(this::dayName).orElse(ui.tr("slots.templates.noWeekday"))));
        if (weekday.getValue() == null) {
            weekday.setValue(chosen.get().deliveryWeekday().orElse(DayOfWeek.MONDAY));
        }
        reload();
    }

    private void reload() {
        area.ifPresent(a -> {
            LocalDate today = LocalDate.now(ui.clock());
            ui.tasks().submit(BackgroundTask.of(ui.tr("slots.loading"),
                    p -> new Loaded(templateService.templates(a.id()),
                            templateService.exceptions(a.id(), today, today.plusYears(1))),
                    loaded -> {
                        templates.getItems().setAll(loaded.templates());
                        exceptions.getItems().setAll(loaded.exceptions());
                    },
                    e -> SlotUi.error(templateMessage, ui.tr("slots.loadFailed", e.getMessage()))));
        });
    }

    private record Loaded(List<SlotTemplate> templates, List<SlotException> exceptions) {}

    private void saveTemplate(boolean asNew) {
        if (area.isEmpty()) {
            return;
        }
        long areaId = area.get().id();
        Optional<SlotTemplate> selected = Optional.ofNullable(templates.getSelectionModel().getSelectedItem());
        DayOfWeek day = Optional.ofNullable(weekday.getValue()).orElse(DayOfWeek.MONDAY);
        String s = start.getText(), e = end.getText(), c = capacity.getText();
        boolean d = isDefault.isSelected();
        ui.tasks().submit(BackgroundTask.of(ui.tr("slots.saving"),
                p -> asNew || selected.isEmpty() ? templateService.addTemplate(areaId, day, s, e, c, d, ui.user())
                        : templateService.updateTemplate(selected.get().id(), c, d, ui.user()),
                result -> done(result, templateForm, templateMessage, "slots.templates.saved"),
                x -> SlotUi.error(templateMessage, ui.tr("slots.saveFailed", x.getMessage()))));
    }

    private void deleteTemplate() {
        Optional.ofNullable(templates.getSelectionModel().getSelectedItem()).ifPresent(t ->
                ui.tasks().submit(BackgroundTask.of(ui.tr("slots.saving"),
                        p -> templateService.deleteTemplate(t.id(), ui.user()),
                        result -> done(result, templateForm, templateMessage, "slots.templates.deleted"),
                        x -> SlotUi.error(templateMessage, ui.tr("slots.saveFailed", x.getMessage())))));
    }

    private void addException() {
        if (area.isEmpty()) {
            return;
        }
        long areaId = area.get().id();
        String date = exDate.getText(), s = exStart.getText(), e = exEnd.getText(), c = exCapacity.getText(),
                reason = exReason.getText();
        ui.tasks().submit(BackgroundTask.of(ui.tr("slots.saving"),
                p -> templateService.addException(areaId, date, s, e, c, reason, ui.user()),
                result -> {
                    done(result, exceptionForm, exceptionMessage, "slots.exceptions.saved");
                    if (result.isValid()) {
                        exDate.clear();
                        exStart.clear();
                        exEnd.clear();
                        exCapacity.clear();
                        exReason.clear();
                    }
                },
                x -> SlotUi.error(exceptionMessage, ui.tr("slots.saveFailed", x.getMessage()))));
    }

    private void deleteException() {
        Optional.ofNullable(exceptions.getSelectionModel().getSelectedItem()).ifPresent(x ->
                ui.tasks().submit(BackgroundTask.of(ui.tr("slots.saving"),
                        p -> templateService.deleteException(x.id(), ui.user()),
                        result -> done(result, exceptionForm, exceptionMessage, "slots.exceptions.deleted"),
                        e -> SlotUi.error(exceptionMessage, ui.tr("slots.saveFailed", e.getMessage())))));
    }

    private void done(Validated<?> result, FormGrid form, Label message, String okKey) {
        if (result.isValid()) {
            form.clearErrors();
            SlotUi.success(message, ui.tr(okKey));
            reload();
            changed.run();
        } else {
            List<FieldError> rest = form.showErrors(result.errors(), ui.messages());
            SlotUi.error(message, rest.isEmpty() ? ui.tr("slots.fixErrors", result.errors().size())
                    : rest.stream().map(x -> ui.messages().render(x.message())).reduce((a, b) -> a + " " + b).orElse(""));
        }
    }

    private String dayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, ui.messages().locale());
    }

    private ListCell<DayOfWeek> dayCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(DayOfWeek d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : dayName(d));
            }
        };
    }

    private Button button(String id, String key, javafx.event.EventHandler<javafx.event.ActionEvent> action, boolean enabled) {
        Button b = new Button(ui.tr(key));
        b.setId(id);
        b.setOnAction(action);
        b.setDisable(!enabled);
        return b;
    }

}
