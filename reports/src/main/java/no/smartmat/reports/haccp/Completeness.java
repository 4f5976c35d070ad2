package no.smartmat.reports.haccp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a unit's record for the period is complete, and if not, why — the reasons the
 * report prints beside its "Ufullstendig" stamp. A record is incomplete when data is
 * missing or a deviation is not handled: no readings at all, any missing check, a
 * deviation without corrective action, or a deviation still ongoing. Whether the period
 * is signed is shown separately (a report is normally printed to be signed).
 */
public record Completeness(List<String> issues) {

    public Completeness {
        issues = List.copyOf(issues);
    }

    public boolean complete() {
        return issues.isEmpty();
    }

    public static Completeness of(HaccpUnit unit, UnitStatistics stats, Instant from, Instant to) {
        List<String> issues = new ArrayList<>();
        if (stats.readings() == 0) {
            issues.add("ingen målinger i perioden");
        }
        long missing = unit.missingChecks().stream()
                .filter(m -> m.to().isAfter(from) && m.from().isBefore(to)).count();
        if (missing > 0) {
            issues.add(missing + (missing == 1 ? " manglende kontroll" : " manglende kontroller"));
        }
        List<Deviation> inPeriod = unit.deviations().stream()
                .filter(d -> d.start().isBefore(to) && d.end().map(e -> e.isAfter(from)).orElse(true)).toList();
        long withoutAction = inPeriod.stream().filter(d -> d.correctiveAction().isEmpty()).count();
        if (withoutAction > 0) {
            issues.add(withoutAction + (withoutAction == 1 ? " avvik uten korrigerende tiltak"
                    : " avvik uten korrigerende tiltak"));
        }
        long ongoing = inPeriod.stream().filter(Deviation::ongoing).count();
        if (ongoing > 0) {
            issues.add(ongoing + " avvik pågår fortsatt");
        }
        return new Completeness(issues);
    }
}
