package no.smartmat.console.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Zone;

/**
 * What an order amounts to, independent of file format and of where it came from: equal content means a
 * re-sent order changed nothing. Packages and lines are compared as sorted lists (their order in a file is
 * no change).
 */
record OrderContent(String clientNumber, OrderKind kind, LocalDate date, List<String> packages, List<String> lines,
                    Capacity zones, int lineCount) {

    record Package(Optional<String> code, Zone zone, int count, String description) {
        String fingerprint() {
            return code.orElse("") + "|" + zone + "|" + count + "|" + description;
        }
    }

    record Line(Optional<String> gtin, String name, double quantity, String unit, Optional<Double> outstanding,
                String outstandingReason) {
        String fingerprint() {
            return gtin.orElse("") + "|" + name + "|" + number(quantity) + "|" + unit + "|"
                    + outstanding.map(OrderContent::number).orElse("") + "|" + outstandingReason;
        }
    }

    static OrderContent of(String clientNumber, OrderKind kind, LocalDate date, List<Package> packages, List<Line> lines) {
        int[] z = new int[3];
        packages.forEach(p -> z[p.zone().ordinal()] += p.count());
        return new OrderContent(clientNumber, kind, date,
                packages.stream().map(Package::fingerprint).sorted().collect(Collectors.toList()),
                lines.stream().map(Line::fingerprint).sorted().collect(Collectors.toList()),
                new Capacity(z[Zone.CHILLED.ordinal()], z[Zone.FROZEN.ordinal()], z[Zone.AMBIENT.ordinal()]), lines.size());
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
