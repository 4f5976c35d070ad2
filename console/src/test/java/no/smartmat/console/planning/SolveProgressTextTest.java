package no.smartmat.console.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.smartmat.console.i18n.Messages;
import no.smartmat.planner.solver.BrokenRules;
import no.smartmat.planner.solver.Progress;
import org.junit.jupiter.api.Test;

/** The words the plan command and Planlegging's status line show while solving: never the solver's score. */
class SolveProgressTextTest {

    private static final Messages NB = new Messages(Messages.NORWEGIAN);
    private static final Messages EN = new Messages(Messages.ENGLISH);

    @Test
    void brokenRulesAreNamedAndCountedWithTheNounInItsForm() {
        assertThat(SolveProgressText.broken(new BrokenRules(2, 1, 0), NB)).isEqualTo("2 stopp utenfor tidsvindu, 1 bil over kapasitet");
        assertThat(SolveProgressText.broken(new BrokenRules(1, 2, 1), EN))
                .isEqualTo("1 stop outside its window, 2 vans over capacity, 1 van back after the shift");
        assertThat(SolveProgressText.broken(BrokenRules.NONE, NB)).isEqualTo(NB.get("planning.progress.rulesKept"));
    }

    @Test
    void theSummaryHasStopsPlacedDistanceAndRulesButNoScore() {
        Progress p = new Progress("0hard/0medium/-356005soft", Duration.ofMillis(12_300), 180, 215, false, 286.54,
                new BrokenRules(2, 1, 0));

        String line = SolveProgressText.summary(p, NB);

        assertThat(line).isEqualTo("180 av 215 stopp plassert · 286,5 km · 2 stopp utenfor tidsvindu, 1 bil over kapasitet")
                .doesNotContain("hard", "soft");
        assertThat(SolveProgressText.elapsed(Duration.ofSeconds(65))).isEqualTo("1:05");
    }
}
