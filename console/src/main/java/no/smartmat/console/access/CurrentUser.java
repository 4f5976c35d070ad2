package no.smartmat.console.access;

import java.util.Optional;

/**
 * Who is working: every change and audit entry names them. Headless commands act as
 * {@link #headless(String)}, recorded under the operating-system login that ran them.
 */
public record CurrentUser(Optional<Long> id, String username, String displayName, Role role) {

    public static CurrentUser headless(String osLogin) {
        return new CurrentUser(Optional.empty(), "cli:" + osLogin, "Kommandolinje (" + osLogin + ")", Role.COORDINATOR);
    }

    public static CurrentUser headless() {
        return headless(System.getProperty("user.name", "unknown"));
    }

    /** The id for created_by/recorded_by columns; NULL for headless work (the audit log keeps the name). */
    public Long idOrNull() {
        return id.orElse(null);
    }
}
