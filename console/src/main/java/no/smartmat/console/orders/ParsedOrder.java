package no.smartmat.console.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One supplier order as read from a file, before matching and fixing. {@code packagesFromLineZones}: the
 * format has no packages (PEPPOL Order), so one package per temperature zone of the lines is assumed.
 * {@code rejectedParts}: keys of this order's lines (CSV lines, packages, item lines) that could not be
 * read; their problems belong to this order, and leaving them out leaves the rest of the order.
 */
public record ParsedOrder(String key, Where where, String reference, ClientRef client, Optional<LocalDate> deliveryDate,
                          OrderKind kind, List<ParsedPackage> packages, List<ParsedLine> lines,
                          boolean packagesFromLineZones, List<String> rejectedParts) {

    public ParsedOrder {
        packages = List.copyOf(packages);
        lines = List.copyOf(lines);
        rejectedParts = List.copyOf(rejectedParts);
    }
}
