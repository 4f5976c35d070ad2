package no.smartmat.console.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** Table columns that show a row as text or a number: the one way every screen builds its plain columns. */
public final class Columns {

    /** Texts shorter than this always fit a column of the widths we use; longer ones get a tooltip. */
    private static final int TOOLTIP_FROM = 20;

    private Columns() {}

    public static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** A text column that never gets narrower than {@code width} and keeps its rows' order: the table scrolls sideways. */
    public static <T> TableColumn<T, String> fixed(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = text(title, width, value);
        column.setMinWidth(width);
        column.setSortable(false);
        return column;
    }

    /** A text column; a cell whose text may be cut off shows all of it as a tooltip. */
    public static <T> TableColumn<T, String> withTooltip(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = text(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.length() < TOOLTIP_FROM ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** A text column whose long texts wrap inside the row instead of being cut off. */
    public static <T> TableColumn<T, String> wrapping(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = text(title, width, value);
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(14));
                text.getStyleClass().add("wrapping-cell-text");
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setText(null);
                setGraphic(empty ? null : text);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** A right-aligned count, wide enough for its title. */
    public static <T> TableColumn<T, Integer> number(String title, Function<T, Integer> value) {
        TableColumn<T, Integer> column = new TableColumn<>(title);
        column.setPrefWidth(Math.max(64, title.length() * 9 + 24));
        column.setMinWidth(56);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    public static <T, V> TableColumn<T, V> minWidth(TableColumn<T, V> column, double width) {
        column.setMinWidth(width);
        return column;
    }
}
