package no.smartmat.reports.haccp;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cold (or hot) unit in the report with everything recorded for it in the period, judged by the console: the
 * readings with their levels, the figures, the deviations and missing checks of the period, and whether the record is
 * complete. The report lays these out; it decides none of them.
 *
 * @param id            the console's unit code (sign-offs refer to it)
 * @param name          e.g. "Kjølerom 1"
 * @param location      e.g. "Produksjonskjøkken, 1. etasje"
 * @param limits        the limit profiles to show, oldest first: the first applies from the period's start, each
 *                      later one from its {@code effectiveFrom}
 * @param maxGap        readings further apart than this are not joined in the chart
 * @param readings      in any order
 * @param deviations    those overlapping the period
 * @param missingChecks those overlapping the period
 * @param signed        how much of the period sign-offs cover for this unit
 */
public record HaccpUnit(String id, String name, UnitKind kind, String location, Optional<Instrument> instrument,
                        List<LimitProfile> limits, Duration maxGap, List<Reading> readings,
                        List<Deviation> deviations, List<MissingCheck> missingChecks, UnitFigures figures,
                        Completeness completeness, Signed signed) {

    public HaccpUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(maxGap, "maxGap");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(completeness, "completeness");
        Objects.requireNonNull(signed, "signed");
        limits = limits.stream().sorted(Comparator.comparing(LimitProfile::effectiveFrom)).toList();
        readings = readings.stream().sorted(Comparator.comparing(Reading::takenAt)).toList();
        deviations = deviations.stream().sorted(Comparator.comparing(Deviation::start)).toList();
        missingChecks = missingChecks.stream().sorted(Comparator.comparing(MissingCheck::from)).toList();
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("unit " + id + " needs at least one limit profile");
        }
        if (maxGap.isNegative() || maxGap.isZero()) {
            throw new IllegalArgumentException("maxGap must be positive");
        }
    }
}
