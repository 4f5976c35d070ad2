package no.smartmat.console.orders;

import java.util.Optional;
import no.smartmat.console.fleet.Zone;

/**
 * An item line of an order (optional in every format): what is in the bags. {@code outstanding} is a
 * shortage the supplier reports (PEPPOL OutstandingQuantity), shown to the coordinator. {@code zone} is only
 * used where packages are derived from the lines (PEPPOL Order).
 */
public record ParsedLine(String key, Where where, Optional<String> gtin, String name, double quantity, String unit,
                         Optional<Double> outstanding, String outstandingReason, Optional<Zone> zone) {

    ParsedLine withZone(Zone newZone) {
        return new ParsedLine(key, where, gtin, name, quantity, unit, outstanding, outstandingReason, Optional.of(newZone));
    }
}
