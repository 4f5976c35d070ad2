package no.smartmat.console.settings.ui;

import no.smartmat.console.ui.UiContext;
import no.smartmat.console.ui.Sections;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.Columns;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import no.smartmat.console.audit.AuditEntry;
import no.smartmat.console.settings.SettingsService;
import no.smartmat.console.tasks.BackgroundTask;

/** "Innstillinger": language, where data and configuration live, and the latest audit entries. */
public final class SettingsScreen implements Screen {

    static final String LANGUAGE_KEY = "ui.language";

    private final UiContext ui;
    private final VBox root = new VBox(14);
    private final TableView<AuditEntry> audit = new TableView<>();
    private final ScrollPane scroll = new ScrollPane(root);
    private final SettingsService settings;
    private final List<Screen> sections;

    /** Where the kitchen's data is, as the settings screen shows it. */
    public record Storage(Path dataDir, String database, String schemaVersion) {}

    /**
     * {@code sections} are other features' panes shown here (backups, user accounts), built by the composition
     * root so that settings need not know those features.
     */
    public SettingsScreen(UiContext ui, SettingsService settings, Storage storage, List<Screen> sections) {
        this.ui = ui;
        this.settings = settings;
        this.sections = List.copyOf(sections);
        Label title = new Label(ui.tr("settings.title"));
        title.getStyleClass().add("title-2");

        ComboBox<String> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll("nb", "en");
        language.setValue(settings.get(LANGUAGE_KEY).orElse(ui.messages().locale().getLanguage()));
        Label saved = new Label();
        Button save = new Button(ui.tr("settings.language.save"));
        save.setOnAction(e -> {
            String value = language.getValue();
            ui.tasks().submit(BackgroundTask.of(ui.tr("settings.saving"),
                    p -> {
                        settings.put(LANGUAGE_KEY, value, ui.user());
                        return value;
                    }, v -> saved.setText(ui.tr("settings.language.saved")), ex -> saved.setText(ex.getMessage())));
        });
        VBox languageBox = Sections.titled(ui.tr("settings.language"), new HBox(10, language, save, saved));

        VBox data = Sections.titled(ui.tr("settings.data"),
                new Label(ui.tr("settings.data.dir", storage.dataDir())),
                new Label(ui.tr("settings.data.db", storage.database(), storage.schemaVersion())),
                new Label(ui.tr("settings.data.config", storage.dataDir().resolve("config"))));

        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ui.zone());
        audit.setId("settings-audit");
        audit.getColumns().addAll(List.of(
                Columns.text(ui.tr("settings.audit.when"), 145, a -> time.format(a.occurredAt())),
                Columns.text(ui.tr("settings.audit.who"), 130, AuditEntry::username),
                Columns.text(ui.tr("settings.audit.action"), 100, AuditEntry::action),
                Columns.text(ui.tr("settings.audit.what"), 140, a -> a.entity() + " " + (a.entityId() == null ? "" : a.entityId())),
                Columns.text(ui.tr("settings.audit.details"), 360, AuditEntry::details)));
        audit.setPrefHeight(320);
        VBox auditBox = Sections.titled(ui.tr("settings.audit"), audit);

        root.getChildren().addAll(title, languageBox, data);
        this.sections.forEach(section -> root.getChildren().add(section.node()));
        root.getChildren().add(auditBox);
        scroll.setFitToWidth(true);
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public void onShow() {
        sections.forEach(Screen::onShow);
        ui.tasks().submit(BackgroundTask.of(ui.tr("settings.loading"),
                p -> settings.latestChanges(200), audit.getItems()::setAll, e -> {}));
    }

}
