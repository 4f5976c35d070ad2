package no.smartmat.console.users;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;

/** What a user name and a password must be, wherever an account is made: first start, Settings, command line. */
public final class AccountRules {

    public static final int MIN_PASSWORD = 8;

    private AccountRules() {}

    public static Optional<String> username(String field, String text, List<FieldError> errors) {
        Optional<String> username = Fields.required(field, text, errors);
        if (username.isPresent() && !username.get().matches("[\\p{L}\\p{N}._-]{2,40}")) {
            errors.add(FieldError.of(field, text, "users.validation.username"));
            return Optional.empty();
        }
        return username;
    }

    public static boolean password(String field, String repeatField, char[] password, char[] repeat, List<FieldError> errors) {
        if (password.length < MIN_PASSWORD) {
            errors.add(FieldError.of(field, "", "users.validation.passwordShort", MIN_PASSWORD));
            return false;
        }
        if (!Arrays.equals(password, repeat)) {
            errors.add(FieldError.of(repeatField, "", "users.validation.passwordMismatch"));
            return false;
        }
        return true;
    }
}
