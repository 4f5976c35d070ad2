package no.smartmat.console.slots.ui;

import no.smartmat.console.slots.BookingService;
import no.smartmat.console.ui.Columns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.slots.BookingKind;
import no.smartmat.console.slots.ClientRef;
import no.smartmat.console.slots.DaySlots;
import no.smartmat.console.slots.WindowState;
import no.smartmat.console.tasks.BackgroundTask;

/**
 * "Bookinger": who is in the selected window. In the default window also the clients without a chosen window
 * (their orders go there), and standing bookings that found no room that day.
 */
final class DrillDownPane {

    /** A line of the table. {@code oneOff}: the booking can be reverted to the standing window. */
    record Row(ClientRef client, String kind, boolean oneOff) {}

    private final UiContext ui;
    private final BookingService bookings;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final TableView<Row> table = new TableView<>();
    private final Button revert = new Button();
    private final Button bookOther = new Button();
    private final javafx.scene.control.CheckBox override = new javafx.scene.control.CheckBox();
    private final Label message = new Label();
    private final VBox root;
    private Optional<DaySlots> day = Optional.empty();
    private Optional<WindowState> window = Optional.empty();

    DrillDownPane(UiContext ui, BookingService bookings, Runnable changed, Consumer<ClientRef> bookElsewhere) {
        this.ui = ui;
        this.bookings = bookings;
        title.getStyleClass().add("title-4");
        title.setId("slots-drill-title");
        title.setWrapText(true);
        summary.setId("slots-drill-summary");
        summary.setWrapText(true);
        table.setId("slots-drill-table");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label(ui.tr("slots.drill.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Columns.text(ui.tr("slots.drill.col.number"), 82, r -> r.client().clientNumber()),
                Columns.text(ui.tr("slots.drill.col.name"), 145, r -> r.client().name()),
                Columns.text(ui.tr("slots.drill.col.address"), 125, r -> r.client().address()),
                Columns.text(ui.tr("slots.drill.col.kind"), 130, Row::kind)));
        revert.setText(ui.tr("slots.drill.revert"));
        revert.setId("slots-revert");
        revert.setDisable(true);
        revert.setOnAction(e -> revert(changed));
        bookOther.setText(ui.tr("slots.drill.bookOther"));
        bookOther.setId("slots-drill-book");
        bookOther.setDisable(true);
        bookOther.setOnAction(e -> Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                .ifPresent(r -> bookElsewhere.accept(r.client())));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            revert.setDisable(now == null || !now.oneOff() || !ui.user().role().canPlan());
            bookOther.setDisable(now == null);
        });
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<Row>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    bookElsewhere.accept(row.getItem().client());
                }
            });
            return row;
        });
        override.setText(ui.tr("slots.override"));
        override.setId("slots-drill-override");
        override.setVisible(ui.user().role().canPlan());
        message.setId("slots-drill-message");
        message.setWrapText(true);
        revert.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bookOther.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, revert, bookOther);
        override.setWrapText(true);
        root = new VBox(8, title, summary, table, buttons, override, message);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        clear();
    }

    Node node() {
        return root;
    }

    void clear() {
        day = Optional.empty();
        window = Optional.empty();
        title.setText(ui.tr("slots.drill.choose"));
        summary.setText("");
        table.getItems().clear();
        message.setText("");
    }

    void show(DaySlots d, WindowState w) {
        boolean same = window.map(x -> x.window().equals(w.window())).orElse(false)
                && day.map(x -> x.areaId() == d.areaId() && x.date().equals(d.date())).orElse(false);
        if (!same) {
            message.setText("");
        }
        day = Optional.of(d);
        window = Optional.of(w);
        title.setText(ui.tr("slots.drill.title", d.areaName(), SlotUi.date(ui, d.date(), "EEEE d.M.yyyy"), w.window().toString()));
        List<String> lines = new ArrayList<>();
        lines.add(w.isOpen() ? ui.tr("slots.drill.summary", w.booked(), w.capacity())
                : ui.tr("slots.drill.closed", w.exceptionReason().orElse("")));
        if (w.isOpen()) {
            w.exceptionReason().ifPresent(r -> lines.add(ui.tr("slots.drill.exception", r)));
        }
        boolean isDefault = d.defaultWindow().equals(Optional.of(w.window()));
        if (isDefault) {
            lines.add(ui.tr("slots.drill.defaultWindow", d.withoutWindow().size()));
        }
        if (!d.stored()) {
            lines.add(ui.tr("slots.drill.projected"));
        }
        summary.setText(String.join("\n", lines));
        List<Row> rows = new ArrayList<>();
        w.bookings().forEach(p -> rows.add(new Row(p.client(), kind(p.kind(), p.override()), p.kind() == BookingKind.ONE_OFF)));
        d.unplaced().stream().filter(u -> u.wanted().equals(w.window()))
                .forEach(u -> rows.add(new Row(u.client(), ui.tr("slots.drill.kind.unplaced"), false)));
        if (isDefault) {
            d.withoutWindow().forEach(c -> rows.add(new Row(c, ui.tr("slots.drill.kind.default"), false)));
        }
        table.getItems().setAll(rows);
    }

    private String kind(BookingKind kind, boolean override) {
        return kind == BookingKind.STANDING ? ui.tr("slots.drill.kind.standing")
                : ui.tr(override ? "slots.drill.kind.oneOffOverride" : "slots.drill.kind.oneOff");
    }

    private void revert(Runnable changed) {
        Row row = table.getSelectionModel().getSelectedItem();
        if (row == null || day.isEmpty()) {
            return;
        }
        var date = day.get().date();
        boolean overrideCutoff = override.isSelected();
        ui.tasks().submit(BackgroundTask.of(ui.tr("slots.saving"),
                p -> bookings.revertToStanding(row.client().id(), date, overrideCutoff, ui.user()),
                result -> {
                    SlotUi.show(ui, message, result);
                    changed.run();
                },
                e -> SlotUi.error(message, ui.tr("slots.saveFailed", e.getMessage()))));
    }

}
