package no.smartmat.reports.haccp;

import java.time.Instant;
import java.util.Objects;

/**
 * A check that should have happened and did not: a sensor gap or a manual round not done
 * by its deadline. Never shown as OK.
 *
 * @param description in Norwegian, e.g. "Morgenrunde ikke registrert" or "Ingen sensordata"
 */
public record MissingCheck(Instant from, Instant to, String description) {

    public MissingCheck {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(description, "description");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("missing check ends before it starts");
        }
    }
}
