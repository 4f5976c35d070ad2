package no.smartmat.console.haccp;

import static no.smartmat.console.db.jooq.Tables.CORRECTIVE_ACTION;
import static no.smartmat.console.db.jooq.Tables.DEVIATION_EVENT;
import static no.smartmat.console.db.jooq.Tables.HACCP_PURGE;
import static no.smartmat.console.db.jooq.Tables.LIMIT_PROFILE;
import static no.smartmat.console.db.jooq.Tables.SIGN_OFF;
import static no.smartmat.console.db.jooq.Tables.TEMPERATURE_READING;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.db.IsoConverters;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.db.jooq.tables.records.HaccpChainRecord;
import no.smartmat.console.db.jooq.tables.records.HaccpPurgeGapRecord;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/**
 * A hash chain over every HACCP record, in the order written: each link holds the row's canonical text and
 * SHA-256(previous hash | table | id | text | time). Editing a row, a link, or removing either breaks the chain, and
 * {@link #verify} says where. Rows are appended in the same transaction as the link, so one never exists without the
 * other. Each sign-off stores the head hash at signing, so rewriting the whole chain after a sign-off shows too.
 */
public final class HaccpChain {

    public static final String GENESIS = "0".repeat(64);

    /** The tables the chain covers, by name, with their id column. */
    private static final Map<String, Chained> TABLES = Map.of(
            "temperature_reading", new Chained(TEMPERATURE_READING, TEMPERATURE_READING.ID),
            "deviation_event", new Chained(DEVIATION_EVENT, DEVIATION_EVENT.ID),
            "corrective_action", new Chained(CORRECTIVE_ACTION, CORRECTIVE_ACTION.ID),
            "sign_off", new Chained(SIGN_OFF, SIGN_OFF.ID),
            "limit_profile", new Chained(LIMIT_PROFILE, LIMIT_PROFILE.ID),
            "haccp_purge", new Chained(HACCP_PURGE, HACCP_PURGE.ID));

    private record Chained(Table<?> table, TableField<?, Long> id) {}

    private final HaccpChainRepository repo;
    private final Transactions transactions;
    private final Clock clock;

    /**
     * The head as the running transaction left it (the transaction's context identifies it): saves a query per row
     * on imports of thousands of readings.
     */
    private record Head(Object tx, String hash) {}

    private final java.util.concurrent.atomic.AtomicReference<Head> lastHead = new java.util.concurrent.atomic.AtomicReference<>();

    public HaccpChain(Transactions transactions, Clock clock) {
        this.repo = new HaccpChainRepository(transactions);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Links {@code row} (just inserted, as stored) into the chain, in the inserting transaction. */
    String append(Record row, Table<?> table) {
        String entity = table.getName();
        if (!TABLES.containsKey(entity)) {
            throw new IllegalArgumentException(entity + " is not a HACCP table");
        }
        if (!transactions.active()) {
            throw new IllegalStateException("a HACCP row is chained in the transaction that writes it");
        }
        Object tx = transactions.dsl();
        long id = row.get(TABLES.get(entity).id());
        String payload = canonical(row);
        Head cached = lastHead.get();
        String previous = cached != null && cached.tx() == tx ? cached.hash() : head();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = hash(previous, entity, id, payload, at);
        repo.insertLink(entity, id, payload, previous, hash, at);
        lastHead.set(new Head(tx, hash));
        return hash;
    }

    /** The newest link's hash; when a purge deleted the newest links, the last of them (kept in its gap row). */
    public String head() {
        Optional<HaccpChainRepository.Tip> link = repo.newestLink();
        Optional<HaccpChainRepository.Tip> gap = repo.newestPurgedLink();
        if (gap.isPresent() && (link.isEmpty() || gap.get().id() > link.get().id())) {
            return gap.get().hash();
        }
        return link.map(HaccpChainRepository.Tip::hash).orElse(GENESIS);
    }

    /** What is wrong, where. {@code chainEntry} is the link's id (0 when there is no link). */
    public record Problem(Kind kind, String entity, long entityId, long chainEntry) {
        public enum Kind {
            /** The link itself was edited: its hash does not match its content. */
            LINK_ALTERED,
            /** A link was removed or inserted: it does not point at the one before it. */
            LINK_BROKEN,
            /** The row was edited after it was written. */
            ROW_CHANGED,
            /** The row was deleted. */
            ROW_MISSING,
            /** A row with no link: written around the application. */
            ROW_UNCHAINED,
            /** A sign-off's recorded chain head is not in the chain any more. */
            ANCHOR_MISSING
        }
    }

    /**
     * {@code sincePurge}: the newest purge whose gap the walk crossed, so the remaining links were checked from that
     * purge's anchor on rather than from {@link #GENESIS}.
     */
    public record Verification(int links, String head, List<Problem> problems, Optional<Long> sincePurge) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /** Walks the whole chain and every HACCP row. Read-only (in the running transaction, if any). */
    public Verification verify() {
        Map<String, Map<Long, Record>> rows = new HashMap<>();
        TABLES.forEach((name, t) -> rows.put(name, repo.rows(t.table(), t.id())));
        List<Problem> problems = new ArrayList<>();
        Set<String> hashes = new HashSet<>(Set.of(GENESIS));
        Map<String, Map<Long, String>> anchors = new HashMap<>();
        List<HaccpPurgeGapRecord> gaps = repo.gaps();
        String previous = GENESIS;
        long previousId = 0;
        Optional<Long> sincePurge = Optional.empty();
        int links = 0;
        for (HaccpChainRecord link : repo.links()) {
            links++;
            // Links a purge deleted: cross their gaps (recorded by the purge) from the hash before to the hash after.
            Optional<HaccpPurgeGapRecord> gap;
            while (!link.getPrevHash().equals(previous)
                    && (gap = gapFrom(gaps, previous, previousId, link.getId())).isPresent()) {
                previous = gap.get().getLastHash();
                previousId = gap.get().getLastLinkId();
                hashes.add(previous);
                sincePurge = Optional.of(Math.max(sincePurge.orElse(0L), gap.get().getPurgeId()));
            }
            if (!link.getPrevHash().equals(previous)) {
                problems.add(new Problem(Problem.Kind.LINK_BROKEN, link.getEntity(), link.getEntityId(), link.getId()));
            }
            if (!hash(link.getPrevHash(), link.getEntity(), link.getEntityId(), link.getPayload(), link.getRecordedAt())
                    .equals(link.getHash())) {
                problems.add(new Problem(Problem.Kind.LINK_ALTERED, link.getEntity(), link.getEntityId(), link.getId()));
            }
            Record row = rows.getOrDefault(link.getEntity(), Map.of()).get(link.getEntityId());
            if (row == null) {
                problems.add(new Problem(Problem.Kind.ROW_MISSING, link.getEntity(), link.getEntityId(), link.getId()));
            } else {
                rows.get(link.getEntity()).remove(link.getEntityId());
                if (!canonical(row).equals(link.getPayload())) {
                    problems.add(new Problem(Problem.Kind.ROW_CHANGED, link.getEntity(), link.getEntityId(), link.getId()));
                }
                Optional<String> anchor = switch (link.getEntity()) {
                    case "sign_off" -> Optional.of(row.get(SIGN_OFF.CHAIN_HASH));
                    case "haccp_purge" -> Optional.of(row.get(HACCP_PURGE.CHAIN_HASH));
                    default -> Optional.empty();
                };
                anchor.filter(a -> !a.isEmpty() && !hashes.contains(a)).ifPresent(a -> anchors
                        .computeIfAbsent(link.getEntity(), e -> new HashMap<>()).put(link.getEntityId(), a));
            }
            hashes.add(link.getHash());
            previous = link.getHash();
            previousId = link.getId();
        }
        // The newest links may have been purged too: the head is then the last gap's last hash.
        Optional<HaccpPurgeGapRecord> tail;
        while ((tail = gapFrom(gaps, previous, previousId, Long.MAX_VALUE)).isPresent()) {
            previous = tail.get().getLastHash();
            previousId = tail.get().getLastLinkId();
            sincePurge = Optional.of(Math.max(sincePurge.orElse(0L), tail.get().getPurgeId()));
        }
        anchors.forEach((entity, byId) -> byId.keySet().stream().sorted()
                .forEach(id -> problems.add(new Problem(Problem.Kind.ANCHOR_MISSING, entity, id, 0))));
        rows.forEach((entity, left) -> left.keySet().stream().sorted()
                .forEach(id -> problems.add(new Problem(Problem.Kind.ROW_UNCHAINED, entity, id, 0))));
        return new Verification(links, previous, List.copyOf(problems), sincePurge);
    }

    /** The gap that starts right after {@code previous} (hash and link id) and ends before link {@code beforeId}. */
    private static Optional<HaccpPurgeGapRecord> gapFrom(List<HaccpPurgeGapRecord> gaps, String previous,
                                                         long previousId, long beforeId) {
        return gaps.stream().filter(g -> g.getPrevHash().equals(previous) && g.getFirstLinkId() > previousId
                && g.getLastLinkId() < beforeId).findFirst();
    }

    /** The row's values in column order, as stable text: what the link promises the row holds. */
    static String canonical(Record row) {
        StringBuilder b = new StringBuilder("{");
        Field<?>[] fields = row.fields();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(fields[i].getName()).append("\":").append(value(row.get(fields[i])));
        }
        return b.append('}').toString();
    }

    private static String value(Object v) {
        return switch (v) {
            case null -> "null";
            case Instant i -> quote(IsoConverters.formatInstant(i));
            case LocalDate d -> quote(d.toString());
            case LocalTime t -> quote(t.toString());
            case Double d -> Double.toString(d);
            case Number n -> n.toString();
            case Boolean bool -> bool.toString();
            case Enum<?> e -> quote(e.name());
            default -> quote(v.toString());
        };
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String hash(String previous, String entity, long id, String payload, Instant at) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String text = previous + "|" + entity + "|" + id + "|" + payload + "|" + IsoConverters.formatInstant(at);
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
