package no.smartmat.reports.haccp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything an inspector's HACCP temperature report shows, for one period.
 *
 * @param periodFrom        first day (inclusive), in {@code timeZone}
 * @param periodTo          last day (inclusive)
 * @param responsiblePerson the person responsible for the HACCP routines
 * @param generatedAt       when the report was made (printed; also the "now" for ongoing deviations)
 * @param timeZone          times are printed in this zone (Europe/Oslo)
 * @param units             the units in the order they are printed
 * @param signOffs          all sign-offs touching the period (for all units or one)
 * @param notes             lines printed under the header as given, e.g. the retention period and a purge, so that
 *                          an inspector does not read purged records as missing ones
 * @param issues            what makes the whole record incomplete besides its units (a broken hash chain), in the
 *                          console's words
 */
public record HaccpReport(String kitchenName, LocalDate periodFrom, LocalDate periodTo, String responsiblePerson,
                          Instant generatedAt, ZoneId timeZone, List<HaccpUnit> units, List<SignOff> signOffs,
                          List<String> notes, List<String> issues) {

    public HaccpReport(String kitchenName, LocalDate periodFrom, LocalDate periodTo, String responsiblePerson,
                       Instant generatedAt, ZoneId timeZone, List<HaccpUnit> units, List<SignOff> signOffs) {
        this(kitchenName, periodFrom, periodTo, responsiblePerson, generatedAt, timeZone, units, signOffs, List.of(),
                List.of());
    }

    public HaccpReport {
        Objects.requireNonNull(kitchenName, "kitchenName");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(responsiblePerson, "responsiblePerson");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(timeZone, "timeZone");
        units = List.copyOf(units);
        signOffs = List.copyOf(signOffs);
        notes = List.copyOf(notes);
        issues = List.copyOf(issues);
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    /** Complete: no issue of its own and every unit complete, as the console judged them. */
    public boolean complete() {
        return issues.isEmpty() && units.stream().allMatch(u -> u.completeness().complete());
    }

    public Instant periodStart() {
        return periodFrom.atStartOfDay(timeZone).toInstant();
    }

    /** The instant after the last day (exclusive end). */
    public Instant periodEnd() {
        return periodTo.plusDays(1).atStartOfDay(timeZone).toInstant();
    }
}
