package no.smartmat.console.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Zone;

/**
 * Everything the coordinator needs to decide on one batch before anything is written: the batch as read,
 * whether this exact content was imported before ({@code sameFile}), the batch's previous revision and its
 * active orders, each client's match, the day's stops, and every problem. {@link #evaluate} applies the
 * coordinator's {@link Resolutions} without touching the database, so the preview updates as they decide.
 */
public record BatchPreview(AssembledBatch batch, Optional<ImportedBatch> sameFile, Optional<ImportedBatch> previous,
                           Map<String, ClientMatch> matches, Map<String, StoredOrder> existing,
                           Map<Long, StopState> stops, List<ImportProblem> problems) {

    public enum Status {
        /** The file could not be read as a batch: nothing can be imported from it. */
        REJECTED,
        /** This exact content was imported before: importing again changes nothing. */
        ALREADY_IMPORTED,
        /** A batch not seen before. */
        NEW,
        /** A corrected re-send of a batch already imported. */
        REVISION
    }

    public BatchPreview {
        matches = Map.copyOf(matches);
        existing = Map.copyOf(existing);
        stops = Map.copyOf(stops);
        problems = List.copyOf(problems);
    }

    public Status status() {
        if (batch.isFatal()) {
            return Status.REJECTED;
        }
        if (sameFile.isPresent()) {
            return Status.ALREADY_IMPORTED;
        }
        return previous.isPresent() ? Status.REVISION : Status.NEW;
    }

    public ClientMatch matchOf(ParsedOrder order) {
        return matches.getOrDefault(order.client().key(), new ClientMatch.Candidates(List.of()));
    }

    /** The preview with {@code resolutions} applied, against the database state read with the preview. */
    public Evaluation evaluate(Resolutions resolutions) {
        return evaluate(resolutions, existing, stops);
    }

    /** The result of applying the coordinator's decisions: table rows, open problems, and what will be written. */
    public record Evaluation(List<OrderRow> rows, List<ImportProblem> open, List<EffectiveOrder> toWrite,
                             List<OrderChange> changes, ChangeSummary summary, Capacity packages, boolean canCommit) {

        /** Stored orders to mark replaced: the old versions of changed orders, and withdrawn orders. */
        public List<String> replacedReferences() {
            return changes.stream().filter(c -> c.kind() == OrderChange.Kind.CHANGED || c.kind() == OrderChange.Kind.WITHDRAWN)
                    .map(OrderChange::reference).toList();
        }
    }

    Evaluation evaluate(Resolutions r, Map<String, StoredOrder> stored, Map<Long, StopState> dayStops) {
        LocalDate day = batch.day().orElse(LocalDate.MIN);
        Map<String, String> orderOfTarget = new HashMap<>();
        for (ParsedOrder o : batch.orders()) {
            orderOfTarget.put(o.key(), o.key());
            o.packages().forEach(p -> orderOfTarget.put(p.key(), o.key()));
            o.lines().forEach(l -> orderOfTarget.put(l.key(), o.key()));
            o.rejectedParts().forEach(k -> orderOfTarget.put(k, o.key()));
        }
        Map<String, ParsedOrder> orderByKey = new HashMap<>();
        batch.orders().forEach(o -> orderByKey.put(o.key(), o));

        List<ImportProblem> open = new ArrayList<>();
        Map<String, Integer> openByOrder = new HashMap<>();
        for (ImportProblem p : problems) {
            if (!p.blocks() || resolved(p, r, orderOfTarget, orderByKey)) {
                continue;
            }
            open.add(p);
            String order = orderOfTarget.get(p.target());
            if (order != null) {
                openByOrder.merge(order, 1, Integer::sum);
            }
        }

        Set<Long> plannedStops = new HashSet<>();
        dayStops.values().stream().filter(StopState::planned).forEach(s -> plannedStops.add(s.id()));
        Map<String, Integer> ordersPerClient = new HashMap<>();
        for (ParsedOrder o : batch.orders()) {
            if (!r.isExcluded(o.key())) {
                ordersPerClient.merge(clientKeyFor(o, matchOf(o), r), 1, Integer::sum);
            }
        }

        List<OrderRow> rows = new ArrayList<>();
        List<EffectiveOrder> toWrite = new ArrayList<>();
        List<OrderChange> changes = new ArrayList<>();
        int[] totals = new int[3];
        Set<String> referencesInFile = new HashSet<>();
        for (ParsedOrder o : batch.orders()) {
            referencesInFile.add(o.reference());
            ClientMatch match = matchOf(o);
            String clientKey = clientKeyFor(o, match, r);
            Optional<ClientChoice> client = match instanceof ClientMatch.ByNumber(var c)
                    ? Optional.of(new ClientChoice.Existing(c)) : r.client(o.client().key());
            List<OrderContent.Package> packages = new ArrayList<>();
            int withoutZone = effectivePackages(o, r, packages);
            List<OrderContent.Line> lines = effectiveLines(o, r);
            Capacity zones = zonesOf(packages);
            Optional<StopState> stop = client.flatMap(c -> c instanceof ClientChoice.Existing(var ec)
                    ? Optional.ofNullable(dayStops.get(ec.id())) : Optional.empty());
            int ordersOnStop = stop.map(StopState::activeOrders).orElse(0);
            boolean stopPlanned = stop.map(StopState::planned).orElse(false);
            int openHere = openByOrder.getOrDefault(o.key(), 0);
            StoredOrder before = stored.get(o.reference());
            OrderChange.Kind kind;
            if (r.isExcluded(o.key()) || (openHere == 0 && client.isPresent() && packages.isEmpty() && withoutZone == 0)) {
                kind = OrderChange.Kind.EXCLUDED;
            } else if (openHere > 0 || client.isEmpty() || withoutZone > 0) {
                kind = OrderChange.Kind.UNRESOLVED;
            } else {
                EffectiveOrder effective = new EffectiveOrder(o, client.get(), packages, lines);
                if (before == null) {
                    kind = OrderChange.Kind.NEW;
                } else if (before.content().equals(effective.content(day))) {
                    kind = OrderChange.Kind.UNCHANGED;
                } else if (plannedStops.contains(before.stopId())) {
                    kind = OrderChange.Kind.KEPT_PLANNED;
                } else {
                    kind = OrderChange.Kind.CHANGED;
                }
                if (kind == OrderChange.Kind.NEW || kind == OrderChange.Kind.CHANGED) {
                    toWrite.add(effective);
                }
                totals[0] += zones.chilled();
                totals[1] += zones.frozen();
                totals[2] += zones.ambient();
            }
            OrderContent beforeContent = before == null ? null : before.content();
            changes.add(new OrderChange(kind, o.reference(), client.map(ClientChoice::clientNumber).orElse(o.client().clientNumber()),
                    client.map(ClientChoice::name).orElse(o.client().name()),
                    beforeContent == null ? Capacity.NONE : beforeContent.zones(), zones,
                    beforeContent == null ? 0 : beforeContent.lineCount(), lines.size()));
            rows.add(new OrderRow(o, match, client, zones, withoutZone, lines.size(), kind, ordersOnStop,
                    ordersPerClient.getOrDefault(clientKey, 1) - 1, stopPlanned, openHere));
        }
        if (batch.format().map(BatchFormat::fileIsWholeBatch).orElse(false)) {
            for (StoredOrder s : stored.values()) {
                if (!referencesInFile.contains(s.reference())) {
                    OrderContent c = s.content();
                    changes.add(new OrderChange(plannedStops.contains(s.stopId()) ? OrderChange.Kind.KEPT_PLANNED
                            : OrderChange.Kind.WITHDRAWN, s.reference(), s.clientNumber(), "", c.zones(), Capacity.NONE,
                            c.lineCount(), 0));
                }
            }
        }
        Map<OrderChange.Kind, Integer> counts = new EnumMap<>(OrderChange.Kind.class);
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        ChangeSummary summary = new ChangeSummary(counts.getOrDefault(OrderChange.Kind.NEW, 0),
                counts.getOrDefault(OrderChange.Kind.CHANGED, 0), counts.getOrDefault(OrderChange.Kind.WITHDRAWN, 0),
                counts.getOrDefault(OrderChange.Kind.UNCHANGED, 0), counts.getOrDefault(OrderChange.Kind.KEPT_PLANNED, 0));
        boolean canCommit = status() != Status.REJECTED && status() != Status.ALREADY_IMPORTED && open.isEmpty();
        return new Evaluation(rows, open, toWrite, changes, summary, new Capacity(totals[0], totals[1], totals[2]), canCommit);
    }

    /** Orders to the same client share one stop; before the client is known, the file's client key stands in. */
    private String clientKeyFor(ParsedOrder o, ClientMatch match, Resolutions r) {
        if (match instanceof ClientMatch.ByNumber(var c)) {
            return "#" + c.clientNumber();
        }
        return r.client(o.client().key()).map(c -> "#" + c.clientNumber()).orElse(o.client().key());
    }

    private boolean resolved(ImportProblem p, Resolutions r, Map<String, String> orderOfTarget,
                             Map<String, ParsedOrder> orderByKey) {
        if (p.severity() == ImportProblem.Severity.FATAL) {
            return false;
        }
        if (r.isExcluded(p.target())) {
            return true;
        }
        String order = orderOfTarget.get(p.target());
        if (order != null && r.isExcluded(order)) {
            return true;
        }
        return switch (p.fix()) {
            case CHOOSE_ZONE -> r.zones().containsKey(p.target());
            case MATCH_CLIENT -> order != null && r.client(orderByKey.get(order).client().key()).isPresent();
            case NONE -> false;
        };
    }

    /** Packages left in, with their zone (as chosen, or as read); returns how many still have no zone. */
    private int effectivePackages(ParsedOrder o, Resolutions r, List<OrderContent.Package> out) {
        int withoutZone = 0;
        if (o.packagesFromLineZones()) {
            Map<Zone, Boolean> zones = new LinkedHashMap<>();
            for (ParsedLine l : o.lines()) {
                if (r.isExcluded(l.key())) {
                    continue;
                }
                Optional<Zone> z = Optional.ofNullable(r.zones().get(l.key())).or(l::zone);
                if (z.isPresent()) {
                    zones.put(z.get(), true);
                } else {
                    withoutZone++;
                }
            }
            zones.keySet().forEach(z -> out.add(new OrderContent.Package(Optional.empty(), z, 1, "")));
            return withoutZone;
        }
        for (ParsedPackage p : o.packages()) {
            if (r.isExcluded(p.key())) {
                continue;
            }
            Optional<Zone> z = Optional.ofNullable(r.zones().get(p.key())).or(p::zone);
            if (z.isEmpty()) {
                withoutZone++;
                continue;
            }
            out.add(new OrderContent.Package(p.code(), z.get(), p.count(), p.description()));
        }
        return withoutZone;
    }

    private static List<OrderContent.Line> effectiveLines(ParsedOrder o, Resolutions r) {
        List<OrderContent.Line> lines = new ArrayList<>();
        for (ParsedLine l : o.lines()) {
            if (!r.isExcluded(l.key())) {
                lines.add(new OrderContent.Line(l.gtin(), l.name(), l.quantity(), l.unit(), l.outstanding(),
                        l.outstandingReason()));
            }
        }
        return lines;
    }

    private static Capacity zonesOf(List<OrderContent.Package> packages) {
        int[] z = new int[3];
        packages.forEach(p -> z[p.zone().ordinal()] += p.count());
        return new Capacity(z[Zone.CHILLED.ordinal()], z[Zone.FROZEN.ordinal()], z[Zone.AMBIENT.ordinal()]);
    }
}
