package no.smartmat.console.haccp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A supervisor's signature on a period, for one unit or (empty) all. The period is locked from then on. */
public record SignOff(long id, LocalDate from, LocalDate to, Optional<Long> unitId, String comment, String signedBy,
                      Instant signedAt, String chainHash) {

    public boolean covers(long unit, LocalDate day) {
        return unitId.map(u -> u == unit).orElse(true) && !day.isBefore(from) && !day.isAfter(to);
    }
}
