package no.smartmat.console.printing.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.FormGrid;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.printing.PrintSettings;
import no.smartmat.console.printing.PrintSettingsService;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.access.Role;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;
import no.smartmat.console.validation.Validated;
import no.smartmat.reports.labels.LabelLayout;

/**
 * Label stock, printer drift and what the documents may carry. Previews and prints use what the form says, so a
 * coordinator can try an offset before saving it; "Lagre" makes it the kitchen's choice. Whether diet codes or
 * key-box codes leave the building only an administrator can change.
 */
final class PrintSettingsPane {

    private final UiContext ui;
    private final PrintSettingsService settingsService;
    private final FormGrid form = new FormGrid();
    private final ComboBox<LabelLayout.Format> layout = new ComboBox<>();
    private final TextField offsetRight = new TextField(), offsetDown = new TextField(), padding = new TextField();
    private final CheckBox qr = new CheckBox(), diet = new CheckBox(), keyBox = new CheckBox(), loadingFirst = new CheckBox();
    private final Label saved = new Label();
    private final VBox root;

    PrintSettingsPane(UiContext ui, PrintSettingsService settingsService) {
        this.ui = ui;
        this.settingsService = settingsService;
        layout.getItems().setAll(LabelLayout.Format.values());
        layout.setConverter(Converters.displaying(f -> ui.tr("printing.settings.layout." + f.name())));
        form.add(PrintSettingsService.FIELD_LAYOUT, ui.tr("printing.settings.layout"), layout);
        form.add(PrintSettingsService.FIELD_OFFSET_RIGHT, ui.tr("printing.settings.offsetRight"), offsetRight);
        form.add(PrintSettingsService.FIELD_OFFSET_DOWN, ui.tr("printing.settings.offsetDown"), offsetDown);
        form.add(PrintSettingsService.FIELD_PADDING, ui.tr("printing.settings.padding"), padding);
        padding.setPromptText(ui.tr("printing.settings.padding.default"));
        qr.setText(ui.tr("printing.settings.qr"));
        form.add("qrCode", "", qr);
        diet.setText(ui.tr("printing.settings.diet"));
        form.add(PrintSettingsService.FIELD_DIET_CODES, "", diet);
        keyBox.setText(ui.tr("printing.settings.keyBox"));
        form.add(PrintSettingsService.FIELD_KEY_BOX_CODES, "", keyBox);
        loadingFirst.setText(ui.tr("printing.settings.loadingFirst"));
        form.add("loadingListFirst", "", loadingFirst);
        for (CheckBox box : List.of(qr, diet, keyBox, loadingFirst)) {
            box.setWrapText(true);
        }
        boolean admin = ui.user().role() == Role.ADMIN;
        diet.setDisable(!admin);
        keyBox.setDisable(!admin);

        Button save = new Button(ui.tr("printing.settings.save"));
        save.setId("printing-settings-save");
        save.setDisable(!ui.user().role().canPlan());
        save.setOnAction(e -> save());
        saved.setWrapText(true);
        Label hint = new Label(ui.tr(admin ? "printing.settings.hint" : "printing.settings.hint.notAdmin"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        root = new VBox(8, form.node(), hint, new HBox(10, save, saved));
        root.setId("printing-settings");
    }

    VBox node() {
        return root;
    }

    void show(PrintSettings s) {
        layout.setValue(s.layout());
        offsetRight.setText(mm(s.offsetRightMm()));
        offsetDown.setText(mm(s.offsetDownMm()));
        padding.setText(s.paddingMm().isPresent() ? mm(s.paddingMm().getAsDouble()) : "");
        qr.setSelected(s.qrCode());
        diet.setSelected(s.dietCodesOnLabels());
        keyBox.setSelected(s.keyBoxCodesOnManifests());
        loadingFirst.setSelected(s.loadingListFirst());
        form.clearErrors();
    }

    /** The settings as the form has them, or what is wrong with them (shown next to their fields). */
    Optional<PrintSettings> current() {
        List<FieldError> errors = new ArrayList<>();
        Optional<Double> right = Fields.decimal(PrintSettingsService.FIELD_OFFSET_RIGHT, blankIsZero(offsetRight), errors);
        Optional<Double> down = Fields.decimal(PrintSettingsService.FIELD_OFFSET_DOWN, blankIsZero(offsetDown), errors);
        OptionalDouble pad = OptionalDouble.empty();
        if (!padding.getText().isBlank()) {
            Optional<Double> p = Fields.decimal(PrintSettingsService.FIELD_PADDING, padding.getText(), errors);
            pad = p.map(OptionalDouble::of).orElse(OptionalDouble.empty());
        }
        if (!errors.isEmpty()) {
            form.showErrors(errors, ui.messages());
            return Optional.empty();
        }
        PrintSettings s = new PrintSettings(layout.getValue(), right.orElseThrow(), down.orElseThrow(), pad, qr.isSelected(),
                diet.isSelected(), keyBox.isSelected(), loadingFirst.isSelected());
        List<FieldError> invalid = PrintSettingsService.validate(s);
        form.showErrors(invalid, ui.messages());
        return invalid.isEmpty() ? Optional.of(s) : Optional.empty();
    }

    private void save() {
        saved.setText("");
        Optional<PrintSettings> wanted = current();
        if (wanted.isEmpty()) {
            return;
        }
        ui.tasks().submit(BackgroundTask.of(ui.tr("printing.settings.saving"),
                p -> settingsService.save(wanted.get(), ui.user()),
                result -> {
                    if (result instanceof Validated.Valid<PrintSettings>(PrintSettings s)) {
                        show(s);
                        saved.setText(ui.tr("printing.settings.saved"));
                        saved.getStyleClass().setAll("label", "success-message");
                    } else {
                        form.showErrors(result.errors(), ui.messages());
                    }
                },
                e -> saved.setText(ui.tr("printing.failed", String.valueOf(e.getMessage())))));
    }

    private static String blankIsZero(TextField field) {
        return field.getText().isBlank() ? "0" : field.getText();
    }

    private static String mm(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)).replace('.', ',');
    }
}
