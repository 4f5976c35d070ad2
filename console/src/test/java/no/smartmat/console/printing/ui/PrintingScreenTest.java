package no.smartmat.console.printing.ui;

import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.console.printing.DocumentKind;
import no.smartmat.console.printing.PrintJob;
import no.smartmat.console.validation.Outcome;
import no.smartmat.console.printing.PrintRoute;
import no.smartmat.console.printing.PrintScope;
import no.smartmat.console.printing.RenderedDocument;
import no.smartmat.console.testsupport.ConsoleUiTest;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.planner.solver.SolveLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintingScreenTest extends ConsoleUiTest {

    @TempDir
    Path dir;

    @Test
    void theCoordinatorPreviewsTheFirstRoutesManifestAndOneClientsLabelsAndSeesWhatToDoOnADayWithoutAPlan() throws Exception {
        AppContext app = TestKitchen.demo(dir);
        StoredPlan plan = app.planning().planDay(TestKitchen.MONDAY, SolveLimits.seconds(3), true, CurrentUser.headless("test"), p -> {});
        String firstVan = plan.routes().getFirst().vehicleCode();
        var expected = app.printing().render(TestKitchen.MONDAY, new PrintJob(DocumentKind.MANIFESTS, PrintScope.route(firstVan),
                app.printing().settings().current()), CurrentUser.headless("test"));
        int pages = ((Outcome.Done<RenderedDocument>) expected).value().pages();
        start(app, true);
        logIn("koordinator", "smartmat");

        clickOn("#nav-printing");
        Label info = (Label) waitUntil("#printing-plan");
        waitFor(() -> info.getText().startsWith("Publisert plan v1"));
        clickOn("#printing-doc-manifests");
        clickOn("#printing-route");
        Node firstRoute = lookup(".combo-box-popup .list-cell").nth(0).query();
        clickOn(firstRoute);
        ComboBox<PrintRoute> route = lookup("#printing-route").query();
        assertThat(route.getValue().vanCode()).isEqualTo(firstVan);
        clickOn("#printing-preview");

        ImageView image = lookup("#printing-page-image").query();
        waitFor(() -> image.getImage() != null);
        assertThat(lookup("#printing-page").queryAs(Label.class).getText()).isEqualTo("Side 1 av " + pages);
        assertThat(darkShare(image.getImage())).as("share of dark pixels on the page").isBetween(0.01, 0.6);
        assertThat(lookup("#printing-status").queryAs(Label.class).getText()).startsWith("Ferdig: ").contains("kjørelister");

        // one client's labels again: found by typing the client number, previewed bag by bag
        String clientNumber = app.db().dsl().select(CLIENT.CLIENT_NUMBER)
                .from(STOP).join(CLIENT)
                .on(CLIENT.ID.eq(STOP.CLIENT_ID))
                .where(STOP.ID.eq(plan.routes().get(1).stops().getFirst().stopId()))
                .fetchSingle(CLIENT.CLIENT_NUMBER);
        int bags = ((Outcome.Done<RenderedDocument>) app.printing().render(TestKitchen.MONDAY, new PrintJob(DocumentKind.LABELS,
                PrintScope.client(clientNumber), app.printing().settings().current()), CurrentUser.headless("test"))).value().pages();
        clickOn("#printing-doc-labels");
        clickOn("#printing-client-filter").write(clientNumber);
        ComboBox<?> client = lookup("#printing-client").query();
        waitFor(() -> client.getValue() != null && client.getValue().toString().contains(clientNumber));
        clickOn("#printing-preview");
        waitFor(() -> lookup("#printing-page").queryAs(Label.class).getText().equals("Side 1 av " + bags) && image.getImage() != null);
        clickOn("#printing-client-filter").write(" finnes-ikke");
        waitFor(() -> client.getValue() == null);

        DatePicker date = lookup("#printing-date").query();
        interact(() -> date.setValue(TestKitchen.MONDAY.plusDays(1)));
        Label message = lookup("#printing-message").query();
        waitFor(message::isVisible);
        assertThat(message.getText()).startsWith("Det finnes ingen plan for 2026-11-24. Planlegg dagen og publiser planen i Planlegging");
        assertThat(lookup("#printing-preview").queryButton().isDisabled()).isTrue();
    }

    private static double darkShare(Image image) {
        var pixels = image.getPixelReader();
        int w = (int) image.getWidth(), h = (int) image.getHeight(), dark = 0;
        for (int y = 0; y < h; y += 2) {
            for (int x = 0; x < w; x += 2) {
                if (pixels.getColor(x, y).getBrightness() < 0.5) {
                    dark++;
                }
            }
        }
        return dark / (double) ((w / 2) * (h / 2));
    }
}
