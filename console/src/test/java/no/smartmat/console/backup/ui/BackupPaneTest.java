package no.smartmat.console.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.backup.BackupFile;
import no.smartmat.console.testsupport.ConsoleUiTest;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupPaneTest extends ConsoleUiTest {

    @TempDir
    Path dir;

    @Test
    void aBackupTakenFromInnstillingerIsListedAsVerifiedAndTheCoordinatorMayNotRestore() throws Exception {
        AppContext app = TestKitchen.empty(dir);
        TestKitchen.user(app, Role.COORDINATOR);
        start(app, false);
        logIn("coordinator-test", "secret-password");
        // the window's own daily backup may already have run at start; wait for it so the count below is stable
        waitFor(() -> !app.backups().list().isEmpty());

        clickOn("#nav-settings");
        TableView<BackupFile> list = lookup("#backup-list").queryTableView();
        waitFor(() -> list.getItems().size() == 1);
        assertThat(lookup("#backup-folder").queryTextInputControl().getText()).isEqualTo(dir.resolve("backups").toString());
        assertThat(lookup("#backup-restore").queryAs(Button.class).isDisabled()).isTrue();

        clickOn("#backup-now");

        waitFor(() -> list.getItems().size() == 2);
        assertThat(list.getItems().getFirst().file().getFileName().toString()).isEqualTo("smartmat-2026-11-23-1000-2.db");
        assertThat(lookup("#backup-status").queryAs(Label.class).getText())
                .startsWith("Sikkerhetskopi skrevet: " + dir.resolve("backups").resolve("smartmat-2026-11-23-1000-2.db"))
                .endsWith("kontrollert.");
        assertThat(list.getColumns().get(2).getCellData(0)).isEqualTo("ja");
    }
}
