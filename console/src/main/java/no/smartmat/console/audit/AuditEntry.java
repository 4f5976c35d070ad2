package no.smartmat.console.audit;

import java.time.Instant;

public record AuditEntry(Instant occurredAt, String username, String action, String entity, String entityId,
                         String details) {}
