package no.smartmat.console.app.cli;

/** A headless command that cannot do what was asked: the message is the one line the user sees. */
public final class CliFailure extends RuntimeException {
    public CliFailure(String message) {
        super(message);
    }
}
