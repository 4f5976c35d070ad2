package no.smartmat.console.orders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One supplier batch as read from its file(s), before the database is asked: identity (supplier + batch
 * reference), the day it delivers, its orders and every problem found in reading. A file that could not be
 * read at all is a batch of its own, with no orders and a FATAL problem. {@code hash} identifies the exact
 * content: one file's SHA-256, or for several files the SHA-256 of their sorted hashes.
 */
public record AssembledBatch(String key, Optional<BatchFormat> format, String supplier, String reference,
                             Optional<LocalDate> day, List<String> files, String hash, List<ParsedOrder> orders,
                             List<ImportProblem> problems) {

    public AssembledBatch {
        files = List.copyOf(files);
        orders = List.copyOf(orders);
        problems = List.copyOf(problems);
    }

    public boolean isFatal() {
        return problems.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.FATAL);
    }

    /** "ordre.csv", or "DA-1.xml + 39 more" style: the first file and how many others. */
    public String fileLabel() {
        return files.size() == 1 ? files.getFirst() : files.getFirst() + " (+" + (files.size() - 1) + ")";
    }
}
