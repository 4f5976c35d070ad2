package no.smartmat.planner.model;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.list.SubList;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListAssignMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.ListSwapMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListChangeMove;
import org.optaplanner.core.impl.heuristic.selector.move.generic.list.SubListSwapMove;

/**
 * Keeps pins and skips wasted moves. OptaPlanner 10.2 has no pinning for list variables
 * ({@code @PlanningPinToIndex} is a later Timefold feature), so pinned stops are the first
 * {@link Vehicle#pinnedCount()} stops of their vehicle and every move that would remove, reorder or insert
 * in front of them is filtered out. Moves that only shuffle the unassigned bucket change nothing and are
 * filtered too.
 */
public class RoutingMoveFilter implements SelectionFilter<RoutingSolution, Move<RoutingSolution>> {

    @Override
    public boolean accept(ScoreDirector<RoutingSolution> scoreDirector, Move<RoutingSolution> move) {
        return switch (move) {
            case ListChangeMove<RoutingSolution> m -> {
                Vehicle source = (Vehicle) m.getSourceEntity();
                Vehicle destination = (Vehicle) m.getDestinationEntity();
                yield !(source.isBucket() && destination.isBucket())
                        && m.getSourceIndex() >= source.pinnedCount()
                        && m.getDestinationIndex() >= destination.pinnedCount();
            }
            case ListSwapMove<RoutingSolution> m -> {
                Vehicle left = (Vehicle) m.getLeftEntity();
                Vehicle right = (Vehicle) m.getRightEntity();
                yield !(left.isBucket() && right.isBucket())
                        && m.getLeftIndex() >= left.pinnedCount() && m.getRightIndex() >= right.pinnedCount();
            }
            case SubListChangeMove<RoutingSolution> m -> {
                Vehicle source = (Vehicle) m.getSourceEntity();
                Vehicle destination = (Vehicle) m.getDestinationEntity();
                yield !(source.isBucket() && destination.isBucket())
                        && m.getFromIndex() >= source.pinnedCount()
                        && m.getDestinationIndex() >= destination.pinnedCount();
            }
            case SubListSwapMove<RoutingSolution> m -> free(m.getLeftSubList()) && free(m.getRightSubList())
                    && !(((Vehicle) m.getLeftSubList().getEntity()).isBucket()
                            && ((Vehicle) m.getRightSubList().getEntity()).isBucket());
            case ListAssignMove<RoutingSolution> m ->
                m.getDestinationIndex() >= ((Vehicle) m.getDestinationEntity()).pinnedCount();
            default -> generic(move);
        };
    }

    private static boolean free(SubList subList) {
        return subList.getFromIndex() >= ((Vehicle) subList.getEntity()).pinnedCount();
    }

    /** 2-opt and k-opt moves name the visits whose place they change: none may be pinned. */
    private static boolean generic(Move<RoutingSolution> move) {
        boolean allBucket = true;
        for (Object entity : move.getPlanningEntities()) {
            if (entity instanceof Vehicle v && !v.isBucket()) {
                allBucket = false;
            }
        }
        if (allBucket) {
            return false;
        }
        for (Object value : move.getPlanningValues()) {
            if (value instanceof Visit v && v.isPinned()) {
                return false;
            }
        }
        return true;
    }
}
