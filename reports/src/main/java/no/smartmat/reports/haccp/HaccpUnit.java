package no.smartmat.reports.haccp;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cold (or hot) unit in the report with everything recorded for it in the period.
 *
 * @param id            the console's unit id (sign-offs refer to it)
 * @param name          e.g. "Kjølerom 1"
 * @param location      e.g. "Produksjonskjøkken, 1. etasje"
 * @param limits        limit profiles by effective date; the one in force at a reading's
 *                      time applies to it (readings before the first profile use the first)
 * @param maxGap        readings further apart than this are not joined in the chart, and
 *                      the time between them counts as without data
 * @param readings      in any order
 */
public record HaccpUnit(String id, String name, UnitKind kind, String location, Optional<Instrument> instrument,
                        List<LimitProfile> limits, Duration maxGap, List<Reading> readings,
                        List<Deviation> deviations, List<MissingCheck> missingChecks) {

    public HaccpUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(maxGap, "maxGap");
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

    /** The profile in force at {@code time}. */
    public LimitProfile limitsAt(Instant time) {
        LimitProfile current = limits.getFirst();
        for (LimitProfile p : limits) {
            if (!p.effectiveFrom().isAfter(time)) {
                current = p;
            }
        }
        return current;
    }

    public Level levelOf(Reading reading) {
        return limitsAt(reading.takenAt()).levelOf(reading.celsius());
    }
}
