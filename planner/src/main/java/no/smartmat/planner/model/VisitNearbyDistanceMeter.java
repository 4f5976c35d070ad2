package no.smartmat.planner.model;

import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

/**
 * How near a destination (a visit, or a vehicle = its depot) is to a visit, for nearby selection: the
 * travel distance. The unassigned bucket is farthest of all, so nearby moves rarely empty a stop into it.
 */
public class VisitNearbyDistanceMeter implements NearbyDistanceMeter<Visit, RoutePoint> {

    @Override
    public double getNearbyDistance(Visit origin, RoutePoint destination) {
        if (destination instanceof Vehicle v && v.isBucket()) {
            return Double.MAX_VALUE;
        }
        return origin.instance().distance(origin.location(), destination.location());
    }
}
