package no.smartmat.console.orders;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.csv.CsvFile;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;

/**
 * The JSON batch (README "Order import"): one object with supplier, batch reference, delivery date and the
 * orders. Read with Jackson's streaming parser one order at a time, so a large file never sits in memory as
 * a whole; each problem names the order's line in the file and its path ({@code orders[3].packages[0]}).
 */
final class JsonOrderReader {

    static final String FORMAT_ID = "smartmat-orders/1";
    private static final Set<String> BATCH_FIELDS = Set.of("format", "supplier", "batchReference", "deliveryDate", "orders");
    private static final Set<String> ORDER_FIELDS = Set.of("orderReference", "kind", "client", "clientNumber",
            "deliveryDate", "packages", "lines", "note");

    private final OrderImportSettings settings;
    private final ObjectMapper mapper = new ObjectMapper();

    JsonOrderReader(OrderImportSettings settings) {
        this.settings = settings;
    }

    ParsedFile read(String fileName, String hash, CsvFile.Source source) throws IOException {
        Optional<Charset> charset = CsvFile.detectCharset(source);
        if (charset.isEmpty()) {
            return fatal(fileName, hash, Where.file(fileName), UserMessage.of("orders.file.binary", fileName));
        }
        List<ImportProblem> problems = new ArrayList<>();
        if (!charset.get().equals(StandardCharsets.UTF_8)) {
            problems.add(ImportProblem.warning(Where.file(fileName), "", "", ImportProblem.fileKey(fileName),
                    "orders.file.latin1", fileName));
        }
        String supplier = "", batchReference = "", dateText = "";
        int dateLine = 0;
        List<ParsedOrder> orders = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        boolean sawOrders = false;
        try (Reader reader = new InputStreamReader(source.open(), charset.get());
             JsonParser p = new JsonFactory().createParser(reader)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return fatal(fileName, hash, Where.line(fileName, p.currentTokenLocation().getLineNr()),
                        UserMessage.of("orders.json.notObject", fileName));
            }
            Map<String, Integer> firstLineOfReference = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> {
                        String f = p.getValueAsString("");
                        if (!f.equals(FORMAT_ID)) {
                            problems.add(ImportProblem.warning(Where.at(fileName, p.currentTokenLocation().getLineNr(), "format"),
                                    "format", f, ImportProblem.fileKey(fileName), "orders.json.otherFormat", FORMAT_ID));
                        }
                    }
                    case "supplier" -> supplier = text(p);
                    case "batchReference" -> batchReference = text(p);
                    case "deliveryDate" -> {
                        dateText = text(p);
                        dateLine = p.currentTokenLocation().getLineNr();
                    }
                    case "orders" -> {
                        sawOrders = true;
                        if (value != JsonToken.START_ARRAY) {
                            return fatal(fileName, hash, Where.at(fileName, p.currentTokenLocation().getLineNr(), "orders"),
                                    UserMessage.of("orders.json.ordersNotList", fileName));
                        }
                        int index = 0;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            int line = p.currentTokenLocation().getLineNr();
                            JsonNode node = mapper.readTree(p);
                            readOrder(fileName, node, index++, line, orders, problems, firstLineOfReference, unknown);
                        }
                    }
                    default -> {
                        unknown.add(field);
                        p.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            return fatal(fileName, hash, Where.line(fileName, line), UserMessage.of("orders.json.syntax", fileName,
                    String.valueOf(line), String.valueOf(column), e.getOriginalMessage()));
        }
        if (!unknown.isEmpty()) {
            problems.add(ImportProblem.warning(Where.file(fileName), "", String.join(", ", unknown),
                    ImportProblem.fileKey(fileName), "orders.json.unknownFields", String.join(", ", unknown)));
        }
        List<String> missing = new ArrayList<>();
        if (supplier.isEmpty()) {
            missing.add("supplier");
        }
        if (batchReference.isEmpty()) {
            missing.add("batchReference");
        }
        if (dateText.isEmpty()) {
            missing.add("deliveryDate");
        }
        if (!sawOrders) {
            missing.add("orders");
        }
        if (!missing.isEmpty()) {
            return fatal(fileName, hash, Where.file(fileName), UserMessage.of("orders.json.missingFields", fileName,
                    String.join(", ", missing)));
        }
        List<FieldError> dateErrors = new ArrayList<>();
        Optional<LocalDate> date = Fields.date("deliveryDate", dateText, dateErrors);
        if (date.isEmpty()) {
            return fatal(fileName, hash, Where.at(fileName, dateLine, "deliveryDate"), UserMessage.of("orders.json.badDate",
                    fileName, dateText));
        }
        if (orders.isEmpty() && problems.stream().noneMatch(ImportProblem::blocks)) {
            return fatal(fileName, hash, Where.file(fileName), UserMessage.of("orders.file.noOrders", fileName));
        }
        return new ParsedFile(fileName, hash, Optional.of(BatchFormat.JSON), supplier, batchReference, date, orders, problems);
    }

    private void readOrder(String file, JsonNode node, int index, int line, List<ParsedOrder> orders,
                           List<ImportProblem> problems, Map<String, Integer> firstLineOfReference, Set<String> unknown) {
        String path = "orders[" + index + "]";
        Where where = Where.at(file, line, path);
        String fallbackKey = file + "#" + path;
        if (!node.isObject()) {
            problems.add(ImportProblem.error(where, "", node.toString(), fallbackKey, "orders.json.orderNotObject"));
            return;
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!ORDER_FIELDS.contains(f)) {
                unknown.add("orders[]." + f);
            }
        });
        List<ImportProblem> found = new ArrayList<>();
        String reference = str(node, "orderReference");
        String key = reference.isEmpty() ? fallbackKey : file + "#" + reference;
        if (reference.isEmpty()) {
            found.add(ImportProblem.error(where, "orderReference", "", key, "validation.required"));
        } else {
            Integer earlier = firstLineOfReference.putIfAbsent(reference, line);
            if (earlier != null) {
                problems.add(ImportProblem.error(where, "orderReference", reference, fallbackKey,
                        "orders.order.duplicateReference", reference, String.valueOf(earlier)));
                return;
            }
        }
        String kindText = str(node, "kind");
        Optional<OrderKind> kind = kindText.isEmpty() ? Optional.of(OrderKind.GROCERY) : OrderKind.parse(kindText);
        if (kind.isEmpty()) {
            found.add(ImportProblem.error(where, "kind", kindText, key, "orders.kind.unknown"));
        }
        JsonNode c = node.path("client");
        ClientRef client = new ClientRef(firstNonEmpty(str(c, "clientNumber"), str(node, "clientNumber")), str(c, "name"),
                str(c, "address"), str(c, "postcode"), str(c, "city"));
        if (client.clientNumber().isEmpty() && (client.name().isEmpty() || client.address().isEmpty())) {
            found.add(ImportProblem.error(where, "client", c.toString(), key, "orders.client.missing"));
        }
        Optional<LocalDate> date = Optional.empty();
        String dateText = str(node, "deliveryDate");
        if (!dateText.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            date = Fields.date("deliveryDate", dateText, errors);
            errors.forEach(e -> found.add(new ImportProblem(ImportProblem.Severity.ERROR, where, e.field(), e.value(),
                    e.message(), key, ImportProblem.Fix.NONE)));
        }
        List<ParsedPackage> packages = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        int i = 0;
        for (Iterator<JsonNode> it = node.path("packages").elements(); it.hasNext(); i++) {
            JsonNode pk = it.next();
            String pPath = path + ".packages[" + i + "]";
            Where pWhere = Where.at(file, line, pPath);
            String pKey = file + ":" + pPath;
            String code = str(pk, "code");
            String countText = pk.has("count") ? pk.get("count").asText() : code.isEmpty() ? "" : "1";
            int count = 0;
            List<ImportProblem> partProblems = new ArrayList<>();
            if (countText.isEmpty()) {
                partProblems.add(ImportProblem.error(pWhere, "count", "", pKey, "validation.required"));
            } else {
                count = count(countText, pk.get("count"), pWhere, pKey, partProblems);
            }
            String zoneText = str(pk, "zone");
            Optional<Zone> zone = Zone.parse(zoneText);
            if (!partProblems.isEmpty()) {
                found.addAll(partProblems);
                rejected.add(pKey);
                continue;
            }
            packages.add(new ParsedPackage(pKey, pWhere, Optional.of(code).filter(s -> !s.isEmpty()), zone, count,
                    str(pk, "description")));
            if (zone.isEmpty()) {
                found.add(ImportProblem.error(pWhere, "zone", zoneText, pKey,
                        zoneText.isEmpty() ? "orders.zone.missing" : "orders.zone.unknown", zoneText)
                        .withFix(ImportProblem.Fix.CHOOSE_ZONE));
            }
        }
        List<ParsedLine> lines = new ArrayList<>();
        i = 0;
        for (Iterator<JsonNode> it = node.path("lines").elements(); it.hasNext(); i++) {
            JsonNode ln = it.next();
            String lPath = path + ".lines[" + i + "]";
            Where lWhere = Where.at(file, line, lPath);
            String lKey = file + ":" + lPath;
            String name = str(ln, "name");
            List<ImportProblem> partProblems = new ArrayList<>();
            if (name.isEmpty()) {
                partProblems.add(ImportProblem.error(lWhere, "name", "", lKey, "orders.item.nameMissing"));
            }
            String qText = ln.has("quantity") ? ln.get("quantity").asText() : "1";
            List<FieldError> errors = new ArrayList<>();
            Optional<Double> quantity = Fields.decimal("quantity", qText, errors);
            errors.forEach(e -> partProblems.add(new ImportProblem(ImportProblem.Severity.ERROR, lWhere, e.field(),
                    e.value(), e.message(), lKey, ImportProblem.Fix.NONE)));
            quantity.ifPresent(q -> CsvOrderReader.checkQuantity(q, qText, "quantity", lWhere, lKey, partProblems, settings));
            String gtin = str(ln, "gtin");
            if (!gtin.isEmpty() && !CsvOrderReader.GTIN_DIGITS.matcher(gtin).matches()) {
                found.add(ImportProblem.warning(lWhere, "gtin", gtin, lKey, "orders.gtin.invalid"));
            }
            if (!partProblems.isEmpty()) {
                found.addAll(partProblems);
                rejected.add(lKey);
                continue;
            }
            Optional<Double> outstanding = ln.has("outstandingQuantity")
                    ? Optional.of(ln.get("outstandingQuantity").asDouble()) : Optional.empty();
            ParsedLine parsed = new ParsedLine(lKey, lWhere, Optional.of(gtin).filter(s -> !s.isEmpty()), name,
                    quantity.orElse(1.0), str(ln, "unit"), outstanding, str(ln, "outstandingReason"), Zone.parse(str(ln, "zone")));
            lines.add(parsed);
            outstanding.filter(o -> o > 0).ifPresent(o -> found.add(ImportProblem.warning(lWhere, "outstandingQuantity",
                    ln.get("outstandingQuantity").asText(), lKey, "orders.line.shortage", name,
                    parsed.outstandingReason().isEmpty() ? "–" : parsed.outstandingReason())));
        }
        boolean orderBroken = found.stream().anyMatch(p -> p.blocks() && p.target().equals(key));
        problems.addAll(found);
        if (orderBroken || reference.isEmpty()) {
            return;
        }
        orders.add(new ParsedOrder(key, where, reference, client, date, kind.orElseThrow(), packages, lines, false, rejected));
    }

    private int count(String text, JsonNode raw, Where where, String key, List<ImportProblem> found) {
        int value;
        try {
            value = raw != null && raw.isFloatingPointNumber() && raw.asDouble() != Math.rint(raw.asDouble())
                    ? Integer.MIN_VALUE : raw != null && raw.isNumber() ? raw.asInt() : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            value = Integer.MIN_VALUE;
        }
        if (value == Integer.MIN_VALUE) {
            found.add(ImportProblem.error(where, "count", text, key, "orders.count.notWhole"));
        } else if (value <= 0) {
            found.add(ImportProblem.error(where, "count", text, key, "orders.count.tooSmall"));
        } else if (value > settings.maxPackagesPerOrder()) {
            found.add(ImportProblem.error(where, "count", text, key, "orders.count.absurd",
                    String.valueOf(settings.maxPackagesPerOrder())));
        }
        return value;
    }

    private static String text(JsonParser p) throws IOException {
        return p.currentToken().isScalarValue() ? p.getValueAsString("").strip() : skipAndEmpty(p);
    }

    private static String skipAndEmpty(JsonParser p) throws IOException {
        p.skipChildren();
        return "";
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText().strip();
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static ParsedFile fatal(String fileName, String hash, Where where, UserMessage message) {
        return ParsedFile.failed(fileName, hash, Optional.of(BatchFormat.JSON), ImportProblem.fatal(where, message));
    }
}
