package no.smartmat.console.users.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import no.smartmat.console.ui.Converters;
import no.smartmat.console.ui.DialogButtons;
import no.smartmat.console.ui.Columns;
import no.smartmat.console.ui.FormGrid;
import no.smartmat.console.ui.UiContext;
import no.smartmat.console.tasks.BackgroundTask;
import no.smartmat.console.users.Account;
import no.smartmat.console.access.Role;
import no.smartmat.console.users.User;
import no.smartmat.console.users.UserService;
import no.smartmat.console.validation.Validated;

/** Innstillinger → Brukerkontoer, for administrators: the accounts, a new one, a new password, (de)activation. */
public final class UserAccountsPane {

    private final UiContext ui;
    private final UserService users;
    private final VBox root = new VBox(10);
    private final TableView<Account> table = new TableView<>();
    private final FormGrid form = new FormGrid();
    private final TextField username = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Label message = new Label();

    public UserAccountsPane(UiContext ui, UserService users) {
        this.ui = ui;
        this.users = users;
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ui.zone());
        table.setId("users-table");
        table.getColumns().addAll(List.of(
                Columns.text(ui.tr("users.col.username"), 110, a -> a.user().username()),
                Columns.text(ui.tr("users.col.name"), 160, a -> a.user().displayName()),
                Columns.text(ui.tr("users.col.role"), 110, a -> ui.tr("app.role." + a.user().role().name())),
                Columns.text(ui.tr("users.col.active"), 65, a -> ui.tr(a.user().active() ? "users.yes" : "users.no")),
                Columns.text(ui.tr("users.col.lastLogin"), 135,
                        a -> a.lastLogin().map(time::format).orElse(ui.tr("users.never")))));
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button newPassword = new Button(ui.tr("users.password.button"));
        newPassword.setId("users-password");
        newPassword.setOnAction(e -> selected().ifPresent(this::askNewPassword));
        Button toggle = new Button(ui.tr("users.deactivate"));
        toggle.setId("users-toggle-active");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                toggle.setText(ui.tr(now != null && !now.user().active() ? "users.activate" : "users.deactivate")));
        toggle.setOnAction(e -> selected().ifPresent(a -> setActive(a.user(), !a.user().active())));

        role.setId("field-role");
        role.getItems().setAll(Role.values());
        role.setValue(Role.KITCHEN);
        role.setConverter(Converters.displaying(r -> ui.tr("app.role." + r.name())));
        form.add(UserService.USERNAME, ui.tr("users.add.username"), username);
        form.add(UserService.DISPLAY_NAME, ui.tr("users.add.name"), name);
        form.add("role", ui.tr("users.add.role"), role);
        form.add(UserService.PASSWORD, ui.tr("users.add.password"), password);
        form.add(UserService.REPEAT, ui.tr("users.add.repeat"), repeat);
        Button add = new Button(ui.tr("users.add.button"));
        add.setId("users-add");
        add.setOnAction(e -> add());
        message.setId("users-message");
        message.setWrapText(true);

        Label intro = new Label(ui.tr("users.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        Label addTitle = new Label(ui.tr("users.add.title"));
        addTitle.getStyleClass().add("title-4");
        VBox addBox = new VBox(8, addTitle, form.node(), add);
        addBox.setMaxWidth(520);
        HBox actions = new HBox(10, newPassword, toggle);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox list = new VBox(8, table, actions, message);
        javafx.scene.layout.HBox.setHgrow(list, javafx.scene.layout.Priority.ALWAYS);
        addBox.setMinWidth(380);
        root.getChildren().addAll(intro, new HBox(24, list, addBox));
        refresh();
    }

    public Node node() {
        return root;
    }

    private Optional<Account> selected() {
        Optional<Account> account = Optional.ofNullable(table.getSelectionModel().getSelectedItem());
        if (account.isEmpty()) {
            message.setText(ui.tr("users.selectFirst"));
        }
        return account;
    }

    private void refresh() {
        ui.tasks().submit(BackgroundTask.of(ui.tr("settings.loading"), p -> users.accounts(),
                table.getItems()::setAll, e -> message.setText(e.getMessage())));
    }

    private void add() {
        String u = username.getText(), n = name.getText();
        Role r = role.getValue();
        char[] pw = password.getText().toCharArray(), rep = repeat.getText().toCharArray();
        ui.tasks().submit(BackgroundTask.of(ui.tr("users.add.button"),
                p -> users.add(u, n, r, pw, rep, ui.user()),
                result -> {
                    List<?> rest = form.showErrors(result.errors(), ui.messages());
                    if (result instanceof Validated.Valid<User>(User user)) {
                        message.setText(ui.tr("users.added", user.username()));
                        username.clear();
                        name.clear();
                        password.clear();
                        repeat.clear();
                        refresh();
                    } else if (!rest.isEmpty()) {
                        message.setText(ui.messages().render(result.errors().getFirst().message()));
                    }
                }, e -> message.setText(e.getMessage())));
    }

    private void askNewPassword(Account account) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(ui.window());
        dialog.setTitle(ui.tr("users.password.title", account.user().username()));
        dialog.setHeaderText(ui.tr("users.password.title", account.user().displayName()));
        FormGrid grid = new FormGrid();
        PasswordField first = grid.add("new-" + UserService.PASSWORD, ui.tr("users.add.password"), new PasswordField());
        PasswordField second = grid.add("new-" + UserService.REPEAT, ui.tr("users.add.repeat"), new PasswordField());
        dialog.getDialogPane().setContent(grid.node());
        dialog.getDialogPane().setId("users-password-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, DialogButtons.cancel(ui.messages()));
        // Checked before the dialog closes, so a typo is shown next to the field instead of losing what was typed.
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Validated<User> result = users.setPassword(account.user().id(),
                    first.getText().toCharArray(), second.getText().toCharArray(), ui.user());
            if (!result.isValid()) {
                e.consume();
                grid.showErrors(result.errors().stream().map(err -> new no.smartmat.console.validation.FieldError(
                        err.location(), "new-" + err.field(), err.value(), err.message())).toList(), ui.messages());
            } else {
                message.setText(ui.tr("users.password.done", account.user().username()));
            }
        });
        dialog.showAndWait();
    }

    private void setActive(User user, boolean active) {
        ui.tasks().submit(BackgroundTask.of(ui.tr(active ? "users.activate" : "users.deactivate"),
                p -> users.setActive(user.id(), active, ui.user()),
                result -> {
                    message.setText(result.isValid() ? ui.tr(active ? "users.activated" : "users.deactivated", user.username())
                            : ui.messages().render(result.errors().getFirst().message()));
                    refresh();
                }, e -> message.setText(e.getMessage())));
    }
}
