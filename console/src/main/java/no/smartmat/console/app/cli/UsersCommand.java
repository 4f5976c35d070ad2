package no.smartmat.console.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.users.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "users", mixinStandardHelpOptions = true,
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.AddUser.class})
final class UsersCommand {

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers extends HeadlessCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            for (User u : open().users().all()) {
                spec.commandLine().getOut().printf("%-16s %-28s %s%s%n", u.username(), u.displayName(),
                        u.role().name().toLowerCase(Locale.ROOT), u.active() ? "" : " " + messages().get("cli.users.inactive"));
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class AddUser extends HeadlessCommand implements Callable<Integer> {
        @Option(names = "--username", required = true, paramLabel = "USERNAME") String username;
        @Option(names = "--name", required = true, paramLabel = "NAME") String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE") Role role;

        @Override
        public Integer call() {
            AppContext app = open();
            char[] password = password();
            if (password.length < no.smartmat.console.users.AccountRules.MIN_PASSWORD) {
                err("cli.users.passwordTooShort");
                return 1;
            }
            User user = app.users().create(username, name, role, password, CurrentUser.headless());
            out("cli.users.added", user.username(), user.role());
            return 0;
        }

        private char[] password() {
            return PasswordInput.once(username, root().env(), messages());
        }
    }
}
