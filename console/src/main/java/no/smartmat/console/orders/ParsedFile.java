package no.smartmat.console.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one file holds once read: its batch identity, orders, and the problems found while reading. A file
 * that cannot be read at all has a FATAL problem and no orders. {@code hash} is the SHA-256 of its bytes.
 */
public record ParsedFile(String fileName, String hash, Optional<BatchFormat> format, String supplier,
                         String batchReference, Optional<LocalDate> deliveryDate, List<ParsedOrder> orders,
                         List<ImportProblem> problems) {

    public ParsedFile {
        orders = List.copyOf(orders);
        problems = List.copyOf(problems);
    }

    public boolean isFatal() {
        return problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.FATAL);
    }

    static ParsedFile failed(String fileName, String hash, Optional<BatchFormat> format, ImportProblem problem) {
        return new ParsedFile(fileName, hash, format, "", "", Optional.empty(), List.of(), List.of(problem));
    }
}
