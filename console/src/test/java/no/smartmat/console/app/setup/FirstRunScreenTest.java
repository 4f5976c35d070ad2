package no.smartmat.console.app.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import no.smartmat.console.db.Database;
import no.smartmat.console.testsupport.ConsoleUiTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.io.TempDir;

class FirstRunScreenTest extends ConsoleUiTest {

    @TempDir
    Path dir;

    @Test
    void aNewKitchenIsSetUpOnTheFirstRunScreenAndItsAdministratorLogsIn() throws Exception {
        Path data = dir.resolve("kjøkken");
        startFirstRun(data, true);
        waitUntil("#first-run");
        clickOn("#field-kitchenName").write("Larvik storkjøkken");
        clickOn("#field-municipality").write("Larvik kommune");
        clickOn("#field-depotAddress").write("Storgata 1, 3256 Larvik");
        clickOn("#field-depotLat").write("59,0533");
        clickOn("#field-depotLon").write("10,0352");
        clickOn("#field-adminUsername").write("ingrid");
        clickOn("#field-adminName").write("Ingrid Ødegård");
        clickOn("#field-password").write("riktig-hest");
        clickOn("#field-passwordRepeat").write("riktig-hast");
        clickOn("#setup-start");

        // A typo in the repeated password is shown at that field, and nothing is created.
        Label error = lookup("#error-passwordRepeat").query();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Passordene er ulike");
        assertThat(data.resolve(Database.FILE_NAME)).doesNotExist();

        doubleClickOn("#field-passwordRepeat").eraseText(20).write("riktig-hest");
        clickOn("#setup-start");
        waitUntil("#login-username");
        assertThat(stage.getTitle()).contains("Larvik storkjøkken");
        logIn("ingrid", "riktig-hest");
        assertThat(lookup("#status-user").queryLabeled().getText()).contains("Ingrid Ødegård");
    }

    @Test
    void theDemoKitchenCanBeChosenOnTheFirstStart() throws Exception {
        startFirstRun(dir.resolve("demo"), true);
        waitUntil("#first-run");
        clickOn("#setup-demo");
        assertThat(lookup("#field-kitchenName").query().isDisabled()).isTrue();
        clickOn("#setup-start");
        // Creating the demo kitchen takes seconds, longer on a busy CI machine.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> lookup("#login-username").tryQuery().isPresent());
        logIn("koordinator", "smartmat");
    }
}
