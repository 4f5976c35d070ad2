package no.smartmat.console.haccp;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One version of a unit's limits, in force from {@code validFrom} until the next version (limit_profile).
 * Cold regimes have an upper limit ({@code maxCelsius}, plus a transport tolerance for vans); hot holding has a lower
 * one ({@code minCelsius}). For a blast chiller the row holds the cooling rule: from {@code minCelsius} down to
 * {@code maxCelsius} within {@code redAfterMinutes}.
 */
public record Limits(long id, UnitKind.Regime regime, LocalDate validFrom, Optional<Double> minCelsius,
                     Optional<Double> maxCelsius, Optional<Double> escalateAboveCelsius, Optional<Double> redCelsius,
                     Optional<Integer> redAfterMinutes, double transportTolerance, int alarmDelayMinutes,
                     DelayCounting counting) {

    /** The defaults of {@code config/haccp.yaml} for a new unit of {@code kind}. */
    public static Limits defaults(UnitKind kind, HaccpConfig config, LocalDate validFrom) {
        if (kind.regime() == UnitKind.Regime.COOLING) {
            HaccpConfig.Cooling c = config.profiles().cooling();
            return new Limits(0, kind.regime(), validFrom, Optional.of(c.fromCelsius()), Optional.of(c.toCelsius()),
                    Optional.empty(), Optional.empty(), Optional.of(c.withinMinutes()), 0, 0, DelayCounting.CONSECUTIVE);
        }
        HaccpConfig.Profile p = config.profileFor(kind);
        double tolerance = kind.isVan() && p.transportToleranceCelsius() != null ? p.transportToleranceCelsius() : 0;
        return new Limits(0, kind.regime(), validFrom, Optional.ofNullable(p.minCelsius()),
                Optional.ofNullable(p.maxCelsius()), Optional.ofNullable(p.escalateAboveCelsius()),
                Optional.ofNullable(p.redAtCelsius()), Optional.ofNullable(p.redAfterMinutes()), tolerance,
                p.alarmDelayMinutes(), p.delayCounting() == null ? DelayCounting.CONSECUTIVE : p.delayCounting());
    }

    public boolean isCooling() {
        return regime == UnitKind.Regime.COOLING;
    }

    /** The highest value that is OK: the limit plus the transport tolerance (vans' frozen compartments). */
    public Optional<Double> okMax() {
        return isCooling() ? Optional.empty() : maxCelsius.map(m -> m + transportTolerance);
    }

    public Optional<Double> okMin() {
        return isCooling() ? Optional.empty() : minCelsius;
    }

    public Duration alarmDelay() {
        return Duration.ofMinutes(alarmDelayMinutes);
    }

    /** The breach {@code celsius} is, if any: above the upper limit (too warm) or below the lower (too cold). */
    public Optional<DeviationKind> breach(double celsius) {
        if (okMax().map(max -> celsius > max).orElse(false)) {
            return Optional.of(DeviationKind.TOO_WARM);
        }
        if (okMin().map(min -> celsius < min).orElse(false)) {
            return Optional.of(DeviationKind.TOO_COLD);
        }
        return Optional.empty();
    }

    /** The level of one reading on its own: red when it is past the red limit, before any delay. */
    public Level level(double celsius) {
        Optional<DeviationKind> breach = breach(celsius);
        if (breach.isEmpty()) {
            return Level.GREEN;
        }
        return isRedAtOnce(celsius) ? Level.RED : Level.YELLOW;
    }

    /** Past the red limit: at or above it for an upper limit, at or below it for a lower one. */
    public boolean isRedAtOnce(double celsius) {
        if (redCelsius.isEmpty()) {
            return false;
        }
        double red = redCelsius.get();
        return maxCelsius.isPresent() ? celsius >= red : celsius <= red;
    }

    /** In the band where a deviation turns red after {@link #redAfterMinutes} (chilled 7–11.9 °C; hot below 60 °C). */
    public boolean isEscalating(double celsius) {
        if (redAfterMinutes.isEmpty() || breach(celsius).isEmpty()) {
            return false;
        }
        return escalateAboveCelsius.map(e -> celsius > e).orElse(maxCelsius.isEmpty());
    }

    public Optional<Duration> redAfter() {
        return redAfterMinutes.map(Duration::ofMinutes);
    }
}
