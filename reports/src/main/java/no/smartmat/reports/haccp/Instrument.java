package no.smartmat.reports.haccp;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The sensor or thermometer of a unit. */
public record Instrument(String id, Optional<LocalDate> calibrationDue) {

    public Instrument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(calibrationDue, "calibrationDue");
    }
}
