package no.smartmat.console.testsupport;

import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Stage;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.app.ui.ConsoleApplication;
import no.smartmat.console.app.ui.ConsoleLauncher;
import no.smartmat.console.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real console window (real toolkit, under Xvfb in CI) on a kitchen of the test's choosing and
 * logs in through the login form, as a person would.
 */
public abstract class ConsoleUiTest extends FxRobot {

    protected Stage stage;
    private javafx.application.Application application;

    protected void start(AppContext app, boolean demo) throws TimeoutException {
        ConsoleLauncher.prepare(app, new Messages(Messages.NORWEGIAN), demo);
        stage = FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(ConsoleApplication.class);
        waitForFxEvents();
    }

    /** A first start: the window opens on the first-run screen for {@code dataDir}. */
    protected void startFirstRun(java.nio.file.Path dataDir, boolean folderGiven) throws TimeoutException {
        ConsoleLauncher.prepareFirstRun(dataDir, folderGiven, new Messages(Messages.NORWEGIAN));
        stage = FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(ConsoleApplication.class);
        waitForFxEvents();
    }

    protected void logIn(String username, String password) throws TimeoutException {
        // The login form may just have replaced another scene root (the first-run screen, say).
        waitFor(() -> lookup("#login-username").tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        clickOn("#login-username").write(username);
        clickOn("#login-password").write(password);
        clickOn("#login-button");
        waitUntil("#screen-dashboard");
        // The main window replaces the login form's scene root; a click before layout has run can hit a node
        // whose scene is still being set.
        waitFor(() -> lookup("#nav-dashboard").tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    /** Scrolls the screen's scroll pane so the node matching {@code query} is in view, as a person would. */
    protected void reveal(String query) {
        Node node = lookup(query).query();
        interact(() -> {
            for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane pane) {
                    Node content = pane.getContent();
                    javafx.geometry.Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double scrollable = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    pane.setVvalue(scrollable <= 0 ? 0 : Math.min(1, Math.max(0, (at.getMinY() - 40) / scrollable)));
                    return;
                }
            }
        });
        waitForFxEvents();
    }

    /** Waits (up to 15 s) until a node matching the query is in the scene: background work may be running. */
    protected Node waitUntil(String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup(query).tryQuery().isPresent());
        return lookup(query).query();
    }

    protected void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
    }
}
