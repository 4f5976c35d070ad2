package no.smartmat.console.printing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The code each physical package's barcode carries. A supplier's code (an SSCC, or its own bag id) is used as
 * given; a package without one gets {@code PK-<yyyyMMdd>-<package row id>}, which stays the same on every
 * reprint. A row that stands for several packages ({@code count > 1}) gets "-1", "-2", … so no two bags on the
 * van carry the same barcode.
 */
public final class PackageCodes {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private PackageCodes() {}

    public static List<String> codes(LocalDate deliveryDate, long packageRowId, Optional<String> supplierCode, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a package row stands for at least one package: " + count);
        }
        String base = supplierCode.map(String::strip).filter(c -> !c.isEmpty())
                .orElseGet(() -> "PK-" + deliveryDate.format(BASIC) + "-" + packageRowId);
        if (count == 1) {
            return List.of(base);
        }
        List<String> codes = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            codes.add(base + "-" + i);
        }
        return codes;
    }
}
