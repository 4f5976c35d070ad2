package no.smartmat.console.orders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.smartmat.console.fleet.Zone;

/**
 * Puts read files together into batches (PEPPOL documents sharing supplier and shipment id form one batch;
 * a CSV or JSON file is a batch by itself) and applies the rules that need the whole batch: one delivery
 * day, no order twice, no package code twice, every order with packages, and not absurdly many.
 */
final class BatchAssembler {

    private final OrderImportSettings settings;

    BatchAssembler(OrderImportSettings settings) {
        this.settings = settings;
    }

    List<AssembledBatch> assemble(List<ParsedFile> files) {
        Map<String, List<ParsedFile>> groups = new LinkedHashMap<>();
        for (ParsedFile f : files) {
            String key = f.isFatal() || f.format().map(BatchFormat::fileIsWholeBatch).orElse(true)
                    ? "file:" + f.fileName()
                    : f.format().orElseThrow() + "|" + f.supplier() + "|" + f.batchReference();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<AssembledBatch> batches = new ArrayList<>();
        groups.forEach((key, group) -> batches.add(assemble(key, group)));
        return batches;
    }

    private AssembledBatch assemble(String key, List<ParsedFile> group) {
        ParsedFile first = group.getFirst();
        List<String> names = group.stream().map(ParsedFile::fileName).toList();
        String hash = group.size() == 1 ? first.hash()
                : sha256(group.stream().map(ParsedFile::hash).sorted().collect(Collectors.joining("\n")));
        List<ImportProblem> problems = new ArrayList<>();
        group.forEach(f -> problems.addAll(f.problems()));
        List<ParsedOrder> orders = new ArrayList<>();
        group.forEach(f -> orders.addAll(f.orders()));
        if (first.isFatal()) {
            return new AssembledBatch(key, first.format(), "", "", Optional.empty(), names, hash, List.of(), problems);
        }
        Optional<LocalDate> day = first.deliveryDate().filter(d -> first.format().orElseThrow() == BatchFormat.JSON)
                .or(() -> mostCommonDate(orders));
        List<ParsedOrder> kept = new ArrayList<>();
        Map<String, ParsedOrder> byReference = new HashMap<>();
        Map<String, ParsedPackage> byCode = new HashMap<>();
        Map<String, ParsedOrder> orderOfCode = new HashMap<>();
        for (ParsedOrder o : orders) {
            ParsedOrder earlier = byReference.putIfAbsent(o.reference(), o);
            if (earlier != null) {
                problems.add(earlier.where().line() > 0
                        ? ImportProblem.error(o.where(), "orderReference", o.reference(), o.key(),
                                "orders.order.duplicateReference", o.reference(), String.valueOf(earlier.where().line()))
                        : ImportProblem.error(o.where(), "cbc:ID", o.reference(), o.key(),
                                "orders.order.duplicateDocument", o.reference(), earlier.where().file()));
                continue;
            }
            kept.add(o);
            if (day.isPresent() && o.deliveryDate().isPresent() && !o.deliveryDate().get().equals(day.get())) {
                problems.add(ImportProblem.error(o.where(), "deliveryDate", o.deliveryDate().get().toString(), o.key(),
                        "orders.date.notBatchDay", OrderTexts.date(o.deliveryDate().get()), OrderTexts.date(day.get())));
            }
            for (ParsedPackage p : o.packages()) {
                p.code().ifPresent(code -> {
                    ParsedPackage before = byCode.putIfAbsent(code, p);
                    if (before != null && orderOfCode.get(code) != o) {
                        problems.add(before.where().line() > 0
                                ? ImportProblem.error(p.where(), "packageCode", code, p.key(),
                                        "orders.package.codeInOtherOrder", orderOfCode.get(code).reference(),
                                        String.valueOf(before.where().line()))
                                : ImportProblem.error(p.where(), "cbc:ID", code, p.key(),
                                        "orders.package.codeInOtherDocument", orderOfCode.get(code).reference(),
                                        before.where().file()));
                    } else {
                        orderOfCode.putIfAbsent(code, o);
                    }
                });
            }
            int packages = o.packages().stream().mapToInt(ParsedPackage::count).sum();
            if (!o.packagesFromLineZones() && packages == 0 && o.rejectedParts().isEmpty()) {
                problems.add(ImportProblem.error(o.where(), "packages", "0", o.key(), "orders.order.noPackages", o.reference()));
            } else if (packages > settings.maxPackagesPerOrder()) {
                problems.add(ImportProblem.error(o.where(), "packages", String.valueOf(packages), o.key(),
                        "orders.count.orderTooMany", o.reference(), String.valueOf(settings.maxPackagesPerOrder())));
            }
        }
        if (kept.isEmpty() && problems.stream().noneMatch(ImportProblem::blocks)) {
            problems.add(ImportProblem.fatal(Where.file(first.fileName()),
                    no.smartmat.console.i18n.UserMessage.of("orders.file.noOrders", first.fileName())));
        }
        problems.sort(Comparator.comparing((ImportProblem p) -> p.where().file()).thenComparingInt(p -> p.where().line()));
        return new AssembledBatch(key, first.format(), first.supplier(), first.batchReference(), day, names, hash, kept,
                problems);
    }

    /** The day most orders deliver on; a tie goes to the earlier day. */
    static Optional<LocalDate> mostCommonDate(List<ParsedOrder> orders) {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        orders.forEach(o -> o.deliveryDate().ifPresent(d -> counts.merge(d, 1, Integer::sum)));
        return counts.entrySet().stream().max(Comparator.comparingInt((Map.Entry<LocalDate, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey);
    }

    static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<Zone, Integer> zones(List<ParsedPackage> packages) {
        Map<Zone, Integer> result = new java.util.EnumMap<>(Zone.class);
        packages.forEach(p -> p.zone().ifPresent(z -> result.merge(z, p.count(), Integer::sum)));
        return result;
    }
}
