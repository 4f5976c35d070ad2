package no.smartmat.console.orders;

import java.time.LocalDate;
import java.util.List;

/** An active order already in the database, in the shape a re-sent order is compared with. */
record StoredOrder(long id, long batchId, String reference, long clientId, String clientNumber, long stopId,
                   LocalDate date, OrderKind kind, List<OrderContent.Package> packages, List<OrderContent.Line> lines) {

    OrderContent content() {
        return OrderContent.of(clientNumber, kind, date, packages, lines);
    }
}
