package no.smartmat.console.slots.ui;

import static no.smartmat.console.slots.SlotKitchen.MIDDAY;
import static no.smartmat.console.slots.SlotKitchen.MORNING;
import static no.smartmat.console.slots.SlotKitchen.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.planning.DayScenario;
import no.smartmat.console.slots.SlotKitchen;
import no.smartmat.console.testsupport.ConsoleUiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change to a day whose plan is published, as the coordinator meets it in the window: said where the booking is
 * made (naming route and windows), listed on the day in Planlegging as «endret etter publisering», warned about in
 * Utskrift, and gone once the coordinator accepts the published plan.
 */
class ChangesAfterPublishingUiTest extends ConsoleUiTest {

    @TempDir
    Path dir;

    @Test
    void aBookingOnAPublishedDayIsSaidShownOnThePlanWarnedWhenPrintingAndAccepted() throws Exception {
        SlotKitchen k = SlotKitchen.create(dir, 3, 10, 10);
        CurrentUser setup = CurrentUser.headless("test");
        k.app.fleet().saveDriver(Optional.empty(), "D-01", "Lise Bakken", "", "08:30", "15:30", true, setup);
        k.app.db().transactionRun(tx -> k.app.fleetRepository().insertVehicle(tx, new Vehicle(0, "BIL-01", "EL 51230",
                "Kjølebil", Optional.of("D-01"), new Capacity(45, 14, 45), true)));
        k.app.bookings().setStanding(k.client(1), MORNING, SlotKitchen.MONDAY, false, setup);
        // Stops in the windows the clients have: Bruker 1's standing morning, the others the default whole day.
        k.stop(k.client(1), TUESDAY, MORNING);
        k.stop(k.client(2), TUESDAY, no.smartmat.console.slots.TimeWindow.of(9, 15));
        k.stop(k.client(3), TUESDAY, no.smartmat.console.slots.TimeWindow.of(9, 15));
        DayScenario day = k.app.planning().scenario(TUESDAY);
        List<String> all = day.scenario().stops().stream().map(s -> s.id()).toList();
        var plan = k.app.planning().evaluate(day, Map.of("BIL-01", all)).plan();
        k.app.planning().publish(k.app.planning().saveDraft(day, plan, java.util.Set.of(), setup).id(), setup);
        start(k.app, false);
        logIn("coordinator-test", "secret-password");

        // Leveringsvinduer: Bruker 1 moves to 11:00-13:00 on the published Tuesday; the window says so at once.
        open("#nav-slots");
        String cell = "#" + SlotUi.cellId(k.areaId, TUESDAY, MORNING);
        waitUntil(cell + "-count");
        open(cell);
        open("#slots-tab-book");
        clickOn("#slots-client-search").write("K-1");
        waitFor(() -> lookup("#slots-client-list").queryListView().getItems().size() == 1);
        clickOn((Node) lookup("#slots-client-list .list-cell").nth(0).query());
        waitUntil("#slots-book-1100-1300");
        waitFor(() -> !lookup("#slots-book-1100-1300").queryButton().isDisabled());
        clickOn("#slots-book-1100-1300");
        Label booked = lookup("#slots-book-message").queryAs(Label.class);
        waitFor(() -> booked.getText().contains("Endret etter publisering"));
        assertThat(booked.getText()).contains("Bruker 1 Ødegård er booket i 11:00–13:00", "plan v1", "rute BIL-01",
                "vindu 11:00–13:00", "lagt for 09:00–11:00");
        assertThat(booked.getStyleClass()).contains("notice-message");
        capture("booking-on-published-day.png");

        // Planlegging: the published day lists the change until it is accepted.
        open("#nav-planning");
        DatePicker date = (DatePicker) waitUntil("#planning-date");
        waitFor(() -> TUESDAY.equals(date.getValue()) && lookup("#planning-changed").query().isVisible());
        assertThat(lookup("#planning-changed-heading").queryLabeled().getText())
                .contains("Endret etter publisering", "1 endring", "v1");
        assertThat(lookup("#planning-changed-lines .label").queryAllAs(Label.class)).singleElement()
                .satisfies(l -> assertThat(l.getText()).contains("Bruker 1 Ødegård (K-1)", "BIL-01", "11:00–13:00"));
        capture("changed-after-publishing.png");

        // Utskrift: whoever prints the day is told which stops differ from the published plan.
        open("#nav-printing");
        DatePicker printDate = (DatePicker) waitUntil("#printing-date");
        interact(() -> printDate.setValue(TUESDAY));
        Label printMessage = lookup("#printing-message").queryAs(Label.class);
        waitFor(() -> printMessage.isVisible() && printMessage.getText().contains("Advarsel"));
        assertThat(printMessage.getText()).contains("1 endring etter at plan v1 ble publisert", "Bruker 1 Ødegård (K-1)");
        capture("printing-changed-day.png");

        // Accepting keeps the published plan and closes the change.
        open("#nav-planning");
        waitFor(() -> lookup("#planning-accept-changes").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#planning-accept-changes");
        waitFor(() -> !lookup("#planning-changed").query().isVisible());
        assertThat(lookup("#planning-message").queryLabeled().getText()).contains("1 endring godtatt");
        assertThat(k.app.planning().changesAfterPublishing(TUESDAY)).isEmpty();
    }

    /**
     * Nodes that are built or replaced in the background (the navigation right after logging in, the week board's
     * cells) may not be in their scene yet: wait until the node is shown, then click it.
     */
    private void open(String nav) throws Exception {
        waitFor(() -> lookup(nav).tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        clickOn(nav);
    }

    /** The window as it is now, to look at (target/screens/): what the coordinator sees. */
    private void capture(String name) throws Exception {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> shot = new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> shot.set(stage.getScene().snapshot(null)));
        javafx.scene.image.WritableImage image = shot.get();
        var out = new java.awt.image.BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        java.nio.file.Path folder = java.nio.file.Path.of("target", "screens");
        java.nio.file.Files.createDirectories(folder);
        javax.imageio.ImageIO.write(out, "png", folder.resolve(name).toFile());
    }
}
