package no.smartmat.console.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which way a change of a plan's totals goes, for the kitchen. */
class PlanComparisonTest {

    static final PlanFigures BEFORE = new PlanFigures(412.3, 11, 198, 200, 0.94, 2, 2);

    @Test
    void lessDrivingFewerVansMoreStopsMoreRegularDriversAndFewerBrokenRulesAreBetter() {
        PlanComparison c = new PlanComparison(BEFORE, new PlanFigures(400.0, 10, 200, 200, 0.96, 0, 0));

        assertThat(c.lines()).allMatch(l -> l.direction() == PlanComparison.Direction.BETTER);
        assertThat(c.line(PlanComparison.Measure.DISTANCE_KM).delta()).isEqualTo(400.0 - 412.3);
        assertThat(c.line(PlanComparison.Measure.HARD_VIOLATIONS).delta()).isEqualTo(-2);
    }

    @Test
    void theOppositeIsWorse() {
        PlanComparison c = new PlanComparison(BEFORE, new PlanFigures(420.0, 12, 190, 200, 0.90, 5, 5));

        assertThat(c.lines()).allMatch(l -> l.direction() == PlanComparison.Direction.WORSE);
    }

    @Test
    void roundingDifferencesAreNoChange() {
        PlanComparison c = new PlanComparison(BEFORE, new PlanFigures(412.3001, 11, 198, 200, 0.94001, 2, 2));

        assertThat(c.unchanged()).isTrue();
        assertThat(c.line(PlanComparison.Measure.DISTANCE_KM).direction()).isEqualTo(PlanComparison.Direction.SAME);
    }

    @Test
    void unassignedIsWhatIsLeftOfTheStops() {
        assertThat(BEFORE.unassigned()).isEqualTo(2);
    }
}
