package no.smartmat.console.haccp;

import static no.smartmat.console.db.jooq.Tables.HACCP_CHAIN;
import static no.smartmat.console.db.jooq.Tables.HACCP_PURGE_GAP;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.db.jooq.tables.records.HaccpChainRecord;
import no.smartmat.console.db.jooq.tables.records.HaccpPurgeGapRecord;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/** The hash chain's queries: its links, the gaps purges left in it, and every chained row for a verification. */
final class HaccpChainRepository {

    private final Transactions transactions;

    HaccpChainRepository(Transactions transactions) {
        this.transactions = transactions;
    }

    void insertLink(String entity, long entityId, String payload, String previous, String hash, Instant at) {
        transactions.dsl().insertInto(HACCP_CHAIN)
                .set(HACCP_CHAIN.ENTITY, entity)
                .set(HACCP_CHAIN.ENTITY_ID, entityId)
                .set(HACCP_CHAIN.PAYLOAD, payload)
                .set(HACCP_CHAIN.PREV_HASH, previous)
                .set(HACCP_CHAIN.HASH, hash)
                .set(HACCP_CHAIN.RECORDED_AT, at)
                .execute();
    }

    /** A link's id and hash. */
    record Tip(long id, String hash) {}

    Optional<Tip> newestLink() {
        return transactions.dsl().select(HACCP_CHAIN.ID, HACCP_CHAIN.HASH).from(HACCP_CHAIN).orderBy(HACCP_CHAIN.ID.desc())
                .limit(1).fetchOptional(r -> new Tip(r.value1(), r.value2()));
    }

    /** The last link a purge deleted, as its newest gap row keeps it. */
    Optional<Tip> newestPurgedLink() {
        return transactions.dsl().select(HACCP_PURGE_GAP.LAST_LINK_ID, HACCP_PURGE_GAP.LAST_HASH).from(HACCP_PURGE_GAP)
                .orderBy(HACCP_PURGE_GAP.LAST_LINK_ID.desc()).limit(1).fetchOptional(r -> new Tip(r.value1(), r.value2()));
    }

    List<HaccpChainRecord> links() {
        return transactions.dsl().selectFrom(HACCP_CHAIN).orderBy(HACCP_CHAIN.ID).fetch();
    }

    List<HaccpPurgeGapRecord> gaps() {
        return transactions.dsl().selectFrom(HACCP_PURGE_GAP).orderBy(HACCP_PURGE_GAP.FIRST_LINK_ID).fetch();
    }

    /** Every row of {@code table} by its id, as stored. */
    Map<Long, Record> rows(Table<?> table, TableField<?, Long> id) {
        Map<Long, Record> byId = new HashMap<>();
        for (Record r : transactions.dsl().selectFrom(table).fetch()) {
            byId.put(r.get(id), r);
        }
        return byId;
    }
}
