package no.smartmat.console.haccp;

import java.util.Optional;

/**
 * One reading judged by its unit's rule ({@link ReadingRule}): its level, the breach it is (if any), and whether a
 * suppression window covers it. What the recording form colours, what a save insists on, what the report prints.
 */
public record Verdict(Level level, Optional<DeviationKind> breach, boolean suppressed) {

    /** Beyond the rule and not suppressed: a reading typed in like this needs its deviation entry. */
    public boolean outsideRule() {
        return breach.isPresent() && !suppressed;
    }
}
