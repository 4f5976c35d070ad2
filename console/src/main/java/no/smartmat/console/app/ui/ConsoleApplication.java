package no.smartmat.console.app.ui;

import no.smartmat.console.ui.UiContext;
import no.smartmat.console.ui.FxTaskExecutor;
import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.app.InstanceLock;
import no.smartmat.console.backup.ui.AutomaticBackups;
import no.smartmat.console.db.Database;
import no.smartmat.console.diagnostics.Logging;
import no.smartmat.console.diagnostics.VersionInfo;
import no.smartmat.console.diagnostics.ui.CrashDialog;
import no.smartmat.console.app.setup.FirstRun;
import no.smartmat.console.app.setup.ui.FirstRunView;
import no.smartmat.console.users.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The console window: on a first start the setup, then who is working (login), then the main window. */
public final class ConsoleApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApplication.class);
    /** Database work ends in well under a second; a solve in progress notices the interrupt at its next step. */
    private static final Duration TASKS_PATIENCE = Duration.ofSeconds(30);

    private FxTaskExecutor tasks;
    private volatile Optional<AppContext> current = Optional.empty();
    private Optional<AutomaticBackups> automaticBackups = Optional.empty();
    /** A folder other than the proposed one, chosen on the first start, is locked for the window's life too. */
    private Optional<InstanceLock> chosenFolderLock = Optional.empty();

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ConsoleLauncher.Startup startup = ConsoleLauncher.startup();
        new CrashDialog(startup.messages(), () -> versionInfo(startup), () -> stage, Clock.systemDefaultZone()).install();
        tasks = new FxTaskExecutor();
        Scene scene = new Scene(new StackPane(), 1280, 820);
        scene.getStylesheets().add(ConsoleApplication.class.getResource("/ui/smartmat.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        startup.app().ifPresentOrElse(app -> showLogin(stage, startup, app, startup.demo()), () -> {
            stage.setTitle(startup.messages().get("setup.title"));
            FirstRun firstRun = new FirstRun(System.getenv(), Clock.systemDefaultZone());
            setRoot(stage, new FirstRunView(startup.messages(), firstRun, startup.dataDir(), startup.folderGiven(),
                    done -> {
                        chosenFolderLock = done.lock();
                        Logging.toDataFolder(done.app().dataDir());
                        showLogin(stage, startup, done.app(), done.demo());
                    }).node());
        });
        stage.show();
    }

    private void showLogin(Stage stage, ConsoleLauncher.Startup startup, AppContext app, boolean demo) {
        current = Optional.of(app);
        automaticBackups = Optional.of(AutomaticBackups.start(app.backups(), startup.messages(), stage));
        stage.setTitle(startup.messages().get("app.title", app.kitchen().name()));
        setRoot(stage, new LoginView(app, startup.messages(), demo, user -> showMain(stage, startup, app, user)).node());
    }

    private void showMain(Stage stage, ConsoleLauncher.Startup startup, AppContext app, User user) {
        UiContext ui = new UiContext(startup.messages(), user.asCurrent(), tasks, stage, app.clock());
        // from login on, not from the first visit to Ordreimport: files that may be imported automatically are
        app.importFolderWatch().start(Optional.of(ui.user()).filter(u -> u.role().canPlan()));
        MainWindow main = new MainWindow(ui, app, tasks, Screens.all(app));
        setRoot(stage, main.node());
        main.show(Screens.DASHBOARD);
    }

    private static void setRoot(Stage stage, Parent root) {
        stage.getScene().setRoot(root);
    }

    private VersionInfo versionInfo(ConsoleLauncher.Startup startup) {
        return current.map(AppContext::versionInfo).orElseGet(() -> VersionInfo.of(startup.dataDir(),
                Database.schemaVersionOf(startup.dataDir().resolve(Database.FILE_NAME)), Database.supportedSchemaVersion()));
    }

    /**
     * Everything that works in the kitchen's folder ends before the folder is let go: the screens' background work
     * first (a dashboard still loading would otherwise open the database again after the window is gone), then the
     * import folder's watch and the automatic backup, then the lock.
     */
    @Override
    public void stop() {
        if (tasks != null && !tasks.shutdown(TASKS_PATIENCE)) {
            LOG.warn("Background work still running {} s after the window closed", TASKS_PATIENCE.toSeconds());
        }
        current.ifPresent(app -> app.importFolderWatch().close());
        automaticBackups.ifPresent(AutomaticBackups::close);
        chosenFolderLock.ifPresent(InstanceLock::close);
    }
}
