package no.smartmat.console.printing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.smartmat.reports.common.Address;
import no.smartmat.reports.common.TimeWindow;
import no.smartmat.reports.manifests.RemovedClient;
import no.smartmat.reports.manifests.StopChanges;

/**
 * What a fixed driver needs to notice on today's route compared with the same van's route on the same weekday
 * last week: clients who are new on it, clients whose window moved, and clients who are no longer on it.
 * Clients are matched by client, not by stop (a stop is one day's delivery).
 */
public final class RouteComparison {

    /** One client on a route: who, where (for the "removed" list), and in which window. */
    public record Visit(long clientId, String clientName, Address address, TimeWindow window) {}

    /** Changes per client id of today's route, and last week's clients who are gone, in last week's order. */
    public record Result(Map<Long, StopChanges> changes, List<RemovedClient> removed) {

        public Result {
            changes = Map.copyOf(changes);
            removed = List.copyOf(removed);
        }

        public StopChanges of(long clientId) {
            return changes.getOrDefault(clientId, StopChanges.NONE);
        }

        public boolean isEmpty() {
            return removed.isEmpty() && changes.values().stream().noneMatch(StopChanges::any);
        }
    }

    private RouteComparison() {}

    public static Result compare(List<Visit> today, List<Visit> lastWeek) {
        Map<Long, Visit> before = new HashMap<>();
        lastWeek.forEach(v -> before.putIfAbsent(v.clientId(), v));
        Map<Long, StopChanges> changes = new HashMap<>();
        Set<Long> now = new HashSet<>();
        for (Visit visit : today) {
            now.add(visit.clientId());
            Visit was = before.get(visit.clientId());
            if (was == null) {
                changes.put(visit.clientId(), StopChanges.clientAdded());
            } else if (!was.window().equals(visit.window())) {
                changes.put(visit.clientId(), StopChanges.windowChanged(was.window()));
            } else {
                changes.put(visit.clientId(), StopChanges.NONE);
            }
        }
        Set<Long> listed = new HashSet<>();
        List<RemovedClient> removed = lastWeek.stream()
                .filter(v -> !now.contains(v.clientId()) && listed.add(v.clientId()))
                .map(v -> new RemovedClient(v.clientName(), v.address())).toList();
        return new Result(changes, removed);
    }
}
