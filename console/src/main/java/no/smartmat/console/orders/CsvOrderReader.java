package no.smartmat.console.orders;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.smartmat.console.csv.CsvFile;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;

/**
 * The CSV batch (README "Order import"): a header row naming the columns, then one line per package (with
 * {@code packageCode}) or per group of packages (with {@code packages}), optionally with an item; lines of
 * the same {@code orderReference} form one order. Streams the file, so its size only costs time.
 */
final class CsvOrderReader {

    static final String SUPPLIER = "supplier", BATCH_REFERENCE = "batchReference", DELIVERY_DATE = "deliveryDate",
            ORDER_REFERENCE = "orderReference", CLIENT_NUMBER = "clientNumber", CLIENT_NAME = "clientName",
            ADDRESS = "address", POSTCODE = "postcode", CITY = "city", KIND = "kind", ZONE = "zone",
            PACKAGES = "packages", PACKAGE_CODE = "packageCode", DESCRIPTION = "description", ITEM_NAME = "itemName",
            GTIN = "gtin", QUANTITY = "quantity", UNIT = "unit";

    static final List<String> ALL_COLUMNS = List.of(SUPPLIER, BATCH_REFERENCE, DELIVERY_DATE, ORDER_REFERENCE,
            CLIENT_NUMBER, CLIENT_NAME, ADDRESS, POSTCODE, CITY, KIND, ZONE, PACKAGES, PACKAGE_CODE, DESCRIPTION,
            ITEM_NAME, GTIN, QUANTITY, UNIT);
    private static final List<String> REQUIRED = List.of(SUPPLIER, BATCH_REFERENCE, DELIVERY_DATE, ORDER_REFERENCE, ZONE);

    /** GTIN-8, -12, -13 or -14. */
    static final java.util.regex.Pattern GTIN_DIGITS = java.util.regex.Pattern.compile("\\d{8}|\\d{12,14}");

    private final OrderImportSettings settings;

    CsvOrderReader(OrderImportSettings settings) {
        this.settings = settings;
    }

    ParsedFile read(String fileName, String hash, CsvFile.Source source) throws IOException {
        State state = new State(fileName);
        Optional<UserMessage> failure = CsvFile.stream(fileName, source, state);
        if (failure.isPresent()) {
            return ParsedFile.failed(fileName, hash, Optional.of(BatchFormat.CSV),
                    ImportProblem.fatal(Where.file(fileName), failure.get()));
        }
        if (state.fatal != null) {
            return ParsedFile.failed(fileName, hash, Optional.of(BatchFormat.CSV), state.fatal);
        }
        if (state.dataRows == 0) {
            return ParsedFile.failed(fileName, hash, Optional.of(BatchFormat.CSV), ImportProblem.fatal(Where.file(fileName),
                    UserMessage.of("orders.file.headerOnly", fileName)));
        }
        return state.finish(hash);
    }

    /** An order while its lines are read. */
    private static final class OrderBuilder {
        final String key;
        final Where where;
        final String reference;
        final ClientRef client;
        final LocalDate date;
        final OrderKind kind;
        final List<ParsedPackage> packages = new ArrayList<>();
        final List<ParsedLine> lines = new ArrayList<>();
        final Map<String, ParsedPackage> byCode = new HashMap<>();
        final List<String> rejected = new ArrayList<>();
        /** Content hash of each line read into this order, and that line's number: exact copies are reported. */
        final Map<Long, Integer> rowHashes = new HashMap<>();

        OrderBuilder(String key, Where where, String reference, ClientRef client, LocalDate date, OrderKind kind) {
            this.key = key;
            this.where = where;
            this.reference = reference;
            this.client = client;
            this.date = date;
            this.kind = kind;
        }

        int packageCount() {
            return packages.stream().mapToInt(ParsedPackage::count).sum();
        }
    }

    private final class State implements CsvFile.RowSink {
        final String fileName;
        final Map<String, Integer> columns = new LinkedHashMap<>();
        int headerSize;
        char delimiter;
        final List<ImportProblem> problems = new ArrayList<>();
        final Map<String, OrderBuilder> orders = new LinkedHashMap<>();
        /** Package code to the order and line that first used it. */
        final Map<String, String[]> codes = new HashMap<>();
        ImportProblem fatal;
        int dataRows;
        String supplier;
        String batchReference;
        int firstLine;

        State(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public boolean layout(CsvFile.Layout layout) {
            headerSize = layout.header().size();
            delimiter = layout.delimiter();
            for (String column : ALL_COLUMNS) {
                int i = layout.index(column);
                if (i >= 0) {
                    columns.put(column, i);
                }
            }
            List<String> missing = new ArrayList<>(REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList());
            if (!columns.containsKey(PACKAGES) && !columns.containsKey(PACKAGE_CODE)) {
                missing.add(PACKAGES + " / " + PACKAGE_CODE);
            }
            if (!columns.containsKey(CLIENT_NUMBER) && !(columns.containsKey(CLIENT_NAME) && columns.containsKey(ADDRESS))) {
                missing.add(CLIENT_NUMBER);
            }
            if (!missing.isEmpty()) {
                fatal = ImportProblem.fatal(Where.line(fileName, 1), UserMessage.of("orders.csv.missingColumns",
                        fileName, String.join(", ", missing), String.join(", ", layout.header())));
                return false;
            }
            if (layout.wasLatin1()) {
                problems.add(new ImportProblem(ImportProblem.Severity.WARNING, Where.file(fileName), "", "",
                        UserMessage.of("csv.notice.latin1", fileName), ImportProblem.fileKey(fileName), ImportProblem.Fix.NONE));
            }
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < layout.header().size(); i++) {
                if (!layout.header().get(i).isEmpty() && !columns.containsValue(i)) {
                    unknown.add(layout.header().get(i));
                }
            }
            if (!unknown.isEmpty()) {
                problems.add(ImportProblem.warning(Where.line(fileName, 1), "", String.join(", ", unknown),
                        ImportProblem.fileKey(fileName), "orders.csv.unknownColumns", String.join(", ", unknown)));
            }
            return true;
        }

        private String get(List<String> row, String column) {
            Integer i = columns.get(column);
            return i == null || i >= row.size() ? "" : Fields.trim(row.get(i));
        }

        @Override
        public void row(int line, List<String> row) {
            if (row.stream().allMatch(String::isBlank)) {
                return;
            }
            dataRows++;
            String rowKey = fileName + ":" + line;
            Where where = Where.line(fileName, line);
            List<ImportProblem> found = new ArrayList<>();
            List<FieldError> fieldErrors = new ArrayList<>();
            Function<FieldError, ImportProblem> toProblem = e -> new ImportProblem(ImportProblem.Severity.ERROR, where,
                    e.field(), e.value(), e.message(), rowKey, ImportProblem.Fix.NONE);

            String extra = row.size() > headerSize
                    ? String.join(String.valueOf(delimiter), row.subList(headerSize, row.size())) : "";
            if (!extra.isEmpty()) {
                found.add(ImportProblem.error(where, "", extra, rowKey, "orders.csv.extraValues", extra));
            }
            Optional<String> rowSupplier = Fields.required(SUPPLIER, get(row, SUPPLIER), fieldErrors);
            Optional<String> rowBatch = Fields.required(BATCH_REFERENCE, get(row, BATCH_REFERENCE), fieldErrors);
            Optional<LocalDate> date = Fields.required(DELIVERY_DATE, get(row, DELIVERY_DATE), fieldErrors)
                    .flatMap(d -> date(d, fieldErrors));
            Optional<String> reference = Fields.required(ORDER_REFERENCE, get(row, ORDER_REFERENCE), fieldErrors);
            fieldErrors.forEach(e -> found.add(toProblem.apply(e)));
            fieldErrors.clear();

            if (supplier == null && rowSupplier.isPresent() && rowBatch.isPresent()) {
                supplier = rowSupplier.get();
                batchReference = rowBatch.get();
                firstLine = line;
            } else if (supplier != null) {
                rowSupplier.filter(s -> !s.equals(supplier)).ifPresent(s -> found.add(ImportProblem.error(where, SUPPLIER, s,
                        rowKey, "orders.csv.otherBatch", supplier, String.valueOf(firstLine))));
                rowBatch.filter(b -> !b.equals(batchReference)).ifPresent(b -> found.add(ImportProblem.error(where,
                        BATCH_REFERENCE, b, rowKey, "orders.csv.otherBatch", batchReference, String.valueOf(firstLine))));
            }

            ClientRef client = new ClientRef(get(row, CLIENT_NUMBER), get(row, CLIENT_NAME), get(row, ADDRESS),
                    get(row, POSTCODE), get(row, CITY));
            if (client.clientNumber().isEmpty() && (client.name().isEmpty() || client.address().isEmpty())) {
                found.add(ImportProblem.error(where, CLIENT_NUMBER, "", rowKey, "orders.client.missing"));
            }
            String kindText = get(row, KIND);
            Optional<OrderKind> kind = kindText.isEmpty() ? Optional.of(OrderKind.GROCERY) : OrderKind.parse(kindText);
            if (kind.isEmpty()) {
                found.add(ImportProblem.error(where, KIND, kindText, rowKey, "orders.kind.unknown"));
            }

            // The package this line describes, if any.
            String code = get(row, PACKAGE_CODE);
            String countText = get(row, PACKAGES);
            String zoneText = get(row, ZONE);
            int count = 0;
            if (!code.isEmpty()) {
                if (!countText.isEmpty() && !countText.equals("1")) {
                    found.add(ImportProblem.error(where, PACKAGES, countText, rowKey, "orders.csv.countWithCode"));
                }
                count = 1;
            } else if (!countText.isEmpty()) {
                count = packageCount(countText, where, rowKey, found);
            }
            boolean describesPackages = !code.isEmpty() || !countText.isEmpty();
            Optional<Zone> zone = Zone.parse(zoneText);
            ImportProblem zoneProblem = null;
            if (describesPackages && zone.isEmpty()) {
                zoneProblem = ImportProblem.error(where, ZONE, zoneText, rowKey,
                        zoneText.isEmpty() ? "orders.zone.missing" : "orders.zone.unknown", zoneText)
                        .withFix(ImportProblem.Fix.CHOOSE_ZONE);
            }

            // The item this line describes, if any.
            String itemName = get(row, ITEM_NAME);
            String quantityText = get(row, QUANTITY);
            ParsedLine item = null;
            if (!itemName.isEmpty()) {
                double quantity = quantityText.isEmpty() ? 1 : quantity(quantityText, where, rowKey, found);
                String gtin = get(row, GTIN);
                if (!gtin.isEmpty() && !GTIN_DIGITS.matcher(gtin).matches()) {
                    found.add(ImportProblem.warning(where, GTIN, gtin, rowKey, "orders.gtin.invalid"));
                }
                item = new ParsedLine(rowKey, where, Optional.of(gtin).filter(g -> !g.isEmpty()), itemName, quantity,
                        get(row, UNIT), Optional.empty(), "", zone);
            } else if (!quantityText.isEmpty() || !get(row, GTIN).isEmpty()) {
                found.add(ImportProblem.error(where, ITEM_NAME, "", rowKey, "orders.item.nameMissing"));
            }
            if (!describesPackages && item == null && found.isEmpty()) {
                found.add(ImportProblem.error(where, PACKAGES, "", rowKey, "orders.csv.nothing"));
            }

            boolean orderLevelOk = reference.isPresent() && date.isPresent() && kind.isPresent() && extra.isEmpty()
                    && rowSupplier.isPresent() && rowBatch.isPresent()
                    && found.stream().noneMatch(p -> p.field().equals(SUPPLIER) || p.field().equals(BATCH_REFERENCE)
                            || p.field().equals(CLIENT_NUMBER));
            if (!orderLevelOk) {
                problems.addAll(found);
                return;
            }
            OrderBuilder order = orders.get(reference.get());
            if (order == null) {
                order = new OrderBuilder(fileName + "#" + reference.get(), where, reference.get(), client, date.get(),
                        kind.get());
                orders.put(reference.get(), order);
            } else {
                String conflict = conflict(order, client, date.get(), kind.get());
                if (conflict != null) {
                    problems.addAll(found);
                    problems.add(ImportProblem.error(where, conflict, valueOf(conflict, client, date.get(), kindText),
                            rowKey, "orders.csv.orderConflict", reference.get(), String.valueOf(order.where.line())));
                    order.rejected.add(rowKey);
                    return;
                }
            }
            if (found.stream().anyMatch(p -> p.severity() == ImportProblem.Severity.ERROR)) {
                problems.addAll(found);
                order.rejected.add(rowKey);
                return;
            }
            long hash = rowHash(row);
            Integer copyOf = order.rowHashes.putIfAbsent(hash, line);
            if (copyOf != null) {
                problems.addAll(found);
                problems.add(ImportProblem.error(where, "", "", rowKey, "orders.csv.duplicateLine", String.valueOf(copyOf)));
                order.rejected.add(rowKey);
                return;
            }
            if (!code.isEmpty()) {
                String[] usedBy = codes.putIfAbsent(code, new String[] {reference.get(), String.valueOf(line)});
                if (usedBy != null && !usedBy[0].equals(reference.get())) {
                    problems.addAll(found);
                    problems.add(ImportProblem.error(where, PACKAGE_CODE, code, rowKey, "orders.package.codeInOtherOrder",
                            usedBy[0], usedBy[1]));
                    order.rejected.add(rowKey);
                    return;
                }
                ParsedPackage earlier = order.byCode.get(code);
                if (earlier != null) {
                    // A further line of a package already read: it adds an item, not a package.
                    if (zone.isPresent() && earlier.zone().isPresent() && !zone.equals(earlier.zone())) {
                        problems.addAll(found);
                        problems.add(ImportProblem.error(where, ZONE, zoneText, rowKey, "orders.package.zoneConflict",
                                code, earlier.zone().get().norwegian(), String.valueOf(earlier.where().line())));
                        order.rejected.add(rowKey);
                        return;
                    }
                    describesPackages = false;
                    zoneProblem = null;
                }
            }
            problems.addAll(found);
            if (describesPackages) {
                ParsedPackage p = new ParsedPackage(rowKey, where, Optional.of(code).filter(c -> !c.isEmpty()), zone, count,
                        get(row, DESCRIPTION));
                order.packages.add(p);
                if (!code.isEmpty()) {
                    order.byCode.put(code, p);
                }
                if (zoneProblem != null) {
                    problems.add(zoneProblem);
                }
            }
            if (item != null) {
                order.lines.add(item);
            }
        }

        /** Nearly every line of a batch has the same date: parsed once. */
        private final Map<String, LocalDate> dates = new HashMap<>();

        private Optional<LocalDate> date(String text, List<FieldError> errors) {
            LocalDate known = dates.get(text);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<LocalDate> parsed = Fields.date(DELIVERY_DATE, text, errors);
            parsed.ifPresent(d -> dates.put(text, d));
            return parsed;
        }

        private int packageCount(String text, Where where, String rowKey, List<ImportProblem> found) {
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                found.add(ImportProblem.error(where, PACKAGES, text, rowKey, "orders.count.notWhole"));
                return 0;
            }
            if (value <= 0) {
                found.add(ImportProblem.error(where, PACKAGES, text, rowKey, "orders.count.tooSmall"));
            } else if (value > settings.maxPackagesPerOrder()) {
                found.add(ImportProblem.error(where, PACKAGES, text, rowKey, "orders.count.absurd",
                        String.valueOf(settings.maxPackagesPerOrder())));
            }
            return value;
        }

        private double quantity(String text, Where where, String rowKey, List<ImportProblem> found) {
            List<FieldError> errors = new ArrayList<>();
            Optional<Double> q = Fields.decimal(QUANTITY, text, errors);
            errors.forEach(e -> found.add(new ImportProblem(ImportProblem.Severity.ERROR, where, e.field(), e.value(),
                    e.message(), rowKey, ImportProblem.Fix.NONE)));
            q.ifPresent(v -> checkQuantity(v, text, QUANTITY, where, rowKey, found, settings));
            return q.orElse(0.0);
        }

        private String conflict(OrderBuilder order, ClientRef client, LocalDate date, OrderKind kind) {
            if (!order.client.clientNumber().equals(client.clientNumber())) {
                return CLIENT_NUMBER;
            }
            if (!client.name().isEmpty() && !order.client.name().isEmpty() && !order.client.name().equals(client.name())) {
                return CLIENT_NAME;
            }
            if (!order.date.equals(date)) {
                return DELIVERY_DATE;
            }
            return order.kind == kind ? null : KIND;
        }

        private String valueOf(String column, ClientRef client, LocalDate date, String kindText) {
            return switch (column) {
                case CLIENT_NUMBER -> client.clientNumber();
                case CLIENT_NAME -> client.name();
                case DELIVERY_DATE -> date.toString();
                default -> kindText;
            };
        }

        private long rowHash(List<String> row) {
            long h = 0xcbf29ce484222325L;
            for (String value : row) {
                String v = value.strip();
                for (int i = 0; i < v.length(); i++) {
                    h ^= v.charAt(i);
                    h *= 0x100000001b3L;
                }
                h ^= 0x1F;
                h *= 0x100000001b3L;
            }
            return h;
        }

        ParsedFile finish(String hash) {
            List<ParsedOrder> parsed = new ArrayList<>(orders.size());
            for (OrderBuilder o : orders.values()) {
                parsed.add(new ParsedOrder(o.key, o.where, o.reference, o.client, Optional.of(o.date), o.kind, o.packages,
                        o.lines, false, o.rejected));
            }
            return new ParsedFile(fileName, hash, Optional.of(BatchFormat.CSV), supplier == null ? "" : supplier,
                    batchReference == null ? "" : batchReference, Optional.empty(), parsed, problems);
        }
    }

    /** Shared by the readers: a delivered or ordered quantity must be positive and believable. */
    static void checkQuantity(double value, String text, String field, Where where, String target,
                              List<ImportProblem> found, OrderImportSettings settings) {
        if (value <= 0) {
            found.add(ImportProblem.error(where, field, text, target, "orders.quantity.notPositive"));
        } else if (value > settings.maxItemQuantity()) {
            found.add(ImportProblem.error(where, field, text, target, "orders.quantity.absurd",
                    formatLimit(settings.maxItemQuantity())));
        }
    }

    static String formatLimit(double limit) {
        return limit == Math.rint(limit) ? String.valueOf((long) limit) : String.valueOf(limit);
    }
}
