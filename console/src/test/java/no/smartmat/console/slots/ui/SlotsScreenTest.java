package no.smartmat.console.slots.ui;

import static no.smartmat.console.slots.SlotKitchen.MIDDAY;
import static no.smartmat.console.slots.SlotKitchen.MONDAY;
import static no.smartmat.console.slots.SlotKitchen.MORNING;
import static no.smartmat.console.slots.SlotKitchen.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import no.smartmat.console.slots.SlotKitchen;
import no.smartmat.console.testsupport.ConsoleUiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlotsScreenTest extends ConsoleUiTest {

    @TempDir
    Path dir;

    @Test
    void coordinatorBooksAClientIntoAWindowAndSeesTheCountGoUp() throws Exception {
        SlotKitchen k = SlotKitchen.create(dir, 4, 3, 3);
        k.app.bookings().setStanding(k.client(1), MORNING, MONDAY, false, k.coordinator);
        String cell = "#" + SlotUi.cellId(k.areaId, TUESDAY, MORNING);
        start(k.app, false);
        logIn("coordinator-test", "secret-password");

        clickOn("#nav-slots");
        Label count = (Label) waitUntil(cell + "-count");
        assertThat(count.getText()).isEqualTo("1/3");
        clickOn(cell);
        Label title = (Label) waitUntil("#slots-drill-title");
        waitFor(() -> title.getText().startsWith("Sandvika · tirsdag 24.11.2026 · 09:00–11:00"));

        clickOn("#slots-tab-book");
        clickOn("#slots-client-search").write("K-3");
        waitFor(() -> lookup("#slots-client-list").queryListView().getItems().size() == 1);
        clickOn((javafx.scene.Node) lookup("#slots-client-list .list-cell").nth(0).query());
        waitUntil("#slots-book-0900-1100");
        waitFor(() -> !lookup("#slots-book-0900-1100").queryButton().isDisabled());
        assertThat(lookup("#slots-offer-status-0900-1100").queryLabeled().getText()).isEqualTo("ledig");
        clickOn("#slots-book-0900-1100");

        waitFor(() -> lookup(cell + "-count").tryQuery().map(n -> ((Label) n).getText().equals("2/3")).orElse(false));
        assertThat(lookup("#slots-book-message").queryLabeled().getText())
                .isEqualTo("Bruker 3 Ødegård er booket i 09:00–11:00 tirsdag 24.11.2026.");
        assertThat(k.bookedIn(TUESDAY, MORNING)).containsExactly("K-1", "K-3");
        assertThat(k.bookedIn(TUESDAY, MIDDAY)).isEmpty();
    }
}
