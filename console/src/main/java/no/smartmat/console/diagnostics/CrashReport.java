package no.smartmat.console.diagnostics;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.smartmat.console.i18n.Messages;

/**
 * An error nobody expected, as the person at the console sees it (one friendly sentence) and as whoever helps
 * them needs it (versions, time, thread and the whole stack trace, ready to paste into an e-mail).
 */
public record CrashReport(Instant at, String thread, Throwable error, VersionInfo version) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What went wrong in the words of the innermost cause, which is usually the one that means something. */
    public String summary() {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    public String details(Messages m, ZoneId zone) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return version.text(m) + System.lineSeparator()
                + m.get("diagnostics.crash.time", TIME.format(at.atZone(zone))) + System.lineSeparator()
                + m.get("diagnostics.crash.thread", thread) + System.lineSeparator()
                + System.lineSeparator() + trace;
    }
}
