package no.smartmat.planner.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import no.smartmat.planner.model.ReplaceRoutesMove;
import no.smartmat.planner.model.RoutingInstance;
import no.smartmat.planner.model.RoutingSolution;
import no.smartmat.planner.model.StopData;
import no.smartmat.planner.model.Vehicle;
import no.smartmat.planner.model.Visit;

/**
 * Ruin and recreate, after the SISR idea (Christiaens and Vanden Berghe, 2020): remove strings of
 * consecutive stops from the routes around a random stop, then put every removed stop back where it adds
 * least distance without breaking a hard rule, skipping a position now and then ("blinks") so the search
 * does not always rebuild the same routes. OptaPlanner 10.2 has no ruin-and-recreate move; the small
 * list moves alone get stuck on long routes (the Solomon R2/RC2 classes). Pinned stops are never removed
 * and nothing is inserted in front of them; a stop that fits nowhere goes to the unassigned bucket.
 *
 * <p>Configured through custom properties {@code maxRemoved} (default 20), {@code maxStringLength}
 * (default 10) and {@code routeRemovalRate} (default 0: share of moves that empty one whole route and put
 * its stops into the other routes first).
 */
public class RuinRecreateMoveFactory implements MoveIteratorFactory<RoutingSolution, ReplaceRoutesMove> {

    private static final double BLINK_RATE = 0.01;
    private static final int NEIGHBOURS = 60;
    private static final int NEARBY_ROUTES_FROM = 200;
    private static final int NEARBY_ROUTE_NEIGHBOURS = 40;

    private int maxRemoved = 20;
    private int maxStringLength = 10;
    private double routeRemovalRate = 0.0;
    private RoutingInstance cachedInstance;
    private int[][] neighbours;

    public void setMaxRemoved(String value) {
        this.maxRemoved = Integer.parseInt(value);
    }

    public void setRouteRemovalRate(String value) {
        this.routeRemovalRate = Double.parseDouble(value);
    }

    public void setMaxStringLength(String value) {
        this.maxStringLength = Integer.parseInt(value);
    }

    @Override
    public long getSize(ScoreDirector<RoutingSolution> scoreDirector) {
        return (long) scoreDirector.getWorkingSolution().getVisits().size() * maxRemoved;
    }

    @Override
    public Iterator<ReplaceRoutesMove> createOriginalMoveIterator(ScoreDirector<RoutingSolution> scoreDirector) {
        throw new UnsupportedOperationException("ruin and recreate is random only");
    }

    @Override
    public Iterator<ReplaceRoutesMove> createRandomMoveIterator(ScoreDirector<RoutingSolution> scoreDirector,
            Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ReplaceRoutesMove next() {
                return createMove(scoreDirector.getWorkingSolution(), random);
            }
        };
    }

    private int[][] neighbours(RoutingInstance instance) {
        if (instance != cachedInstance) {
            int n = instance.stops().size();
            int k = Math.min(NEIGHBOURS, n);
            int[][] result = new int[n][];
            Integer[] order = new Integer[n];
            for (int a = 0; a < n; a++) {
                int location = instance.stops().get(a).location();
                for (int b = 0; b < n; b++) {
                    order[b] = b;
                }
                Arrays.sort(order, Comparator.comparingLong(b -> instance.distance(location,
                        instance.stops().get(b).location())));
                result[a] = new int[k];
                for (int i = 0; i < k; i++) {
                    result[a][i] = order[i]; // the stop itself comes first
                }
            }
            neighbours = result;
            cachedInstance = instance;
        }
        return neighbours;
    }

    ReplaceRoutesMove createMove(RoutingSolution solution, Random random) {
        RoutingInstance instance = solution.instance();
        List<Vehicle> vehicles = solution.getVehicles();
        int vehicleCount = vehicles.size(); // the last one is the bucket
        int n = instance.stops().size();
        int[] vehicleOf = new int[n];
        int[] positionOf = new int[n];
        List<List<Visit>> lists = new ArrayList<>(vehicleCount);
        Visit[] visitOf = new Visit[n];
        int movable = 0;
        for (int v = 0; v < vehicleCount; v++) {
            List<Visit> list = vehicles.get(v).getVisits();
            lists.add(list);
            for (int p = 0; p < list.size(); p++) {
                Visit visit = list.get(p);
                int s = visit.stop().index();
                vehicleOf[s] = v;
                positionOf[s] = p;
                visitOf[s] = visit;
                if (!visit.isPinned()) {
                    movable++;
                }
            }
        }
        Vehicle bucket = vehicles.getLast();
        // --- ruin
        boolean[] removed = new boolean[n];
        boolean[] ruinedRoute = new boolean[vehicleCount];
        List<Integer> removedStops = new ArrayList<>();
        int target = Math.min(movable, 1 + random.nextInt(Math.max(1, maxRemoved)));
        int seed = pickSeed(solution, random);
        if (seed < 0) {
            return new ReplaceRoutesMove(List.of(), List.of());
        }
        boolean emptyRoute = random.nextDouble() < routeRemovalRate && removeWholeRoute(vehicles, lists, random,
                removed, removedStops, ruinedRoute);
        for (int neighbour : emptyRoute ? new int[0] : neighbours(instance)[seed]) {
            if (removedStops.size() >= target) {
                break;
            }
            int v = vehicleOf[neighbour];
            if (removed[neighbour] || ruinedRoute[v] || visitOf[neighbour].isPinned()) {
                continue;
            }
            if (v == vehicleCount - 1) {
                removed[neighbour] = true;
                removedStops.add(neighbour);
                continue;
            }
            ruinedRoute[v] = true;
            List<Visit> route = lists.get(v);
            int pinned = vehicles.get(v).pinnedCount();
            int free = route.size() - pinned;
            int length = 1 + random.nextInt(Math.min(maxStringLength, free));
            length = Math.min(length, target - removedStops.size());
            int at = positionOf[neighbour];
            int from = Math.max(pinned, at - random.nextInt(length));
            int to = Math.min(route.size(), from + length);
            from = Math.max(pinned, to - length);
            for (int p = from; p < to; p++) {
                int s = route.get(p).stop().index();
                removed[s] = true;
                removedStops.add(s);
            }
        }
        // a few unassigned stops get a chance every time
        List<Visit> bucketList = lists.get(vehicleCount - 1);
        for (int i = 0; i < Math.min(5, bucketList.size()); i++) {
            int s = bucketList.get(random.nextInt(bucketList.size())).stop().index();
            if (!removed[s]) {
                removed[s] = true;
                removedStops.add(s);
            }
        }
        boolean[] takenOut = removed.clone();
        boolean[] wasInBucket = new boolean[n];
        for (int s : removedStops) {
            wasInBucket[s] = vehicleOf[s] == vehicleCount - 1;
        }
        // --- recreate
        int routeCount = vehicleCount - 1;
        RouteSlack[] slack = new RouteSlack[routeCount]; // built only for routes that are tried
        int[][] routes = new int[routeCount][];
        boolean[] twin = emptyTwins(lists, ruinedRoute, routeCount, instance);
        int[] routeOrder = null;
        if (emptyRoute) {
            // running routes first, so an idle van is only tried when none of them can take a stop
            routeOrder = new int[routeCount];
            int k = 0;
            for (int v = 0; v < routeCount; v++) {
                if (!lists.get(v).isEmpty() && !ruinedRoute[v]) {
                    routeOrder[k++] = v;
                }
            }
            for (int v = 0; v < routeCount; v++) {
                if (lists.get(v).isEmpty() || ruinedRoute[v]) {
                    routeOrder[k++] = v;
                }
            }
        }
        // on a large day a stop is only tried in routes that serve one of its nearest neighbours, routes
        // this move ruined, and one idle van of each kind: the other routes are too far away to win
        boolean nearbyRoutesOnly = n > NEARBY_ROUTES_FROM && !emptyRoute;
        int[] candidateMark = new int[routeCount];
        int[] candidates = new int[routeCount];
        int stamp = 0;
        order(removedStops, instance, random);
        boolean[] changedRoute = ruinedRoute.clone();
        List<Integer> unassigned = new ArrayList<>();
        for (int s : removedStops) {
            StopData stop = instance.stops().get(s);
            int candidateCount = 0;
            if (nearbyRoutesOnly) {
                stamp++;
                for (int v = 0; v < routeCount; v++) {
                    if (changedRoute[v] || (lists.get(v).isEmpty() && !twin[v])) {
                        candidateMark[v] = stamp;
                        candidates[candidateCount++] = v;
                    }
                }
                int[] near = neighbours(instance)[s];
                for (int i = 1; i < Math.min(NEARBY_ROUTE_NEIGHBOURS, near.length); i++) {
                    int v = removed[near[i]] ? -1 : vehicleOf[near[i]];
                    if (v >= 0 && v < routeCount && candidateMark[v] != stamp) {
                        candidateMark[v] = stamp;
                        candidates[candidateCount++] = v;
                    }
                }
            } else {
                for (int i = 0; i < routeCount; i++) {
                    candidates[candidateCount++] = routeOrder == null ? i : routeOrder[i];
                }
            }
            long bestCost = Long.MAX_VALUE;
            int bestVehicle = -1;
            int bestPosition = -1;
            for (int i = 0; i < candidateCount; i++) {
                int v = candidates[i];
                if (twin[v]) {
                    continue; // an idle van just like an earlier idle one gives the same insertions
                }
                if (emptyRoute && bestVehicle >= 0 && lists.get(v).isEmpty()) {
                    continue; // emptying a route: an idle van only when no running route can take the stop
                }
                if (slack[v] == null) {
                    routes[v] = remaining(lists.get(v), takenOut);
                    slack[v] = new RouteSlack(instance, instance.vehicles().get(v), routes[v]);
                }
                RouteSlack r = slack[v];
                if (!r.fits(stop.demand())) {
                    continue;
                }
                long penalty = stop.prefersOtherThan(r.vehicle().driverId()) ? stop.mismatchPenalty() : 0;
                int blinkAt = nextBlink(random, vehicles.get(v).pinnedCount());
                for (int p = vehicles.get(v).pinnedCount(); p <= r.size(); p++) {
                    if (p == blinkAt) {
                        blinkAt = nextBlink(random, p + 1);
                        continue;
                    }
                    long delta = r.feasibleInsertionDelta(stop, p);
                    if (delta != Long.MIN_VALUE && delta + penalty < bestCost) {
                        bestCost = delta + penalty;
                        bestVehicle = v;
                        bestPosition = p;
                    }
                }
            }
            if (bestVehicle < 0) {
                unassigned.add(s);
                continue;
            }
            boolean wasIdle = slack[bestVehicle].size() == 0;
            routes[bestVehicle] = slack[bestVehicle].with(s, bestPosition);
            slack[bestVehicle] = new RouteSlack(instance, instance.vehicles().get(bestVehicle), routes[bestVehicle]);
            changedRoute[bestVehicle] = true;
            vehicleOf[s] = bestVehicle;
            removed[s] = false; // placed again: a neighbour of later stops
            if (wasIdle) {
                twin = emptyTwins(lists, changedRoute, routeCount, instance);
            }
        }
        // --- the move: every changed vehicle with its new list, and the bucket when it changes
        List<Vehicle> movedVehicles = new ArrayList<>();
        List<List<Visit>> targets = new ArrayList<>();
        for (int v = 0; v < vehicleCount - 1; v++) {
            if (changedRoute[v]) {
                if (routes[v] == null) {
                    routes[v] = remaining(lists.get(v), takenOut);
                }
                List<Visit> list = new ArrayList<>(routes[v].length);
                for (int s : routes[v]) {
                    list.add(visitOf[s]);
                }
                movedVehicles.add(vehicles.get(v));
                targets.add(list);
            }
        }
        boolean bucketChanges = !unassigned.isEmpty() || removedStops.stream().anyMatch(s -> wasInBucket[s]);
        if (bucketChanges) {
            List<Visit> list = new ArrayList<>();
            for (Visit visit : bucketList) {
                if (!takenOut[visit.stop().index()]) {
                    list.add(visit);
                }
            }
            for (int s : unassigned) {
                list.add(visitOf[s]);
            }
            movedVehicles.add(bucket);
            targets.add(list);
        }
        return new ReplaceRoutesMove(movedVehicles, targets);
    }

    /**
     * Removes every stop of one random route without pins, the shorter routes more likely: the way to fewer
     * routes, which list moves only reach one stop at a time.
     */
    private static boolean removeWholeRoute(List<Vehicle> vehicles, List<List<Visit>> lists, Random random,
            boolean[] removed, List<Integer> removedStops, boolean[] ruinedRoute) {
        int best = -1;
        for (int attempt = 0; attempt < 3; attempt++) {
            int v = random.nextInt(vehicles.size() - 1);
            if (lists.get(v).isEmpty() || vehicles.get(v).pinnedCount() > 0) {
                continue;
            }
            if (best < 0 || lists.get(v).size() < lists.get(best).size()) {
                best = v;
            }
        }
        if (best < 0) {
            return false;
        }
        for (Visit visit : lists.get(best)) {
            int s = visit.stop().index();
            removed[s] = true;
            removedStops.add(s);
        }
        ruinedRoute[best] = true;
        return true;
    }

    /**
     * Idle vans identical to an earlier idle van (same shift, capacity and driver): trying one of them is
     * enough. A van counts as idle when it had no stops and this move has not changed it.
     */
    private static boolean[] emptyTwins(List<List<Visit>> lists, boolean[] changed, int routeCount,
            RoutingInstance instance) {
        boolean[] twin = new boolean[routeCount];
        List<Integer> kinds = new ArrayList<>();
        for (int v = 0; v < routeCount; v++) {
            if (!lists.get(v).isEmpty() || changed[v]) {
                continue;
            }
            for (int kind : kinds) {
                if (InitialRoutes.sameVan(instance.vehicles().get(kind), instance.vehicles().get(v))) {
                    twin[v] = true;
                    break;
                }
            }
            if (!twin[v]) {
                kinds.add(v);
            }
        }
        return twin;
    }

    /** The route's stops that this move did not take out. */
    private static int[] remaining(List<Visit> route, boolean[] removed) {
        int[] stops = new int[route.size()];
        int k = 0;
        for (Visit visit : route) {
            int s = visit.stop().index();
            if (!removed[s]) {
                stops[k++] = s;
            }
        }
        return k == stops.length ? stops : Arrays.copyOf(stops, k);
    }

    /** The next position at or after {@code from} to skip (a blink), drawn geometrically at the blink rate. */
    private static int nextBlink(Random random, int from) {
        double u = random.nextDouble();
        return from + (int) Math.floor(Math.log1p(-u) / Math.log1p(-BLINK_RATE));
    }

    private static int pickSeed(RoutingSolution solution, Random random) {
        List<Visit> visits = solution.getVisits();
        for (int attempt = 0; attempt < 20; attempt++) {
            Visit v = visits.get(random.nextInt(visits.size()));
            if (!v.isPinned()) {
                return v.stop().index();
            }
        }
        for (Visit v : visits) {
            if (!v.isPinned()) {
                return v.stop().index();
            }
        }
        return -1;
    }

    /** SISR's insertion orders: random, largest demand first, farthest from the depot first, earliest window. */
    private static void order(List<Integer> stops, RoutingInstance instance, Random random) {
        int pick = random.nextInt(11);
        if (pick < 4) {
            java.util.Collections.shuffle(stops, random);
        } else if (pick < 8) {
            stops.sort(Comparator.comparingInt((Integer s) -> -total(instance.stops().get(s).demand())));
        } else if (pick < 10) {
            stops.sort(Comparator.comparingLong((Integer s) -> -instance.distance(0, instance.stops().get(s).location())));
        } else {
            stops.sort(Comparator.comparingLong((Integer s) -> instance.stops().get(s).windowStart()));
        }
    }

    private static int total(int[] demand) {
        return demand[0] + demand[1] + demand[2];
    }

}
