package no.smartmat.console.haccp.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.ConsoleUiTest;
import no.smartmat.console.testsupport.TestKitchen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The HACCP screens at the window's default size (1280×820) on the demo kitchen: nothing a person needs to read is cut
 * short, in any tab. With the environment variable {@code HACCP_SHOTS=DIR} each tab is also photographed (for looking at it).
 */
class HaccpScreenFitTest extends ConsoleUiTest {

    @TempDir
    Path dir;

    @Test
    void everyHaccpTabShowsItsTextsWholeAtTheDefaultWindowSize() throws Exception {
        AppContext app = TestKitchen.demo(dir);
        start(app, true);
        logIn("veileder", "smartmat");
        assertThat(stage.getScene().getWidth()).isEqualTo(1280);
        assertThat(stage.getScene().getHeight()).isEqualTo(820);

        clickOn("#nav-haccp");
        waitUntil("#haccp-rounds-summary");
        List<String> clipped = new ArrayList<>();
        for (String tab : List.of("rounds", "deviations", "history", "import", "units", "signoff")) {
            clickOn("#haccp-tab-" + tab);
            settle(tab);
            shoot(tab);
            Parent root = stage.getScene().getRoot();
            Clipping.clipped(root).forEach(c -> clipped.add(tab + ": " + c));
            if (tab.equals("rounds")) {
                // A cooling that ended too warm: the row turns red and opens its deviation entry, all still readable.
                clickOn("#haccp-value-NK-1-COOLING_END").write("12");
                waitFor(() -> lookup("#haccp-deviation-NK-1-COOLING_END").query().isVisible());
                shoot("rounds-deviation");
                Clipping.clipped(root).forEach(c -> clipped.add("rounds, red: " + c));
            }
        }
        assertThat(clipped).isEmpty();
    }

    /** Waits for the tab's background loading to show (its table or list filled). */
    private void settle(String tab) throws Exception {
        switch (tab) {
            case "rounds" -> waitFor(() -> !((javafx.scene.control.Label) lookup("#haccp-rounds-summary").query())
                    .getText().isEmpty());
            case "deviations" -> waitFor(() -> !((TableView<?>) lookup("#haccp-deviations").query()).getItems().isEmpty());
            case "history" -> waitFor(() -> !((TableView<?>) lookup("#haccp-history").query()).getItems().isEmpty());
            case "units" -> waitFor(() -> !((TableView<?>) lookup("#haccp-units").query()).getItems().isEmpty());
            default -> { }
        }
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private void shoot(String tab) throws Exception {
        String into = System.getenv("HACCP_SHOTS");
        if (into != null && System.getenv("DISPLAY") != null) {
            Files.createDirectories(Path.of(into));
            new ProcessBuilder("import", "-window", "root", Path.of(into, "haccp-" + tab + ".png").toString())
                    .inheritIO().start().waitFor();
        }
    }
}
