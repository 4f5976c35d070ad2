package no.smartmat.reports.haccp;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The limits of a unit from {@code effectiveFrom} until the next profile takes over.
 * A value no band contains counts as {@link Level#RED} (outside every defined limit).
 */
public record LimitProfile(Instant effectiveFrom, List<LimitBand> bands) {

    public LimitProfile {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        bands = bands.stream().sorted(Comparator.comparingDouble(LimitBand::fromCelsius)).toList();
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a limit profile needs at least one band");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i - 1).overlaps(bands.get(i))) {
                throw new IllegalArgumentException("limit bands overlap: " + bands.get(i - 1) + " and " + bands.get(i));
            }
        }
    }

    public Level levelOf(double celsius) {
        for (LimitBand band : bands) {
            if (band.contains(celsius)) {
                return band.level();
            }
        }
        return Level.RED;
    }

    /** "grønn ≤ 4,0 °C · gul 4,0–12,0 °C · rød ≥ 12,0 °C". */
    public String describe() {
        return bands.stream().map(b -> b.level().title().toLowerCase() + " " + b.describe())
                .collect(Collectors.joining(" · "));
    }
}
