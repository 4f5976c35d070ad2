package no.smartmat.console.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.ConsoleUiTest;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

class CrashAndAboutTest extends ConsoleUiTest {

    @TempDir
    Path dir;

    private AppContext kitchen() {
        Logging.toDataFolder(dir);
        AppContext app = TestKitchen.empty(dir);
        app.users().create("kari", "Kari Koordinator", Role.COORDINATOR, "hemmelig-passord".toCharArray(), CurrentUser.headless("test"));
        return app;
    }

    @Test
    void anUnexpectedErrorShowsAFriendlyDialogWhoseDetailsCanBeCopiedAndIsLogged() throws Exception {
        start(kitchen(), false);
        logIn("kari", "hemmelig-passord");

        Platform.runLater(() -> {
            throw new IllegalStateException("Testfeil fra en knapp");
        });
        DialogPane dialog = (DialogPane) waitUntil("#crash-dialog");
        assertThat(dialog.getHeaderText()).isEqualTo("Noe gikk galt");
        assertThat(dialog.getContentText()).contains("IllegalStateException: Testfeil fra en knapp",
                dir.resolve("logs").resolve("smartmat.log").toString());

        waitFor(() -> dialog.getScene().getWindow().isShowing() && dialog.lookupButton(
                dialog.getButtonTypes().getFirst()).getLayoutBounds().getWidth() > 0);
        clickOn("#crash-copy");
        AtomicReference<String> copied = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> copied.set(Clipboard.getSystemClipboard().getString())).get();
        assertThat(copied.get()).startsWith("Smart Mat Console ").contains("Testfeil fra en knapp", "Tråd:");
        assertThat(lookup("#crash-dialog").tryQuery()).isPresent(); // copying leaves the dialog open

        assertThat(Files.readString(dir.resolve("logs/smartmat.log")))
                .contains("ERROR", "Uncaught exception", "IllegalStateException: Testfeil fra en knapp");
        clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        waitFor(() -> lookup("#crash-dialog").tryQuery().isEmpty());
    }

    @Test
    void aboutShowsVersionsAndTheDataFolder() throws Exception {
        start(kitchen(), false);
        logIn("kari", "hemmelig-passord");
        clickOn("#nav-about");
        TextArea text = (TextArea) waitUntil("#about-text");
        assertThat(text.getText()).startsWith("Smart Mat Console ")
                .contains("JavaFX:", "Databaseskjema: versjon", "Datamappe:     " + dir);
        clickOn("#about-close");
        waitFor(() -> lookup("#about-dialog").tryQuery().isEmpty());
    }
}
