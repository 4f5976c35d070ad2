package no.smartmat.planner.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Gives several vehicles new stop lists at once (a ruin-and-recreate step). Done in two passes like
 * OptaPlanner's own list moves (remove from the source with one change notification, then add to the
 * destination with another), so a stop that changes vehicle is never in two lists at the same time:
 * first every vehicle drops the stops it loses, then every vehicle takes its new order.
 */
public final class ReplaceRoutesMove extends AbstractMove<RoutingSolution> {

    private static final String VARIABLE = "visits";

    private final List<Vehicle> vehicles;
    private final List<List<Visit>> targets;

    public ReplaceRoutesMove(List<Vehicle> vehicles, List<List<Visit>> targets) {
        this.vehicles = vehicles;
        this.targets = targets;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RoutingSolution> scoreDirector) {
        for (int i = 0; i < vehicles.size(); i++) {
            if (!vehicles.get(i).getVisits().equals(targets.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ReplaceRoutesMove createUndoMove(ScoreDirector<RoutingSolution> scoreDirector) {
        List<List<Visit>> old = new ArrayList<>();
        for (Vehicle v : vehicles) {
            old.add(List.copyOf(v.getVisits()));
        }
        return new ReplaceRoutesMove(vehicles, old);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RoutingSolution> scoreDirector) {
        // pass 1: drop the stops each vehicle loses
        for (int i = 0; i < vehicles.size(); i++) {
            List<Visit> list = vehicles.get(i).getVisits();
            Set<Visit> keep = new HashSet<>(targets.get(i));
            int first = -1;
            for (int p = 0; p < list.size(); p++) {
                if (!keep.contains(list.get(p))) {
                    first = p;
                    break;
                }
            }
            if (first < 0) {
                continue;
            }
            int oldSize = list.size();
            scoreDirector.beforeListVariableChanged(vehicles.get(i), VARIABLE, first, oldSize);
            list.removeIf(v -> !keep.contains(v));
            scoreDirector.afterListVariableChanged(vehicles.get(i), VARIABLE, first, list.size());
        }
        // pass 2: each vehicle takes its new order
        for (int i = 0; i < vehicles.size(); i++) {
            List<Visit> list = vehicles.get(i).getVisits();
            List<Visit> target = targets.get(i);
            int first = 0;
            while (first < list.size() && first < target.size() && list.get(first) == target.get(first)) {
                first++;
            }
            if (first == list.size() && first == target.size()) {
                continue;
            }
            int oldSize = list.size();
            scoreDirector.beforeListVariableChanged(vehicles.get(i), VARIABLE, first, oldSize);
            list.subList(first, oldSize).clear();
            list.addAll(target.subList(first, target.size()));
            scoreDirector.afterListVariableChanged(vehicles.get(i), VARIABLE, first, list.size());
        }
    }

    @Override
    public ReplaceRoutesMove rebase(ScoreDirector<RoutingSolution> destination) {
        List<Vehicle> rebasedVehicles = new ArrayList<>();
        for (Vehicle v : vehicles) {
            rebasedVehicles.add(destination.lookUpWorkingObject(v));
        }
        List<List<Visit>> rebasedTargets = new ArrayList<>();
        for (List<Visit> target : targets) {
            List<Visit> r = new ArrayList<>(target.size());
            for (Visit v : target) {
                r.add(destination.lookUpWorkingObject(v));
            }
            rebasedTargets.add(r);
        }
        return new ReplaceRoutesMove(rebasedVehicles, rebasedTargets);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return vehicles;
    }

    @Override
    public Collection<?> getPlanningValues() {
        Set<Visit> changed = new LinkedHashSet<>();
        for (int i = 0; i < vehicles.size(); i++) {
            List<Visit> current = vehicles.get(i).getVisits();
            List<Visit> target = targets.get(i);
            for (int p = 0; p < Math.max(current.size(), target.size()); p++) {
                Visit a = p < current.size() ? current.get(p) : null;
                Visit b = p < target.size() ? target.get(p) : null;
                if (a != b) {
                    if (a != null) {
                        changed.add(a);
                    }
                    if (b != null) {
                        changed.add(b);
                    }
                }
            }
        }
        return changed;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "ReplaceRoutesMove";
    }

    @Override
    public String toString() {
        return "replace routes of " + vehicles;
    }
}
