package no.smartmat.console.settings.ui;

import no.smartmat.console.ui.UiContext;
import no.smartmat.console.ui.Sections;
import no.smartmat.console.ui.Screen;
import no.smartmat.console.ui.Columns;
import java.time.ZoneId;
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
import no.smartmat.console.backup.ui.BackupPane;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.users.ui.UserAccountsPane;

/** "Innstillinger": language, where data and configuration live, and the latest audit entries. */
public final class SettingsScreen implements Screen {

    static final String LANGUAGE_KEY = "ui.language";

    private final UiContext ui;
    private final VBox root = new VBox(14);
    private final TableView<AuditEntry> audit = new TableView<>();
    private final ScrollPane scroll = new ScrollPane(root);
    private final BackupPane backup;

    public SettingsScreen(UiContext ui) {
        this.ui = ui;
        Label title = new Label(ui.tr("settings.title"));
        title.getStyleClass().add("title-2");

        ComboBox<String> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll("nb", "en");
        language.setValue(ui.app().settings().get(LANGUAGE_KEY).orElse(ui.messages().locale().getLanguage()));
        Label saved = new Label();
        Button save = new Button(ui.tr("settings.language.save"));
        save.setOnAction(e -> {
            String value = language.getValue();
            ui.tasks().submit(BackgroundTask.of(ui.tr("settings.saving"),
                    p -> {
                        ui.app().settings().put(LANGUAGE_KEY, value, ui.user());
                        return value;
                    }, v -> saved.setText(ui.tr("settings.language.saved")), ex -> saved.setText(ex.getMessage())));
        });
        VBox languageBox = Sections.titled(ui.tr("settings.language"), new HBox(10, language, save, saved));

        VBox data = Sections.titled(ui.tr("settings.data"),
                new Label(ui.tr("settings.data.dir", ui.app().dataDir())),
                new Label(ui.tr("settings.data.db", ui.app().db().file(), ui.app().db().schemaVersion())),
                new Label(ui.tr("settings.data.config", ui.app().dataDir().resolve("config"))));

        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.systemDefault());
        audit.setId("settings-audit");
        audit.getColumns().addAll(List.of(
                Columns.text(ui.tr("settings.audit.when"), 145, a -> time.format(a.occurredAt())),
                Columns.text(ui.tr("settings.audit.who"), 130, AuditEntry::username),
                Columns.text(ui.tr("settings.audit.action"), 100, AuditEntry::action),
                Columns.text(ui.tr("settings.audit.what"), 140, a -> a.entity() + " " + (a.entityId() == null ? "" : a.entityId())),
                Columns.text(ui.tr("settings.audit.details"), 360, AuditEntry::details)));
        audit.setPrefHeight(320);
        VBox auditBox = Sections.titled(ui.tr("settings.audit"), audit);

        backup = new BackupPane(ui);
        root.getChildren().addAll(title, languageBox, data, backup);
        if (ui.user().role().canManageUsers()) {
            root.getChildren().add(Sections.titled(ui.tr("users.title"), new UserAccountsPane(ui).node()));
        }
        root.getChildren().add(auditBox);
        scroll.setFitToWidth(true);
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public void onShow() {
        backup.refresh();
        ui.tasks().submit(BackgroundTask.of(ui.tr("settings.loading"),
                p -> ui.app().audit().latest(ui.app().db().dsl(), 200), audit.getItems()::setAll, e -> {}));
    }

}
