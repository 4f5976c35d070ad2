package no.smartmat.console.clients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.clients.Client;
import no.smartmat.console.testsupport.ConsoleUiTest;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientsScreenTest extends ConsoleUiTest {

    @TempDir
    Path dir;

    @Test
    void coordinatorCreatesAClientThroughTheFormAndFindsItInTheList() throws Exception {
        AppContext app = TestKitchen.empty(dir);
        app.users().create("kari", "Kari Koordinator", Role.COORDINATOR, "hemmelig-passord".toCharArray(), CurrentUser.headless("test"));
        app.fleet().saveDriver(Optional.empty(), "D-01", "Lise Bakken", "", "08:30", "15:30", true, CurrentUser.headless("test"));
        start(app, false);
        logIn("kari", "hemmelig-passord");

        clickOn("#nav-clients");
        waitUntil("#clients-table");
        clickOn("#clients-new");
        clickOn("#field-clientNumber").write("K-20001");
        clickOn("#field-name").write("Åse Ødegård-Bræk");
        clickOn("#field-address").write("Brynsveien 12");
        clickOn("#field-postcode").write("1338");
        clickOn("#field-city").write("Sandvika");
        clickOn("#field-lat").write("59,8939");
        clickOn("#field-lon").write("10,5156");
        clickOn("#client-save");

        waitFor(() -> app.clients().byNumber("K-20001").isPresent());
        Client saved = app.clients().byNumber("K-20001").orElseThrow();
        assertThat(saved.name()).isEqualTo("Åse Ødegård-Bræk");
        assertThat(saved.data().location()).isPresent();
        assertThat(saved.data().location().get().lat()).isEqualTo(59.8939);

        clickOn("#clients-search").write("odegard");
        TableView<Client> table = lookup("#clients-table").queryTableView();
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().getFirst().clientNumber()).isEqualTo("K-20001");
        assertThat(app.audit().forEntity(app.db().dsl(), "client", "K-20001"))
                .singleElement().satisfies(e -> assertThat(e.username()).isEqualTo("kari"));
    }

    @Test
    void badPostcodeIsRejectedWithAMessageNextToTheFieldAndNothingIsSaved() throws Exception {
        AppContext app = TestKitchen.empty(dir);
        app.users().create("kari", "Kari Koordinator", Role.COORDINATOR, "hemmelig-passord".toCharArray(), CurrentUser.headless("test"));
        start(app, false);
        logIn("kari", "hemmelig-passord");

        clickOn("#nav-clients");
        waitUntil("#clients-table");
        clickOn("#field-clientNumber").write("K-20002");
        clickOn("#field-name").write("Ola Nordmann");
        clickOn("#field-address").write("Damveien 3");
        clickOn("#field-postcode").write("133");
        clickOn("#field-city").write("Sandvika");
        clickOn("#client-save");

        Label error = (Label) waitUntil("#error-postcode");
        waitFor(error::isVisible);
        assertThat(error.getText()).isEqualTo("Postnummer må ha nøyaktig fire sifre, f.eks. 1337.");
        assertThat(app.clients().count()).isZero();
    }
}
