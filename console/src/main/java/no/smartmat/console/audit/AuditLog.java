package no.smartmat.console.audit;

import static no.smartmat.console.db.jooq.Tables.AUDIT_LOG;

import java.time.Clock;
import java.util.List;
import no.smartmat.console.access.CurrentUser;
import org.jooq.DSLContext;

/**
 * Who changed what, when. Written inside the same transaction as the change it describes, so a change
 * without its audit entry cannot be stored. The table refuses updates and deletes (a trigger).
 */
public final class AuditLog {

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void record(DSLContext tx, CurrentUser who, String action, String entity, String entityId, String details) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, clock.instant())
                .set(AUDIT_LOG.USER_ID, who.idOrNull())
                .set(AUDIT_LOG.USERNAME, who.username())
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.DETAILS, details)
                .execute();
    }

    public List<AuditEntry> forEntity(DSLContext ctx, String entity, String entityId) {
        return ctx.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_LOG.ID)
                .fetch(r -> new AuditEntry(r.getOccurredAt(), r.getUsername(), r.getAction(), r.getEntity(),
                        r.getEntityId(), r.getDetails()));
    }

    public List<AuditEntry> latest(DSLContext ctx, int limit) {
        return ctx.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(r -> new AuditEntry(r.getOccurredAt(), r.getUsername(), r.getAction(), r.getEntity(),
                        r.getEntityId(), r.getDetails()));
    }
}
