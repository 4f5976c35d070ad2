package no.smartmat.console.app.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.demo.DemoData;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.users.User;

/** Who is working: user name and password, checked off the FX thread (the hash is deliberately slow). */
final class LoginView {

    private final StackPane root = new StackPane();

    LoginView(AppContext app, Messages m, boolean demo, Consumer<User> onLogin) {
        Label title = new Label(m.get("app.login.title"));
        title.getStyleClass().add("title-2");
        Label kitchen = new Label(app.kitchen().name());
        kitchen.getStyleClass().add("text-muted");
        TextField username = new TextField();
        username.setId("login-username");
        username.setPromptText(m.get("app.login.username"));
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.setPromptText(m.get("app.login.password"));
        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Button login = new Button(m.get("app.login.button"));
        login.setId("login-button");
        login.setDefaultButton(true);
        login.setMaxWidth(Double.MAX_VALUE);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.addRow(0, new Label(m.get("app.login.username")), username);
        form.addRow(1, new Label(m.get("app.login.password")), password);

        VBox box = new VBox(14, title, kitchen, form, login, error);
        if (demo || app.demo().isDemo()) {
            Label hint = new Label(m.get("app.login.demoHint", DemoData.PASSWORD));
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            box.getChildren().add(hint);
        }
        box.setPadding(new Insets(32));
        box.setMaxWidth(420);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.getStyleClass().add("login-card");
        root.getChildren().add(box);
        StackPane.setAlignment(box, Pos.CENTER);

        login.setOnAction(e -> {
            String user = username.getText();
            char[] pw = password.getText().toCharArray();
            if (user.isBlank()) {
                error.setText(m.get("app.login.missingUser"));
                return;
            }
            login.setDisable(true);
            error.setText("");
            Task<Optional<User>> check = new Task<>() {
                @Override
                protected Optional<User> call() {
                    return app.users().authenticate(user, pw);
                }
            };
            check.setOnSucceeded(done -> {
                login.setDisable(false);
                check.getValue().ifPresentOrElse(onLogin, () -> {
                    error.setText(m.get("app.login.failed"));
                    password.clear();
                    password.requestFocus();
                });
            });
            check.setOnFailed(done -> {
                login.setDisable(false);
                error.setText(m.get("app.login.error", String.valueOf(check.getException().getMessage())));
            });
            Thread t = new Thread(check, "login");
            t.setDaemon(true);
            t.start();
        });
    }

    Parent node() {
        return root;
    }
}
