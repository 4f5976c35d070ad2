package no.smartmat.reports.haccp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervisor's review of a period (attestasjon).
 *
 * @param unitId           the unit signed for; empty means all units
 * @param from             first day of the signed period
 * @param to               last day (inclusive)
 * @param correctionsAfter corrections made to the period after it was signed
 */
public record SignOff(Optional<String> unitId, LocalDate from, LocalDate to, String signedBy, Instant signedAt,
                      Optional<String> comment, List<AfterSignOffCorrection> correctionsAfter) {

    public SignOff {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(comment, "comment");
        correctionsAfter = List.copyOf(correctionsAfter);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("sign-off period ends before it starts");
        }
    }

    public boolean covers(String id) {
        return unitId.isEmpty() || unitId.get().equals(id);
    }
}
