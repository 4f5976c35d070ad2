package no.smartmat.reports.haccp;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The limits of a unit from {@code effectiveFrom} until the next profile takes over, as bands the console derived from
 * its rule (the chart's background), with {@code note}: what the bands cannot show, in the console's words (a turn to
 * red after hours, the cooling rule's time).
 */
public record LimitProfile(Instant effectiveFrom, List<LimitBand> bands, String note) {

    public LimitProfile {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(note, "note");
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

    public LimitProfile(Instant effectiveFrom, List<LimitBand> bands) {
        this(effectiveFrom, bands, "");
    }

    /** "grønn ≤ 4,0 °C · gul mellom 4,0 og 12,0 °C · rød ≥ 12,0 °C", and the note after it. */
    public String describe() {
        String text = bands.stream().map(b -> b.level().title().toLowerCase() + " " + b.describe())
                .collect(Collectors.joining(" · "));
        return note.isBlank() ? text : text + " (" + note + ")";
    }
}
