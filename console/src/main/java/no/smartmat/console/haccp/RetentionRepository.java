package no.smartmat.console.haccp;

import static no.smartmat.console.db.jooq.Tables.CORRECTIVE_ACTION;
import static no.smartmat.console.db.jooq.Tables.DEVIATION_EVENT;
import static no.smartmat.console.db.jooq.Tables.HACCP_CHAIN;
import static no.smartmat.console.db.jooq.Tables.HACCP_PURGE;
import static no.smartmat.console.db.jooq.Tables.HACCP_PURGE_GAP;
import static no.smartmat.console.db.jooq.Tables.SIGN_OFF;
import static no.smartmat.console.db.jooq.Tables.TEMPERATURE_READING;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.db.jooq.tables.records.HaccpPurgeRecord;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.access.CurrentUser;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;

/** The queries of a purge: every HACCP row's times and references, the chain's links, and the purge rows. */
final class RetentionRepository {

    private final Transactions transactions;
    private final HaccpChain chain;

    RetentionRepository(Transactions transactions, HaccpChain chain) {
        this.transactions = transactions;
        this.chain = chain;
    }

    private DSLContext dsl() {
        return transactions.dsl();
    }

    /** A HACCP row as a purge sees it: its table and id, the times it must be older than, what it points at. */
    record Row(String table, long id, List<Instant> times, Optional<LocalDate> periodEnd, List<Ref> refs) {}

    record Ref(String table, long id) {}

    /** A chain link without its payload. */
    record Link(long id, String entity, long entityId, String prevHash, String hash, Instant recordedAt) {}

    record Gap(long firstLinkId, long lastLinkId, String prevHash, String lastHash) {}

    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        dsl().select(TEMPERATURE_READING.ID, TEMPERATURE_READING.MEASURED_AT, TEMPERATURE_READING.RECORDED_AT,
                        TEMPERATURE_READING.CORRECTS_ID).from(TEMPERATURE_READING)
                .forEach(r -> rows.add(new Row("temperature_reading", r.value1(), List.of(r.value2(), r.value3()),
                        Optional.empty(), refs(new Ref("temperature_reading", orZero(r.value4()))))));
        dsl().select(DEVIATION_EVENT.ID, DEVIATION_EVENT.STARTED_AT, DEVIATION_EVENT.ENDED_AT, DEVIATION_EVENT.RECORDED_AT,
                        DEVIATION_EVENT.READING_ID, DEVIATION_EVENT.SUPERSEDES_ID).from(DEVIATION_EVENT)
                .forEach(r -> rows.add(new Row("deviation_event", r.value1(),
                        r.value3() == null ? List.of(r.value2(), r.value4()) : List.of(r.value2(), r.value3(), r.value4()),
                        Optional.empty(), refs(new Ref("temperature_reading", orZero(r.value5())),
                        new Ref("deviation_event", orZero(r.value6()))))));
        dsl().select(CORRECTIVE_ACTION.ID, CORRECTIVE_ACTION.PERFORMED_AT, CORRECTIVE_ACTION.RECORDED_AT,
                        CORRECTIVE_ACTION.DEVIATION_ID, CORRECTIVE_ACTION.CORRECTS_ID).from(CORRECTIVE_ACTION)
                .forEach(r -> rows.add(new Row("corrective_action", r.value1(), List.of(r.value2(), r.value3()),
                        Optional.empty(), refs(new Ref("deviation_event", r.value4()),
                        new Ref("corrective_action", orZero(r.value5()))))));
        dsl().select(SIGN_OFF.ID, SIGN_OFF.SIGNED_AT, SIGN_OFF.PERIOD_TO).from(SIGN_OFF)
                .forEach(r -> rows.add(new Row("sign_off", r.value1(), List.of(r.value2()), Optional.of(r.value3()),
                        List.of())));
        return rows;
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    private static List<Ref> refs(Ref... refs) {
        return java.util.Arrays.stream(refs).filter(r -> r.id() != 0).toList();
    }

    List<Link> links() {
        return dsl().select(HACCP_CHAIN.ID, HACCP_CHAIN.ENTITY, HACCP_CHAIN.ENTITY_ID, HACCP_CHAIN.PREV_HASH,
                        HACCP_CHAIN.HASH, HACCP_CHAIN.RECORDED_AT).from(HACCP_CHAIN).orderBy(HACCP_CHAIN.ID)
                .fetch(r -> new Link(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /**
     * Records a purge (chained like every HACCP row), the gaps it leaves in the chain, and deletes the rows it selected,
     * in the running transaction.
     */
    RetentionService.Purge insertPurge(LocalDate cutoff, Instant cutoffAt, int retentionYears, RetentionService.Counts c,
                                       String chainHead, CurrentUser by, Instant at, List<Gap> gaps,
                                       java.util.Map<String, List<Long>> ids) {
        HaccpPurgeRecord purge = dsl().insertInto(HACCP_PURGE).set(new HaccpPurgeRecord()
                .setCutoffDate(cutoff)
                .setCutoffAt(cutoffAt)
                .setRetentionYears(retentionYears)
                .setReadingCount(c.readings()).setDeviationCount(c.deviations()).setActionCount(c.actions())
                .setSignOffCount(c.signOffs()).setLinkCount(c.links())
                .setChainHash(chainHead)
                .setPurgedBy(by.idOrNull())
                .setPurgedByName(by.displayName())
                .setPurgedAt(at)).returning().fetchSingle();
        insertGaps(purge.getId(), gaps);
        for (String table : List.of("corrective_action", "deviation_event", "temperature_reading", "sign_off",
                "haccp_chain")) {
            delete(table, ids.getOrDefault(table, List.of()));
        }
        chain.append(purge, HACCP_PURGE);
        return toPurge(purge);
    }

    private void insertGaps(long purgeId, List<Gap> gaps) {
        for (Gap g : gaps) {
            dsl().insertInto(HACCP_PURGE_GAP)
                    .set(HACCP_PURGE_GAP.PURGE_ID, purgeId)
                    .set(HACCP_PURGE_GAP.FIRST_LINK_ID, g.firstLinkId())
                    .set(HACCP_PURGE_GAP.LAST_LINK_ID, g.lastLinkId())
                    .set(HACCP_PURGE_GAP.PREV_HASH, g.prevHash())
                    .set(HACCP_PURGE_GAP.LAST_HASH, g.lastHash())
                    .execute();
        }
    }

    /**
     * Deletes the rows, newest id first and in chunks: a row that points at another of the same table (a correction,
     * a later deviation row) always has the higher id, so no chunk leaves a dangling reference behind.
     */
    private void delete(String table, Collection<Long> ids) {
        TableField<?, Long> id = switch (table) {
            case "temperature_reading" -> TEMPERATURE_READING.ID;
            case "deviation_event" -> DEVIATION_EVENT.ID;
            case "corrective_action" -> CORRECTIVE_ACTION.ID;
            case "sign_off" -> SIGN_OFF.ID;
            case "haccp_chain" -> HACCP_CHAIN.ID;
            default -> throw new IllegalArgumentException(table + " is not purged");
        };
        Table<?> t = id.getTable();
        List<Long> sorted = ids.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        for (int i = 0; i < sorted.size(); i += 500) {
            dsl().deleteFrom(t).where(id.in(sorted.subList(i, Math.min(sorted.size(), i + 500)))).execute();
        }
    }

    List<RetentionService.Purge> purges() {
        return dsl().selectFrom(HACCP_PURGE).orderBy(HACCP_PURGE.ID).fetch(RetentionRepository::toPurge);
    }

    private static RetentionService.Purge toPurge(HaccpPurgeRecord r) {
        return new RetentionService.Purge(r.getId(), r.getCutoffDate(), r.getRetentionYears(), new RetentionService.Counts(
                r.getReadingCount(), r.getDeviationCount(), r.getActionCount(), r.getSignOffCount(), r.getLinkCount()),
                r.getChainHash(), r.getPurgedByName(), r.getPurgedAt());
    }
}
