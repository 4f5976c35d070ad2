package no.smartmat.console.haccp.ui;

import static no.smartmat.console.db.jooq.Tables.CORRECTIVE_ACTION;
import static no.smartmat.console.db.jooq.Tables.TEMPERATURE_READING;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.haccp.Deviation;
import no.smartmat.console.haccp.FoodOutcome;
import no.smartmat.console.haccp.HaccpKitchen;
import no.smartmat.console.testsupport.ConsoleUiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kitchen PC: a value beyond the limit turns red and cannot be saved until its corrective action is recorded. */
class HaccpScreenTest extends ConsoleUiTest {

    @TempDir
    Path dir;

    @Test
    void anOutOfRangeReadingTurnsRedAndIsSavedOnlyWithItsCorrectiveAction() throws Exception {
        AppContext app = HaccpKitchen.create(dir).app;
        start(app, false);
        logIn("kitchen-test", "secret-password");

        clickOn("#nav-haccp");
        TextField value = (TextField) waitUntil("#haccp-value-KS-1-MORNING");
        assertThat(((Label) lookup("#haccp-range-KS-1-MORNING").query()).getText()).isEqualTo("≤ 4,0 °C");
        Node deviationBox = lookup("#haccp-deviation-KS-1-MORNING").query();
        assertThat(deviationBox.isVisible()).isFalse();

        clickOn(value).write("7,5");
        assertThat(value.getStyleClass()).contains("haccp-yellow");
        assertThat(value.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(deviationBox.isVisible()).isTrue();

        clickOn("#haccp-save-all");
        Label deviationError = (Label) lookup("#haccp-dev-error-KS-1-MORNING").query();
        waitFor(() -> !deviationError.getText().isEmpty());
        assertThat(deviationError.getText()).contains("Tiltak").contains("Maten");
        assertThat(app.db().dsl().fetchCount(TEMPERATURE_READING)).isZero();

        clickOn("#haccp-dev-cause-KS-1-MORNING").write("Døren stod på gløtt");
        clickOn("#haccp-dev-action-KS-1-MORNING").write("Lukket døren og flyttet maten til kjølerom 1");
        clickOn("#haccp-dev-food-KS-1-MORNING");
        clickOn("Flyttet");
        clickOn("#haccp-save-all");

        waitFor(() -> app.db().dsl().fetchCount(TEMPERATURE_READING) == 1);
        waitFor(() -> lookup("#haccp-value-KS-1-MORNING").tryQuery().isEmpty());
        Deviation d = app.haccp().deviations().all().getFirst();
        assertThat(d.status()).isEqualTo(Deviation.Status.ONGOING);
        assertThat(d.maxCelsius()).contains(7.5);
        assertThat(d.actions()).singleElement().satisfies(a -> {
            assertThat(a.cause()).isEqualTo("Døren stod på gløtt");
            assertThat(a.foodOutcome()).isEqualTo(FoodOutcome.MOVED);
            assertThat(a.performedBy()).isEqualTo("Test KITCHEN");
        });
        assertThat(app.db().dsl().fetchCount(CORRECTIVE_ACTION)).isEqualTo(1);
        assertThat(app.haccp().verify().intact()).isTrue();
    }

    @Test
    void aCoolingStartBelowSixtyDegreesIsRedOnScreenAndIsNotSavedWithoutItsDeviationEntry() throws Exception {
        AppContext app = HaccpKitchen.create(dir).app;
        start(app, false);
        logIn("kitchen-test", "secret-password");

        clickOn("#nav-haccp");
        TextField value = (TextField) waitUntil("#haccp-value-NK-1-COOLING_START");
        assertThat(((Label) lookup("#haccp-range-NK-1-COOLING_START").query()).getText()).contains("60,0 °C");
        clickOn(value).write("55");

        assertThat(value.getStyleClass()).contains("haccp-red");
        assertThat(((Label) lookup("#haccp-state-NK-1-COOLING_START").query()).getText()).startsWith("Rød");
        assertThat(lookup("#haccp-deviation-NK-1-COOLING_START").query().isVisible()).isTrue();
        clickOn("#haccp-save-all");
        Label deviationError = (Label) lookup("#haccp-dev-error-NK-1-COOLING_START").query();
        waitFor(() -> !deviationError.getText().isEmpty());
        assertThat(app.db().dsl().fetchCount(TEMPERATURE_READING)).isZero();
    }
}
