package no.smartmat.planner.model;

import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.domain.variable.ListVariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps {@link Visit#getArrival()} in step with a vehicle's list: from the first changed position onwards,
 * arrival = departure of the previous stop (or shift start at the depot) + travel time. It stops early
 * once past the changed range and an arrival comes out unchanged, because everything after it is then
 * unchanged too.
 */
public class ArrivalTimeListener implements ListVariableListener<RoutingSolution, Vehicle, Visit> {

    private static final String ARRIVAL = "arrival";

    @Override
    public void beforeEntityAdded(ScoreDirector<RoutingSolution> scoreDirector, Vehicle vehicle) {
        // nothing before
    }

    @Override
    public void afterEntityAdded(ScoreDirector<RoutingSolution> scoreDirector, Vehicle vehicle) {
        update(scoreDirector, vehicle, 0, vehicle.getVisits().size());
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<RoutingSolution> scoreDirector, Vehicle vehicle) {
        // nothing before
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<RoutingSolution> scoreDirector, Vehicle vehicle) {
        // vehicles are never removed while solving
    }

    @Override
    public void afterListVariableElementUnassigned(ScoreDirector<RoutingSolution> scoreDirector, Visit visit) {
        set(scoreDirector, visit, null);
    }

    @Override
    public void beforeListVariableChanged(ScoreDirector<RoutingSolution> scoreDirector, Vehicle vehicle, int from,
            int to) {
        // arrivals are recomputed after the change
    }

    @Override
    public void afterListVariableChanged(ScoreDirector<RoutingSolution> scoreDirector, Vehicle vehicle, int from,
            int to) {
        update(scoreDirector, vehicle, from, to);
    }

    /** Recomputes every arrival of a vehicle outside a solver (no score director to notify). */
    public static void recompute(Vehicle vehicle) {
        update(null, vehicle, 0, vehicle.getVisits().size());
    }

    private static void update(ScoreDirector<RoutingSolution> scoreDirector, Vehicle vehicle, int from, int to) {
        List<Visit> visits = vehicle.getVisits();
        if (vehicle.isBucket()) {
            for (int i = from; i < Math.min(to, visits.size()); i++) {
                set(scoreDirector, visits.get(i), null);
            }
            return;
        }
        RoutingInstance instance = vehicle.instance();
        long departure;
        int location;
        if (from == 0) {
            departure = vehicle.data().shiftStart();
            location = 0;
        } else {
            Visit previous = visits.get(from - 1);
            departure = previous.departureTime();
            location = previous.location();
        }
        for (int i = from; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            long arrival = departure + instance.travelTime(location, visit.location());
            Long old = visit.getArrival();
            if (old != null && old == arrival) {
                if (i >= to) {
                    return;
                }
            } else {
                set(scoreDirector, visit, arrival);
            }
            departure = Math.max(arrival, visit.stop().windowStart()) + visit.stop().service();
            location = visit.location();
        }
    }

    private static void set(ScoreDirector<RoutingSolution> scoreDirector, Visit visit, Long arrival) {
        if (Objects.equals(visit.getArrival(), arrival)) {
            return;
        }
        if (scoreDirector == null) {
            visit.setArrival(arrival);
            return;
        }
        scoreDirector.beforeVariableChanged(visit, ARRIVAL);
        visit.setArrival(arrival);
        scoreDirector.afterVariableChanged(visit, ARRIVAL);
    }
}
