package no.smartmat.console.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.ConsoleUiTest;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.users.Account;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserAccountsPaneTest extends ConsoleUiTest {

    @TempDir
    Path dir;

    @Test
    void theAdministratorAddsAKitchenWorkerWhoCanThenLogIn() throws Exception {
        AppContext app = TestKitchen.empty(dir);
        app.users().create("ingrid", "Ingrid Ødegård", Role.ADMIN, "riktig-hest".toCharArray(), CurrentUser.headless("t"));
        start(app, false);
        logIn("ingrid", "riktig-hest");
        clickOn("#nav-settings");
        TableView<Account> table = lookup("#users-table").queryTableView();
        waitFor(() -> table.getItems().size() == 1);

        reveal("#users-table");
        clickOn("#field-username").write("kåre");
        clickOn("#field-displayName").write("Kåre Kjøkken");
        clickOn("#field-password").write("kjøkken-123");
        clickOn("#field-passwordRepeat").write("kjøkken-123");
        clickOn("#users-add");
        waitFor(() -> table.getItems().size() == 2);
        assertThat(lookup("#users-message").queryLabeled().getText()).isEqualTo("Kontoen kåre er lagt til.");
        assertThat(app.users().authenticate("kåre", "kjøkken-123".toCharArray()))
                .hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.KITCHEN));
    }

    @Test
    void aCoordinatorDoesNotSeeTheAccounts() throws Exception {
        AppContext app = TestKitchen.empty(dir);
        app.users().create("kari", "Kari", Role.COORDINATOR, "hemmelig-passord".toCharArray(), CurrentUser.headless("t"));
        start(app, false);
        logIn("kari", "hemmelig-passord");
        clickOn("#nav-settings");
        waitUntil("#settings-audit");
        assertThat(lookup("#users-table").tryQuery()).isEmpty();
    }
}
