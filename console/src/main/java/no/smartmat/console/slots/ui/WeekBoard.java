package no.smartmat.console.slots.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.slots.DaySlots;
import no.smartmat.console.slots.WindowState;

/**
 * The week calendar: a column per day (Monday–Friday always, weekend days when they have windows), in each
 * column the areas delivering that day with booked/capacity per window. A click on a window selects it.
 */
final class WeekBoard {

    /** A window of an area's day: what the drill-down and the booking tab work on. */
    record Selection(long areaId, LocalDate date, no.smartmat.console.slots.TimeWindow window) {}

    private final UiContext ui;
    private final HBox columns = new HBox(10);
    private final Consumer<Selection> onSelect;
    private Optional<Selection> selected = Optional.empty();

    WeekBoard(UiContext ui, Consumer<Selection> onSelect) {
        this.ui = ui;
        this.onSelect = onSelect;
        columns.setId("slots-board");
        columns.setPadding(new Insets(4, 4, 8, 0));
        columns.setFillHeight(false);
        columns.setMaxWidth(Double.MAX_VALUE);
    }

    Node node() {
        return columns;
    }

    void select(Optional<Selection> selection) {
        this.selected = selection;
    }

    void show(LocalDate monday, List<DaySlots> days) {
        Map<LocalDate, List<DaySlots>> byDate = days.stream()
                .collect(Collectors.groupingBy(DaySlots::date, TreeMap::new, Collectors.toList()));
        columns.getChildren().clear();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend && !byDate.containsKey(date)) {
                continue;
            }
            columns.getChildren().add(column(date, byDate.getOrDefault(date, List.of())));
        }
    }

    private Node column(LocalDate date, List<DaySlots> days) {
        Label header = new Label(SlotUi.date(ui, date, "EEEE d.M."));
        header.getStyleClass().add("slot-day-header");
        VBox column = new VBox(6, header);
        column.setId("slots-day-" + SlotUi.ID_DATE.format(date));
        column.setPrefWidth(156);
        column.setMinWidth(148);
        column.setMaxWidth(230);
        HBox.setHgrow(column, Priority.ALWAYS);
        if (!days.isEmpty()) {
            DaySlots first = days.getFirst();
            Label cutoff = new Label(first.cutoffPassed()
                    ? ui.tr("slots.board.cutoffPassed", SlotUi.date(ui, first.cutoff().toLocalDate(), "EEE"),
                            first.cutoff().toLocalTime().toString())
                    : ui.tr("slots.board.cutoff", SlotUi.date(ui, first.cutoff().toLocalDate(), "EEE"),
                            first.cutoff().toLocalTime().toString()));
            cutoff.getStyleClass().add("slot-day-cutoff");
            if (first.cutoffPassed()) {
                cutoff.getStyleClass().add("passed");
            }
            cutoff.setWrapText(true);
            column.getChildren().add(cutoff);
        }
        if (days.isEmpty()) {
            Label none = new Label(ui.tr("slots.board.noDelivery"));
            none.getStyleClass().add("slot-muted");
            column.getChildren().add(none);
        }
        days.forEach(d -> column.getChildren().add(area(d)));
        return column;
    }

    private Node area(DaySlots day) {
        Label name = new Label(day.areaName());
        name.getStyleClass().add("slot-area-name");
        VBox box = new VBox(1, name);
        box.getStyleClass().add("slot-area");
        box.setId("slots-area-" + day.areaId() + "-" + SlotUi.ID_DATE.format(day.date()));
        day.closedReason().ifPresent(reason -> {
            Label closed = new Label(ui.tr("slots.board.closed", reason));
            closed.getStyleClass().add("slot-area-warning");
            closed.setWrapText(true);
            box.getChildren().add(closed);
        });
        for (WindowState w : day.windows()) {
            box.getChildren().add(cell(day, w));
        }
        if (day.offersDelivery() && !day.withoutWindow().isEmpty()) {
            Label rest = new Label(ui.tr("slots.board.withoutWindow", day.withoutWindow().size()));
            rest.getStyleClass().add("slot-muted");
            rest.setWrapText(true);
            box.getChildren().add(rest);
        }
        if (day.offersDelivery() && !day.unplaced().isEmpty()) {
            Label waiting = new Label(ui.tr("slots.board.unplaced", day.unplaced().size()));
            waiting.getStyleClass().add("slot-area-warning");
            waiting.setWrapText(true);
            box.getChildren().add(waiting);
        }
        return box;
    }

    private Node cell(DaySlots day, WindowState w) {
        Selection here = new Selection(day.areaId(), day.date(), w.window());
        String id = SlotUi.cellId(day.areaId(), day.date(), w.window());
        Label time = new Label(SlotUi.shortWindow(w.window()));
        time.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar(w.capacity() == 0 ? 0 : Math.min(1.0, (double) w.booked() / w.capacity()));
        bar.getStyleClass().add("slot-bar");
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label count = new Label(w.isOpen() ? w.booked() + "/" + w.capacity() : ui.tr("slots.board.windowClosed"));
        count.setId(id + "-count");
        count.getStyleClass().add("slot-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        if (!w.isOpen()) {
            count.getStyleClass().add("closed");
        } else if (w.isFull()) {
            count.getStyleClass().add("full");
            bar.getStyleClass().add("full");
        }
        // A control's skin consumes mouse events: the bar would swallow the clicks meant for the cell.
        bar.setMouseTransparent(true);
        HBox cell = new HBox(6, time, bar, count);
        cell.setAlignment(Pos.CENTER_LEFT);
        cell.setId(id);
        cell.getStyleClass().add("slot-cell");
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setFocusTraversable(true);
        cell.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        if (selected.equals(Optional.of(here))) {
            cell.getStyleClass().add("selected");
        }
        StringBuilder tip = new StringBuilder(ui.tr("slots.board.tooltip", day.areaName(), w.window().toString(),
                w.booked(), w.capacity()));
        if (w.isDefault()) {
            tip.append('\n').append(ui.tr("slots.board.defaultWindow"));
        }
        w.exceptionReason().ifPresent(r -> tip.append('\n').append(r));
        Tooltip.install(cell, new Tooltip(tip.toString()));
        cell.setAccessibleText(tip.toString());
        Runnable choose = () -> {
            selected = Optional.of(here);
            columns.lookupAll(".slot-cell").forEach(n -> n.getStyleClass().remove("selected"));
            cell.getStyleClass().add("selected");
            cell.requestFocus();
            onSelect.accept(here);
        };
        cell.setOnMouseClicked(e -> choose.run());
        cell.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                choose.run();
                e.consume();
            }
        });
        return cell;
    }
}
