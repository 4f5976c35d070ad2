package no.smartmat.console.db;

import no.smartmat.console.i18n.UserMessage;

/** A database that cannot be used, with a message a kitchen coordinator can act on. */
public final class DatabaseException extends RuntimeException {

    private final UserMessage userMessage;

    public DatabaseException(UserMessage userMessage, String logMessage, Throwable cause) {
        super(logMessage, cause);
        this.userMessage = userMessage;
    }

    public DatabaseException(UserMessage userMessage, String logMessage) {
        this(userMessage, logMessage, null);
    }

    public UserMessage userMessage() {
        return userMessage;
    }
}
