package no.smartmat.console.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** What differs between two versions of a day's plan: stops added, removed, or moved to another van. */
public record PlanChanges(List<Long> added, List<Long> removed, List<Long> movedVan, double distanceKmDelta,
                          int assignedDelta) {

    public static PlanChanges between(Optional<StoredPlan> before, StoredPlan after) {
        Map<Long, String> vanBefore = vans(before);
        Map<Long, String> vanAfter = vans(Optional.of(after));
        TreeSet<Long> added = new TreeSet<>(), removed = new TreeSet<>(), moved = new TreeSet<>();
        vanAfter.forEach((stop, van) -> {
            String was = vanBefore.get(stop);
            if (was == null) {
                added.add(stop);
            } else if (!was.equals(van)) {
                moved.add(stop);
            }
        });
        vanBefore.keySet().stream().filter(s -> !vanAfter.containsKey(s)).forEach(removed::add);
        double distanceBefore = before.map(StoredPlan::distanceKm).orElse(0.0);
        int assignedBefore = before.map(StoredPlan::assignedCount).orElse(0);
        return new PlanChanges(List.copyOf(added), List.copyOf(removed), List.copyOf(moved),
                after.distanceKm() - distanceBefore, after.assignedCount() - assignedBefore);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && movedVan.isEmpty();
    }

    /** One line for the plan's history and the audit log. */
    public String summary() {
        return "nye %d, fjernet %d, flyttet til annen bil %d, kjøring %+.1f km".formatted(added.size(), removed.size(),
                movedVan.size(), distanceKmDelta).replace('.', ',');
    }

    private static Map<Long, String> vans(Optional<StoredPlan> plan) {
        Map<Long, String> result = new HashMap<>();
        plan.ifPresent(p -> p.routes().forEach(r -> r.stops().forEach(s -> result.put(s.stopId(), r.vehicleCode()))));
        return result;
    }
}
