package no.smartmat.console.app.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import no.smartmat.console.backup.ui.AutomaticBackups;
import no.smartmat.console.users.User;

/** The console window: first who is working (login), then the main window. */
public final class ConsoleApplication extends Application {

    private FxTaskExecutor tasks;
    private AutomaticBackups automaticBackups;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ConsoleLauncher.Startup startup = ConsoleLauncher.startup();
        tasks = new FxTaskExecutor();
        stage.setTitle(startup.messages().get("app.title", startup.app().kitchen().name()));
        LoginView login = new LoginView(startup.app(), startup.messages(), startup.demo(), user -> showMain(stage, startup, user));
        Scene scene = new Scene(login.node(), 1280, 820);
        scene.getStylesheets().add(ConsoleApplication.class.getResource("/ui/smartmat.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.show();
        automaticBackups = AutomaticBackups.start(startup.app().backups(), startup.messages(), stage);
    }

    private void showMain(Stage stage, ConsoleLauncher.Startup startup, User user) {
        UiContext ui = new UiContext(startup.app(), startup.messages(), user.asCurrent(), tasks, stage);
        MainWindow main = new MainWindow(ui, tasks, Screens.all());
        stage.getScene().setRoot(main.node());
        main.show(Screens.DASHBOARD);
    }

    @Override
    public void stop() {
        if (automaticBackups != null) {
            automaticBackups.close();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
