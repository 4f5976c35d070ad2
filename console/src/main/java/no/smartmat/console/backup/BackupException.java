package no.smartmat.console.backup;

import no.smartmat.console.i18n.UserMessage;

/** A backup or restore that could not be done, with a message that names the file and what to do. */
public final class BackupException extends RuntimeException {

    private final UserMessage userMessage;

    public BackupException(UserMessage userMessage, String logMessage, Throwable cause) {
        super(logMessage, cause);
        this.userMessage = userMessage;
    }

    public BackupException(UserMessage userMessage, String logMessage) {
        this(userMessage, logMessage, null);
    }

    public UserMessage userMessage() {
        return userMessage;
    }
}
