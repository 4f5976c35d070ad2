package no.smartmat.console.app.cli;

import java.io.Console;
import java.util.Map;
import no.smartmat.console.i18n.Messages;

/**
 * A new password on the command line: from {@value #ENV} (scripts), else asked for at the terminal without echo.
 * Never an option: a password on the command line would stay in the shell's history and the process list.
 */
final class PasswordInput {

    static final String ENV = "SMARTMAT_NEW_PASSWORD";

    private PasswordInput() {}

    static char[] once(String username, Map<String, String> environment, Messages m) {
        String env = environment.get(ENV);
        if (env != null) {
            return env.toCharArray();
        }
        return terminal(m).readPassword("%s", m.get("cli.users.passwordPrompt", username));
    }

    /** The password and its repetition; from the environment both are the same. */
    static char[][] twice(String username, Map<String, String> environment, Messages m) {
        String env = environment.get(ENV);
        if (env != null) {
            return new char[][] {env.toCharArray(), env.toCharArray()};
        }
        Console console = terminal(m);
        char[] first = console.readPassword("%s", m.get("cli.users.passwordPrompt", username));
        char[] repeat = console.readPassword("%s", m.get("cli.users.passwordRepeat"));
        return new char[][] {first == null ? new char[0] : first, repeat == null ? new char[0] : repeat};
    }

    private static Console terminal(Messages m) {
        Console console = System.console();
        if (console == null) {
            throw new CliFailure(m.get("cli.users.noPassword"));
        }
        return console;
    }
}
