package no.smartmat.console.app.cli;

import java.io.Console;
import java.util.Locale;
import java.util.concurrent.Callable;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.users.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "users", mixinStandardHelpOptions = true, description = "List or add the people who log in.",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.AddUser.class})
final class UsersCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and their roles.")
    static final class ListUsers extends HeadlessCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            for (User u : open().users().all()) {
                spec.commandLine().getOut().printf("%-16s %-28s %s%s%n", u.username(), u.displayName(),
                        u.role().name().toLowerCase(Locale.ROOT), u.active() ? "" : " (inaktiv)");
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user. The password is asked for, or read from the SMARTMAT_NEW_PASSWORD environment variable.")
    static final class AddUser extends HeadlessCommand implements Callable<Integer> {
        @Option(names = "--username", required = true) String username;
        @Option(names = "--name", required = true, description = "Full name, as shown in the audit log.") String name;
        @Option(names = "--role", required = true, description = "One of: ${COMPLETION-CANDIDATES}") Role role;

        @Override
        public Integer call() {
            char[] password = password();
            if (password.length < no.smartmat.console.users.AccountRules.MIN_PASSWORD) {
                err("cli.users.passwordTooShort");
                return 1;
            }
            AppContext app = open();
            User user = app.users().create(username, name, role, password, CurrentUser.headless());
            out("cli.users.added", user.username(), user.role());
            return 0;
        }

        private char[] password() {
            String env = System.getenv("SMARTMAT_NEW_PASSWORD");
            if (env != null) {
                return env.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new CliFailure(messages().get("cli.users.noPassword"));
            }
            return console.readPassword(messages().get("cli.users.passwordPrompt", username));
        }
    }
}
