package no.smartmat.console.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.delivery.ChangeResolution;
import no.smartmat.console.delivery.StopChangeKind;
import no.smartmat.console.delivery.StopStatus;
import no.smartmat.console.planning.PublishedChangeRepository.PublishedPlan;
import no.smartmat.console.planning.PublishedChangeRepository.Recorded;
import no.smartmat.console.planning.PublishedChangeRepository.SolvedStop;
import no.smartmat.console.planning.PublishedChangeRepository.StopNow;
import no.smartmat.planner.scenario.Capacity;
import org.jooq.DSLContext;

/**
 * The one rule for "endret etter publisering". A published plan is what drivers hold on paper, so it is never
 * changed; what happens to its day afterwards is compared with the plan as it was solved (each stop's window and
 * packages, which stops it has) and every new difference is recorded against that version, by whoever made it.
 * Every service that changes stops, windows, orders, pauses or clients calls {@link #reconcile} in its own
 * transaction and hands the result back to its caller, so the window and the command line both say so where the
 * change is made. A change stays open until a newer version is published ({@link #replanned}) or the coordinator
 * accepts the published plan as it is ({@link #accept}); a difference that goes away again is closed as reverted.
 */
public final class ChangesAfterPublishing {

    private final PublishedChangeRepository repo;
    private final Clock clock;

    public ChangesAfterPublishing(PublishedChangeRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    /** Every published day from today on, compared with its stops as they are now; returns what was newly recorded. */
    public List<PublishedChange> reconcile(DSLContext tx, CurrentUser by) {
        List<Long> added = new ArrayList<>();
        for (PublishedPlan plan : repo.publishedFrom(tx, LocalDate.now(clock))) {
            added.addAll(reconcile(tx, plan, by));
        }
        return repo.byIds(tx, added);
    }

    /** One day, compared with its published plan (if it has one and the day is not past). */
    public List<PublishedChange> reconcile(DSLContext tx, LocalDate date, CurrentUser by) {
        if (date.isBefore(LocalDate.now(clock))) {
            return List.of();
        }
        return repo.published(tx, date).map(plan -> repo.byIds(tx, reconcile(tx, plan, by))).orElse(List.of());
    }

    private List<Long> reconcile(DSLContext tx, PublishedPlan plan, CurrentUser by) {
        return reconcile(tx, plan, by, Set.of());
    }

    /** {@code knownAtPublishing}: kinds recorded as accepted at once, as whoever published saw them on the day. */
    private List<Long> reconcile(DSLContext tx, PublishedPlan plan, CurrentUser by, Set<StopChangeKind> knownAtPublishing) {
        Map<Key, Difference> now = differences(tx, plan);
        List<Recorded> recorded = repo.recorded(tx, plan.id());
        List<Long> gone = new ArrayList<>();
        List<Recorded> known = new ArrayList<>();
        for (Recorded r : recorded) {
            Difference d = now.get(new Key(r.stopId(), r.kind()));
            boolean open = r.resolution().isEmpty();
            if (open && r.kind().isComparedWithPlan() && (d == null || !d.after().equals(r.after()))) {
                gone.add(r.id());
            } else if (open || r.resolution().get() == ChangeResolution.ACCEPTED) {
                known.add(r);
            }
        }
        repo.resolve(tx, gone, ChangeResolution.REVERTED, by, clock.instant());
        List<Long> added = new ArrayList<>();
        List<Long> acceptedAtOnce = new ArrayList<>();
        now.forEach((key, d) -> {
            boolean isKnown = known.stream().anyMatch(r -> r.stopId() == key.stopId() && r.kind() == key.kind()
                    && r.after().equals(d.after()));
            if (!isKnown) {
                long id = repo.insert(tx, plan.id(), key.stopId(), key.kind(), d.before(), d.after(), by, clock.instant());
                (knownAtPublishing.contains(key.kind()) ? acceptedAtOnce : added).add(id);
            }
        });
        repo.resolve(tx, acceptedAtOnce, ChangeResolution.ACCEPTED, by, clock.instant());
        return added;
    }

    private record Key(long stopId, StopChangeKind kind) {}

    private record Difference(String before, String after) {}

    /** What differs between the published plan and its day as it is now, stop by stop. */
    private Map<Key, Difference> differences(DSLContext ctx, PublishedPlan plan) {
        List<SolvedStop> solved = repo.solvedStops(ctx, plan.id());
        Set<Long> unassigned = repo.unassigned(ctx, plan.id());
        Map<Long, StopNow> stops = repo.stopsOn(ctx, plan.date());
        Map<Long, Capacity> packages = repo.packagesOn(ctx, plan.date());
        Map<Long, String> pauses = repo.pausesOn(ctx, plan.date());
        Map<Key, Difference> differences = new LinkedHashMap<>();
        Map<Long, SolvedStop> onRoutes = new HashMap<>();
        for (SolvedStop s : solved) {
            onRoutes.put(s.stopId(), s);
            StopNow stop = stops.get(s.stopId());
            if (stop.status() == StopStatus.CANCELLED) {
                differences.put(new Key(s.stopId(), StopChangeKind.CANCELLED), new Difference("", ""));
                continue;
            }
            String planned = window(s.windowStart(), s.windowEnd());
            String current = window(stop.windowStart(), stop.windowEnd());
            if (!planned.equals(current)) {
                differences.put(new Key(s.stopId(), StopChangeKind.WINDOW), new Difference(planned, current));
            }
            Capacity has = packages.getOrDefault(s.stopId(), Capacity.ZERO);
            if (!has.equals(s.packages())) {
                differences.put(new Key(s.stopId(), StopChangeKind.PACKAGES),
                        new Difference(PublishedChange.packagesText(s.packages()), PublishedChange.packagesText(has)));
            }
            Optional.ofNullable(pauses.get(stop.clientId())).ifPresent(p ->
                    differences.put(new Key(s.stopId(), StopChangeKind.PAUSED), new Difference("", p)));
            if (!stop.clientActiveOn(plan.date())) {
                differences.put(new Key(s.stopId(), StopChangeKind.CLIENT_INACTIVE), new Difference("",
                        stop.activeTo().map(LocalDate::toString).orElse("")));
            }
        }
        stops.values().stream()
                .filter(s -> s.status().isToDeliver() && !onRoutes.containsKey(s.stopId()) && !unassigned.contains(s.stopId()))
                .sorted(java.util.Comparator.comparingLong(StopNow::stopId))
                .forEach(s -> differences.put(new Key(s.stopId(), StopChangeKind.ADDED),
                        new Difference("", window(s.windowStart(), s.windowEnd()))));
        return differences;
    }

    /**
     * A client's new address (or position) on every published day from today on that has them: the route was
     * solved to the old place. {@code before} and {@code after} as a person reads an address.
     */
    public List<PublishedChange> addressChanged(DSLContext tx, long clientId, String before, String after, CurrentUser by) {
        List<Long> added = new ArrayList<>();
        repo.publishedStopsOf(tx, clientId, LocalDate.now(clock)).forEach((stopId, plan) -> {
            boolean known = repo.recorded(tx, plan.id()).stream().anyMatch(r -> r.stopId() == stopId
                    && r.kind() == StopChangeKind.ADDRESS && r.after().equals(after)
                    && r.resolution().map(x -> x == ChangeResolution.ACCEPTED).orElse(true));
            if (!known) {
                added.add(repo.insert(tx, plan.id(), stopId, StopChangeKind.ADDRESS, before, after, by, clock.instant()));
            }
        });
        return repo.byIds(tx, added);
    }

    /** The open changes of the day's published plan, oldest first; empty when the day has none (or no published plan). */
    public List<PublishedChange> open(DSLContext ctx, LocalDate date) {
        return repo.published(ctx, date).map(p -> repo.openOf(ctx, p.id())).orElse(List.of());
    }

    /**
     * {@code planId} became the day's published plan: changes recorded against the versions before it are closed
     * (it was solved with them), and whatever changed since it was solved (a window booked between saving the draft
     * and publishing it) is recorded against it. A pause or an ended client that the day already had is what the
     * publisher published with, not a change after publishing: it is recorded as accepted.
     */
    public List<PublishedChange> replanned(DSLContext tx, LocalDate date, long planId, CurrentUser by) {
        repo.resolveOthers(tx, date, planId, ChangeResolution.REPLANNED, by, clock.instant());
        if (date.isBefore(LocalDate.now(clock))) {
            return List.of();
        }
        return repo.published(tx, date).map(plan -> repo.byIds(tx, reconcile(tx, plan, by,
                Set.of(StopChangeKind.PAUSED, StopChangeKind.CLIENT_INACTIVE)))).orElse(List.of());
    }

    /** The coordinator keeps the day's published plan as it is: its open changes are closed. Returns how many. */
    public int accept(DSLContext tx, LocalDate date, CurrentUser by) {
        return repo.published(tx, date).map(p -> repo.resolvePlan(tx, p.id(), ChangeResolution.ACCEPTED, by, clock.instant()))
                .orElse(0);
    }

    private static String window(LocalTime start, LocalTime end) {
        return Objects.toString(start) + "-" + end;
    }
}
