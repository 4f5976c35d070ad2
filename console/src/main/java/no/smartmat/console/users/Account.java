package no.smartmat.console.users;

import java.time.Instant;
import java.util.Optional;

/** A user as the administrator sees it: who, which role, whether active, and when last seen. */
public record Account(User user, Instant createdAt, Optional<Instant> lastLogin) {}
