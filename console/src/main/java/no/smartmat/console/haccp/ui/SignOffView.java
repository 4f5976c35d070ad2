package no.smartmat.console.haccp.ui;

import atlantafx.base.theme.Styles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.Sections;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.haccp.ColdUnitService;
import no.smartmat.console.haccp.Haccp;
import no.smartmat.console.haccp.HaccpReportWriter;
import no.smartmat.console.haccp.HaccpChain;
import no.smartmat.console.haccp.HaccpTimes;
import no.smartmat.console.haccp.RetentionService;
import no.smartmat.console.haccp.SignOff;
import no.smartmat.console.haccp.SignOffService;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.Outcome;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.validation.Validated;

/**
 * "Attestering og rapport": a supervisor reviews a day, week or month (one unit or all) and signs it with the password;
 * anyone writes the inspector's PDF report or the CSV export for a period, and checks the hash chain.
 */
final class SignOffView {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final UiContext ui;
    private final Haccp haccp;
    private final HaccpFormat format;
    private final ComboBox<SignOffService.PeriodKind> kind = new ComboBox<>();
    private final DatePicker day = HaccpFormat.datePicker("haccp-signoff-day");
    private final ComboBox<Optional<ColdUnitService.WatchedUnit>> unit = new ComboBox<>();
    private final Label preview = new Label();
    private final TextArea comment = new TextArea();
    private final PasswordField password = new PasswordField();
    private final Button sign = new Button();
    private final Label signMessage = new Label();
    private final VBox signedList = new VBox(4);
    private final DatePicker from = HaccpFormat.datePicker("haccp-report-from");
    private final DatePicker to = HaccpFormat.datePicker("haccp-report-to");
    private final ComboBox<Optional<ColdUnitService.WatchedUnit>> reportUnit = new ComboBox<>();
    private final Label reportMessage = new Label();
    private final Label chainMessage = new Label();
    private final ScrollPane root;

    SignOffView(UiContext ui, Haccp haccp, HaccpFormat format) {
        this.ui = ui;
        this.haccp = haccp;
        this.format = format;
        LocalDate today = LocalDate.now(ui.clock());

        kind.setId("haccp-signoff-kind");
        kind.getItems().setAll(SignOffService.PeriodKind.values());
        kind.setValue(SignOffService.PeriodKind.DAY);
        kind.setConverter(Converters.displaying(k -> ui.tr("haccp.ui.signoff.kind." + k)));
        day.setValue(today.minusDays(1));
        unit.setId("haccp-signoff-unit");
        unit.setConverter(unitText());
        reportUnit.setConverter(unitText());
        kind.valueProperty().addListener((o, a, b) -> refreshPreview());
        day.valueProperty().addListener((o, a, b) -> refreshPreview());
        unit.valueProperty().addListener((o, a, b) -> refreshPreview());
        preview.setId("haccp-signoff-preview");
        preview.setWrapText(true);
        comment.setId("haccp-signoff-comment");
        comment.setPrefRowCount(2);
        comment.setWrapText(true);
        comment.setPromptText(ui.tr("haccp.ui.signoff.commentPrompt"));
        password.setId("haccp-signoff-password");
        password.setPromptText(ui.tr("haccp.ui.signoff.passwordPrompt"));
        sign.setId("haccp-signoff-sign");
        sign.setText(ui.tr("haccp.ui.signoff.sign"));
        sign.getStyleClass().add(Styles.ACCENT);
        sign.setOnAction(e -> sign());
        signMessage.setId("haccp-signoff-message");
        signMessage.setWrapText(true);
        GridPane signForm = new GridPane();
        signForm.setHgap(10);
        signForm.setVgap(8);
        signForm.addRow(0, new Label(ui.tr("haccp.ui.signoff.period")), new HBox(8, kind, day));
        signForm.addRow(1, new Label(ui.tr("haccp.ui.signoff.unit")), unit);
        signForm.addRow(2, new Label(ui.tr("haccp.ui.signoff.comment")), comment);
        signForm.addRow(3, new Label(ui.tr("haccp.ui.signoff.password")), password);
        boolean maySign = ui.user().role().canSignOff();
        VBox signBox = Sections.titled(ui.tr("haccp.ui.signoff.title"), wrapped(ui.tr(maySign ? "haccp.ui.signoff.intro"
                : "haccp.ui.signoff.notSupervisor")), signForm, preview, new HBox(10, sign), signMessage);
        signForm.setDisable(!maySign);
        sign.setDisable(!maySign);

        Label signedTitle = new Label(ui.tr("haccp.ui.signoff.earlier"));
        signedTitle.getStyleClass().add("haccp-section-title");

        from.setValue(today.minusDays(7));
        to.setValue(today.minusDays(1));
        reportUnit.setId("haccp-report-unit");
        Button pdf = new Button(ui.tr("haccp.ui.report.pdf"));
        pdf.setId("haccp-report-pdf");
        pdf.getStyleClass().add(Styles.ACCENT);
        pdf.setOnAction(e -> writePdf());
        Button csv = new Button(ui.tr("haccp.ui.report.csv"));
        csv.setId("haccp-report-csv");
        csv.setOnAction(e -> writeCsv());
        reportMessage.setId("haccp-report-message");
        reportMessage.setWrapText(true);
        HBox period = new HBox(8, new Label(ui.tr("haccp.ui.report.from")), from, new Label(ui.tr("haccp.ui.report.to")), to,
                reportUnit);
        period.setAlignment(Pos.CENTER_LEFT);
        VBox reportBox = Sections.titled(ui.tr("haccp.ui.report.title"), wrapped(ui.tr("haccp.ui.report.intro")), period,
                new HBox(10, pdf, csv), reportMessage);

        Button verify = new Button(ui.tr("haccp.ui.chain.verify"));
        verify.setId("haccp-chain-verify");
        verify.setOnAction(e -> verify());
        chainMessage.setId("haccp-chain-message");
        chainMessage.setWrapText(true);
        Label retention = new Label(retentionText());
        retention.setId("haccp-retention");
        retention.setWrapText(true);
        VBox chainBox = Sections.titled(ui.tr("haccp.ui.chain.title"), wrapped(ui.tr("haccp.ui.chain.intro")), retention, verify,
                chainMessage);

        VBox content = new VBox(18, signBox, new VBox(6, signedTitle, signedList), reportBox, chainBox);
        content.setPadding(new Insets(10, 12, 12, 0));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    /** A text that wraps at the screen's width rather than ending in «…». */
    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private StringConverter<Optional<ColdUnitService.WatchedUnit>> unitText() {
        return new StringConverter<>() {
            @Override
            public String toString(Optional<ColdUnitService.WatchedUnit> u) {
                return u == null ? "" : u.map(w -> w.unit().label()).orElse(ui.tr("haccp.ui.allUnits"));
            }

            @Override
            public Optional<ColdUnitService.WatchedUnit> fromString(String s) {
                return Optional.empty();
            }
        };
    }

    Node node() {
        return root;
    }

    void reload() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.signoff.loading"),
                p -> new Loaded(haccp.units().watched(), haccp.signOffs().all()), loaded -> {
                    List<Optional<ColdUnitService.WatchedUnit>> choices = new java.util.ArrayList<>();
                    choices.add(Optional.empty());
                    loaded.units().stream().filter(w -> w.unit().active()).map(Optional::of).forEach(choices::add);
                    unit.getItems().setAll(choices);
                    reportUnit.getItems().setAll(choices);
                    if (unit.getValue() == null) {
                        unit.setValue(Optional.empty());
                    }
                    if (reportUnit.getValue() == null) {
                        reportUnit.setValue(Optional.empty());
                    }
                    signedList.getChildren().clear();
                    if (loaded.signOffs().isEmpty()) {
                        signedList.getChildren().add(new Label(ui.tr("haccp.ui.signoff.noneYet")));
                    }
                    loaded.signOffs().reversed().stream().limit(15).forEach(s -> signedList.getChildren().add(
                            wrapped(describe(s, loaded.units()))));
                    refreshPreview();
                }, e -> signMessage.setText(ui.tr("haccp.ui.loadFailed", e.getMessage()))));
    }

    private record Loaded(List<ColdUnitService.WatchedUnit> units, List<SignOff> signOffs) {}

    private String describe(SignOff s, List<ColdUnitService.WatchedUnit> units) {
        String what = s.unitId().flatMap(id -> units.stream().filter(w -> w.unit().id() == id).findFirst()
                .map(w -> w.unit().label())).orElse(ui.tr("haccp.ui.allUnits"));
        String period = s.from().equals(s.to()) ? format(s.from()) : format(s.from()) + "–" + format(s.to());
        return ui.tr("haccp.ui.signoff.line", period, what, s.signedBy(), format.dateTime(s.signedAt()),
                s.comment().isBlank() ? "" : "«" + s.comment() + "»");
    }

    private static String format(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    private SignOffService.Period period() {
        return SignOffService.Period.of(kind.getValue(), day.getValue() == null ? LocalDate.now(ui.clock()) : day.getValue());
    }

    private Optional<Long> unitId(ComboBox<Optional<ColdUnitService.WatchedUnit>> box) {
        return box.getValue() == null ? Optional.empty() : box.getValue().map(w -> w.unit().id());
    }

    private void refreshPreview() {
        if (kind.getValue() == null) {
            return;
        }
        SignOffService.Period p = period();
        Optional<Long> id = unitId(unit);
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.signoff.checking"),
                t -> haccp.signOffs().preview(p, id), pv -> {
                    String text = ui.tr("haccp.ui.signoff.previewLine", format(p.from()), format(p.to()),
                            pv.openDeviations().size(), pv.missingChecks().size(), pv.earlier().size());
                    preview.setText(text);
                    preview.getStyleClass().setAll("label", pv.clean() ? "haccp-green-text" : "haccp-yellow-text");
                }, e -> preview.setText(e.getMessage())));
    }

    private void sign() {
        SignOffService.Period p = period();
        Optional<Long> id = unitId(unit);
        char[] pw = password.getText().toCharArray();
        String text = comment.getText();
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.signoff.signing"),
                t -> haccp.signOffs().sign(p, id, text, pw, ui.user()), (Validated<SignOff> result) -> {
                    password.clear();
                    if (result.isValid()) {
                        signMessage.setText(ui.tr("haccp.ui.signoff.signed", format(p.from()), format(p.to())));
                        signMessage.getStyleClass().setAll("label", "success-message");
                        comment.clear();
                        reload();
                    } else {
                        signMessage.setText(String.join(" ", result.errors().stream()
                                .map(e -> ui.messages().render(e.message())).toList()));
                        signMessage.getStyleClass().setAll("label", "field-error");
                    }
                }, e -> signMessage.setText(ui.tr("haccp.ui.saveFailed", e.getMessage()))));
    }

    private Optional<Path> choose(String extension, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        return Optional.ofNullable(chooser.showSaveDialog(ui.window())).map(java.io.File::toPath);
    }

    private boolean periodOk() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            reportMessage.setText(ui.tr("haccp.ui.report.badPeriod"));
            reportMessage.getStyleClass().setAll("label", "field-error");
            return false;
        }
        return true;
    }

    private void writePdf() {
        if (!periodOk()) {
            return;
        }
        LocalDate f = from.getValue(), t = to.getValue();
        Optional<Long> id = unitId(reportUnit);
        choose("pdf", "haccp-" + FILE_DATE.format(f) + "-" + FILE_DATE.format(t) + ".pdf").ifPresent(file ->
                ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.report.writing"),
                        p -> haccp.writeReport(f, t, id, file, ui.user()), outcome -> {
                            switch (outcome) {
                                case Outcome.Done<HaccpReportWriter.Written>(HaccpReportWriter.Written w, var notices) -> {
                                    String warnings = w.result().warnings().isEmpty() ? "" : " " + String.join(" ",
                                            w.result().warnings().stream().map(x -> x.message()).toList());
                                    reportMessage.setText(ui.tr("haccp.ui.report.written", file, w.result().pageCount(),
                                            ui.tr(w.report().complete() ? "haccp.cli.complete" : "haccp.cli.incomplete"))
                                            + warnings);
                                    reportMessage.getStyleClass().setAll("label", "success-message");
                                }
                                case Outcome.Refused<HaccpReportWriter.Written>(UserMessage reason, var errors, var remedy) -> {
                                    reportMessage.setText(ui.messages().render(reason));
                                    reportMessage.getStyleClass().setAll("label", "field-error");
                                }
                            }
                        }, e -> reportMessage.setText(ui.tr("haccp.ui.report.failed", file, e.getMessage())))));
    }

    private void writeCsv() {
        if (!periodOk()) {
            return;
        }
        LocalDate f = from.getValue(), t = to.getValue();
        Optional<Long> id = unitId(reportUnit);
        choose("csv", "haccp-" + FILE_DATE.format(f) + "-" + FILE_DATE.format(t) + ".csv").ifPresent(file ->
                ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.report.writing"), p -> {
                    try (OutputStream out = Files.newOutputStream(file)) {
                        return haccp.csvExport().write(f, t, id, new Messages(Messages.NORWEGIAN), out);
                    }
                }, rows -> {
                    reportMessage.setText(ui.tr("haccp.cli.exported", rows, file));
                    reportMessage.getStyleClass().setAll("label", "success-message");
                }, e -> reportMessage.setText(ui.tr("haccp.ui.report.failed", file, e.getMessage())))));
    }

    /** The retention period and the newest purge: a gap in old records is then not read as missing checks. */
    private String retentionText() {
        RetentionService retention = haccp.retention();
        return ui.tr("haccp.retention.period", retention.retentionYears()) + retention.latest()
                .map(p -> " " + ui.tr("haccp.retention.purged", HaccpTimes.DATE.format(p.cutoff()),
                        HaccpTimes.DATE.format(p.purgedAt().atZone(ui.zone())), p.purgedBy(), p.retentionYears()))
                .orElse("");
    }

    private void verify() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("haccp.ui.chain.verifying"), p -> haccp.verify(),
                (HaccpChain.Verification v) -> {
                    if (v.intact()) {
                        chainMessage.setText(ui.tr("haccp.cli.verifyIntact", v.links(), v.head()));
                        chainMessage.getStyleClass().setAll("label", "success-message");
                    } else {
                        chainMessage.setText(ui.tr("haccp.cli.verifyBroken", v.problems().size(), v.links()) + "\n"
                                + String.join("\n", v.problems().stream().limit(20).map(x -> ui.tr("haccp.verify." + x.kind(),
                                x.entity(), String.valueOf(x.entityId()), String.valueOf(x.chainEntry()))).toList()));
                        chainMessage.getStyleClass().setAll("label", "field-error");
                    }
                }, e -> chainMessage.setText(e.getMessage())));
    }
}
