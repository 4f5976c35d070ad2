package no.smartmat.console.haccp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.db.Transactions;
import no.smartmat.console.haccp.RetentionRepository.Gap;
import no.smartmat.console.haccp.RetentionRepository.Link;
import no.smartmat.console.haccp.RetentionRepository.Ref;
import no.smartmat.console.haccp.RetentionRepository.Row;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Validated;

/**
 * The retention period of HACCP records, and the one way to delete records older than it: an explicit purge, one
 * transaction that records itself (who, when, cutoff, counts, the chain's head) before it deletes anything.
 *
 * <p>What goes: a record goes when what it records and when it was written both lie before the cutoff (a reading's
 * measuring, a deviation's start and end, a corrective action's performing, a sign-off's whole period and its
 * signing), and so does its chain link. Records that point at each other go together or not at all: a reading with its
 * corrections, a deviation with its later rows, its reading and its corrective actions. An open deviation stays.
 * Limit versions stay: the one in force is needed to judge the readings kept. The database's triggers (V41) enforce
 * the time rule themselves; this class adds the togetherness.
 */
public final class RetentionService {

    public static final String BEFORE = "before";

    private final Transactions transactions;
    private final RetentionRepository repo;
    private final HaccpRepository haccpRepo;
    private final HaccpChain chain;
    private final HaccpConfig config;
    private final Clock clock;

    public RetentionService(Transactions transactions, HaccpRepository haccpRepo, HaccpChain chain, HaccpConfig config,
                            Clock clock) {
        this.transactions = transactions;
        this.repo = new RetentionRepository(transactions, chain);
        this.haccpRepo = haccpRepo;
        this.chain = chain;
        this.config = config;
        this.clock = clock;
    }

    public record Counts(int readings, int deviations, int actions, int signOffs, int links) {
        public int records() {
            return readings + deviations + actions + signOffs;
        }
    }

    /**
     * What a purge before {@code cutoff} deletes: counts per table, the time span of the records, and how many records
     * older than the cutoff stay because they belong with newer or open ones.
     */
    public record Plan(LocalDate cutoff, int retentionYears, Counts counts, Optional<Instant> oldest,
                       Optional<Instant> newest, int olderKept) {}

    /** A purge as recorded. */
    public record Purge(long id, LocalDate cutoff, int retentionYears, Counts counts, String chainHash, String purgedBy,
                        Instant purgedAt) {}

    public int retentionYears() {
        return config.retentionYears();
    }

    /**
     * The latest cutoff the retention period allows: today less the retention. Counted from the earlier of the
     * kitchen's and UTC's date, so that SQLite (which counts in UTC) never refuses what this allowed.
     */
    public LocalDate latestCutoff() {
        LocalDate local = LocalDate.now(clock);
        LocalDate utc = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return (utc.isBefore(local) ? utc : local).minus(config.retention());
    }

    public Validated<Plan> plan(LocalDate cutoff) {
        Optional<FieldError> refused = refuse(cutoff);
        if (refused.isPresent()) {
            return Validated.invalid(List.of(refused.get()));
        }
        return Validated.valid(select(cutoff).plan());
    }

    /** Deletes what {@link #plan} shows, in one transaction; refused inside the retention period or on a broken chain. */
    public Validated<Purge> purge(LocalDate cutoff, CurrentUser by) {
        Optional<FieldError> refused = refuse(cutoff);
        if (refused.isPresent()) {
            return Validated.invalid(List.of(refused.get()));
        }
        return transactions.inTransaction(() -> {
            Selection s = select(cutoff);
            if (s.plan().counts().records() == 0) {
                return Validated.invalid(List.of(FieldError.of(BEFORE, cutoff.toString(), "haccp.retention.nothing",
                        HaccpTimes.DATE.format(cutoff))));
            }
            // A purge must not erase the evidence of tampering: it starts only from an intact chain.
            HaccpChain.Verification v = chain.verify();
            if (!v.intact()) {
                return Validated.invalid(List.of(FieldError.of(BEFORE, cutoff.toString(), "haccp.retention.chainBroken",
                        v.problems().size())));
            }
            Counts c = s.plan().counts();
            // The purge row is written (and chained) first, then the rows go: their links' gaps are bridged by it.
            Purge purge = repo.insertPurge(cutoff, cutoff.atStartOfDay(clock.getZone()).toInstant(),
                    config.retentionYears(), c, chain.head(), by, clock.instant(), s.gaps(), s.ids());
            haccpRepo.audit(by, "PURGE", "haccp", cutoff.toString(), "før " + cutoff + ", oppbevaring "
                    + config.retentionYears() + " år: " + c.readings() + " målinger, " + c.deviations() + " avviksrader, "
                    + c.actions() + " tiltak, " + c.signOffs() + " attestasjoner, " + c.links() + " kjedeledd");
            return Validated.valid(purge);
        });
    }

    public List<Purge> purges() {
        return repo.purges();
    }

    /** The newest purge: what a report or the screen mentions so that a gap in the records is not misread. */
    public Optional<Purge> latest() {
        List<Purge> all = purges();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
    }

    private Optional<FieldError> refuse(LocalDate cutoff) {
        LocalDate latest = latestCutoff();
        if (cutoff.isAfter(latest)) {
            return Optional.of(FieldError.of(BEFORE, cutoff.toString(), "haccp.retention.insideRetention",
                    HaccpTimes.DATE.format(cutoff), config.retentionYears(), HaccpTimes.DATE.format(latest)));
        }
        return Optional.empty();
    }

    private record Selection(Plan plan, Map<String, List<Long>> ids, List<Gap> gaps) {}

    private Selection select(LocalDate cutoff) {
        Instant cutoffAt = cutoff.atStartOfDay(clock.getZone()).toInstant();
        List<Row> rows = repo.rows();
        List<Link> links = repo.links();
        Map<Ref, Link> linkOf = new HashMap<>();
        links.forEach(l -> linkOf.put(new Ref(l.entity(), l.entityId()), l));
        Set<Ref> open = new HashSet<>();
        haccpRepo.deviations(Optional.empty(), Map.of()).stream().filter(Deviation::isOpen)
                .forEach(d -> open.add(new Ref("deviation_event", d.id())));

        // Rows that point at each other form one group; a group goes only when every row in it may go.
        Groups groups = new Groups();
        rows.forEach(r -> r.refs().forEach(ref -> groups.union(ref(r), ref)));
        open.forEach(groups::block);
        List<Row> old = new ArrayList<>();
        for (Row r : rows) {
            boolean before = r.times().stream().allMatch(t -> t.isBefore(cutoffAt))
                    && r.periodEnd().map(p -> p.isBefore(cutoff)).orElse(true);
            Optional<Link> link = Optional.ofNullable(linkOf.get(ref(r)));
            if (before && link.isPresent() && link.get().recordedAt().isBefore(cutoffAt)) {
                old.add(r);
            } else {
                groups.block(ref(r));
            }
        }
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        Set<Ref> purged = new HashSet<>();
        Instant oldest = null, newest = null;
        int olderKept = 0;
        for (Row r : old) {
            if (groups.blocked(ref(r))) {
                olderKept++;
                continue;
            }
            purged.add(ref(r));
            ids.computeIfAbsent(r.table(), t -> new ArrayList<>()).add(r.id());
            Instant at = r.times().getFirst();
            oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
            newest = newest == null || at.isAfter(newest) ? at : newest;
        }
        List<Gap> gaps = new ArrayList<>();
        List<Long> linkIds = new ArrayList<>();
        Link first = null, last = null;
        for (Link l : links) {
            if (purged.contains(new Ref(l.entity(), l.entityId()))) {
                linkIds.add(l.id());
                first = first == null ? l : first;
                last = l;
            } else if (first != null) {
                gaps.add(new Gap(first.id(), last.id(), first.prevHash(), last.hash()));
                first = null;
            }
        }
        if (first != null) {
            gaps.add(new Gap(first.id(), last.id(), first.prevHash(), last.hash()));
        }
        ids.put("haccp_chain", linkIds);
        Counts counts = new Counts(size(ids, "temperature_reading"), size(ids, "deviation_event"),
                size(ids, "corrective_action"), size(ids, "sign_off"), linkIds.size());
        Plan plan = new Plan(cutoff, config.retentionYears(), counts, Optional.ofNullable(oldest),
                Optional.ofNullable(newest), olderKept);
        return new Selection(plan, ids, gaps);
    }

    private static int size(Map<String, List<Long>> ids, String table) {
        return ids.getOrDefault(table, Collections.emptyList()).size();
    }

    private static Ref ref(Row r) {
        return new Ref(r.table(), r.id());
    }

    /** Union-find over the rows that point at each other, with a mark on groups that must stay. */
    private static final class Groups {
        private final Map<Ref, Ref> parent = new HashMap<>();
        private final Set<Ref> blockedRoots = new HashSet<>();

        Ref find(Ref r) {
            Ref p = parent.getOrDefault(r, r);
            if (p.equals(r)) {
                return r;
            }
            Ref root = find(p);
            parent.put(r, root);
            return root;
        }

        void union(Ref a, Ref b) {
            Ref ra = find(a), rb = find(b);
            if (!ra.equals(rb)) {
                boolean blocked = blockedRoots.remove(ra) | blockedRoots.remove(rb);
                parent.put(ra, rb);
                if (blocked) {
                    blockedRoots.add(rb);
                }
            }
        }

        void block(Ref r) {
            blockedRoots.add(find(r));
        }

        boolean blocked(Ref r) {
            return blockedRoots.contains(find(r));
        }
    }
}
