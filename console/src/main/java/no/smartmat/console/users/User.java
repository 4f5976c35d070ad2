package no.smartmat.console.users;

import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;

public record User(long id, String username, String displayName, Role role, boolean active) {

    public CurrentUser asCurrent() {
        return new CurrentUser(java.util.Optional.of(id), username, displayName, role);
    }
}
