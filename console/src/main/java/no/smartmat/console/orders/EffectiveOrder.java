package no.smartmat.console.orders;

import java.time.LocalDate;
import java.util.List;

/** An order as it will be written: the file's order after the coordinator's exclusions, zones and client. */
public record EffectiveOrder(ParsedOrder source, ClientChoice client, List<OrderContent.Package> packages,
                             List<OrderContent.Line> lines) {

    OrderContent content(LocalDate day) {
        return OrderContent.of(client.clientNumber(), source.kind(), day, packages, lines);
    }
}
