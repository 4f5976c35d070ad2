package no.smartmat.console.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.validation.FieldError;

/**
 * A two-column form whose every field has its own error line right under it, so a message such as
 * "Postnummer må ha fire sifre" appears next to the field it is about (ids: {@code field-NAME}, {@code error-NAME}).
 */
public final class FormGrid {

    private final GridPane grid = new GridPane();
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private int row;

    public FormGrid() {
        grid.setHgap(10);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    public <C extends Control> C add(String field, String labelText, C control) {
        Label label = new Label(labelText);
        label.setLabelFor(control);
        label.setWrapText(true);
        control.setId("field-" + field);
        control.setMaxWidth(Double.MAX_VALUE);
        Label error = new Label();
        error.setId("error-" + field);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        grid.add(label, 0, row);
        grid.add(control, 1, row++);
        grid.add(error, 1, row++);
        controls.put(field, control);
        errors.put(field, error);
        return control;
    }

    /** Shows each error under its field; errors for fields not in the form are returned for the caller to show. */
    public List<FieldError> showErrors(List<FieldError> fieldErrors, Messages messages) {
        clearErrors();
        return fieldErrors.stream().filter(e -> {
            Label label = errors.get(e.field());
            if (label == null) {
                return true;
            }
            String text = label.getText().isEmpty() ? messages.render(e.message()) : label.getText() + " " + messages.render(e.message());
            label.setText(text);
            label.setManaged(true);
            label.setVisible(true);
            controls.get(e.field()).pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, true);
            return false;
        }).toList();
    }

    public void clearErrors() {
        errors.values().forEach(l -> {
            l.setText("");
            l.setManaged(false);
            l.setVisible(false);
        });
        controls.values().forEach(c -> c.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, false));
    }

    public GridPane node() {
        return grid;
    }
}
