package no.smartmat.console.orders;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.smartmat.console.csv.CsvFile;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.FieldError;
import no.smartmat.console.validation.Fields;

/**
 * PEPPOL BIS Despatch Advice 3 (EHF Pakkseddel) and PEPPOL BIS Order 3, read exactly as
 * {@code docs/formats.md} maps them, with plain StAX: one pass, constant memory, and the XML path of
 * every value at hand for the error messages. A UBL binding library (ph-ubl) would validate against the
 * schema but builds the whole document tree and reports JAXB paths, not the document's own.
 */
final class UblReader {

    static final String NS_DESPATCH = "urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2";
    static final String NS_ORDER = "urn:oasis:names:specification:ubl:schema:xsd:Order-2";
    static final String GTIN_SCHEME = "0160";
    /** Shipment ids that mean "none": the PEPPOL examples write NA where a shipment has no id. */
    private static final Set<String> NO_ID = Set.of("", "NA", "N/A", "-");
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    private final OrderImportSettings settings;
    private final XMLInputFactory factory;

    UblReader(OrderImportSettings settings) {
        this.settings = settings;
        this.factory = XMLInputFactory.newFactory();
        // Order files come from outside: no DTDs, no external entities (XXE), no messages on stderr.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setXMLReporter((message, type, info, location) -> {});
    }

    /** A value read from the document, with where it stood. */
    private record Value(String text, String xpath, Map<String, String> attributes) {}

    /** A DespatchLine or an Order's LineItem while it is read. */
    private static final class Line {
        final String xpath;
        final Map<String, Value> values = new HashMap<>();
        final List<String[]> properties = new ArrayList<>();
        final List<Value[]> handlingUnits = new ArrayList<>();

        Line(String xpath) {
            this.xpath = xpath;
        }

        Optional<Value> get(String path) {
            return Optional.ofNullable(values.get(path));
        }

        String text(String path) {
            return get(path).map(Value::text).orElse("");
        }
    }

    /** The document while it is read: the first value of each interesting path, and its lines. */
    private static final class Doc {
        final String root;
        final String linePrefix;
        final Map<String, Value> first = new HashMap<>();
        final List<Line> lines = new ArrayList<>();
        Line line;
        String[] property;
        Value[] handlingUnit;

        Doc(String root) {
            this.root = root;
            this.linePrefix = root.equals("Order") ? "Order/OrderLine/LineItem" : "DespatchAdvice/DespatchLine";
        }

        Optional<Value> get(String relative) {
            return Optional.ofNullable(first.get(root + "/" + relative));
        }

        String text(String relative) {
            return get(relative).map(Value::text).orElse("");
        }
    }

    ParsedFile read(String fileName, String hash, CsvFile.Source source) throws IOException {
        Doc doc;
        try (InputStream in = source.open()) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                doc = walk(fileName, hash, r);
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return malformed(fileName, hash, e);
        } catch (NotOrderDocument e) {
            return ParsedFile.failed(fileName, hash, Optional.empty(), ImportProblem.fatal(Where.path(fileName, e.xpath),
                    e.message));
        }
        return doc.root.equals("Order") ? order(fileName, hash, doc) : despatch(fileName, hash, doc);
    }

    private static final class NotOrderDocument extends Exception {
        final String xpath;
        final UserMessage message;

        NotOrderDocument(String xpath, UserMessage message) {
            super(message.key(), null, false, false);
            this.xpath = xpath;
            this.message = message;
        }
    }

    private Doc walk(String fileName, String hash, XMLStreamReader r) throws XMLStreamException, NotOrderDocument {
        XmlPath path = new XmlPath();
        Doc doc = null;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                path.start(r.getPrefix(), r.getLocalName());
                if (doc == null) {
                    doc = rootOf(fileName, r, path.xpath());
                    continue;
                }
                String simple = path.simple();
                if (simple.equals(doc.linePrefix)) {
                    doc.line = new Line(path.xpath());
                } else if (doc.line != null && simple.equals(doc.linePrefix + "/Item/AdditionalItemProperty")) {
                    doc.property = new String[2];
                } else if (doc.line != null && simple.equals(doc.linePrefix + "/Shipment/TransportHandlingUnit")) {
                    doc.handlingUnit = new Value[2];
                } else if (isLeaf(doc, simple)) {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    String xpath = path.xpath();
                    Value value = new Value(r.getElementText().strip(), xpath, attributes);
                    path.end();
                    store(doc, simple, value);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String simple = path.simple();
                if (doc != null && simple.equals(doc.linePrefix) && doc.line != null) {
                    doc.lines.add(doc.line);
                    doc.line = null;
                } else if (doc != null && doc.property != null && simple.endsWith("/Item/AdditionalItemProperty")) {
                    doc.line.properties.add(doc.property);
                    doc.property = null;
                } else if (doc != null && doc.handlingUnit != null && simple.endsWith("/Shipment/TransportHandlingUnit")) {
                    doc.line.handlingUnits.add(doc.handlingUnit);
                    doc.handlingUnit = null;
                }
                path.end();
            }
        }
        if (doc == null) {
            throw new NotOrderDocument("", UserMessage.of("orders.file.empty", fileName));
        }
        return doc;
    }

    private Doc rootOf(String fileName, XMLStreamReader r, String xpath) throws NotOrderDocument {
        String local = r.getLocalName();
        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        if (local.equals("DespatchAdvice") && ns.equals(NS_DESPATCH)) {
            return new Doc("DespatchAdvice");
        }
        if (local.equals("Order") && ns.equals(NS_ORDER)) {
            return new Doc("Order");
        }
        if (local.equals("Invoice") || local.equals("CreditNote")) {
            throw new NotOrderDocument(xpath, UserMessage.of("orders.ubl.invoice", fileName, local));
        }
        throw new NotOrderDocument(xpath, UserMessage.of("orders.ubl.unknownRoot", fileName, local, ns));
    }

    private static final Set<String> DOC_LEAVES = Set.of("ID", "CustomizationID", "OrderReference/ID",
            "DespatchSupplierParty/Party/PartyName/Name", "DespatchSupplierParty/Party/PartyLegalEntity/RegistrationName",
            "DespatchSupplierParty/Party/EndpointID",
            "SellerSupplierParty/Party/PartyName/Name", "SellerSupplierParty/Party/PartyLegalEntity/RegistrationName",
            "SellerSupplierParty/Party/EndpointID",
            "DeliveryCustomerParty/Party/PartyIdentification/ID", "DeliveryCustomerParty/Party/PartyName/Name",
            "DeliveryCustomerParty/Party/PartyLegalEntity/RegistrationName",
            "DeliveryCustomerParty/Party/PostalAddress/StreetName", "DeliveryCustomerParty/Party/PostalAddress/BuildingNumber",
            "DeliveryCustomerParty/Party/PostalAddress/PostalZone", "DeliveryCustomerParty/Party/PostalAddress/CityName",
            "Shipment/ID", "Shipment/Delivery/EstimatedDeliveryPeriod/StartDate",
            "Delivery/DeliveryParty/PartyIdentification/ID", "Delivery/DeliveryParty/PartyName/Name",
            "Delivery/DeliveryLocation/Address/StreetName", "Delivery/DeliveryLocation/Address/BuildingNumber",
            "Delivery/DeliveryLocation/Address/PostalZone", "Delivery/DeliveryLocation/Address/CityName",
            "Delivery/Shipment/ID", "Delivery/RequestedDeliveryPeriod/StartDate");
    private static final Set<String> LINE_LEAVES = Set.of("ID", "DeliveredQuantity", "OutstandingQuantity",
            "OutstandingReason", "Quantity", "Item/Name", "Item/StandardItemIdentification/ID",
            "Item/SellersItemIdentification/ID", "Item/AdditionalItemProperty/Name", "Item/AdditionalItemProperty/Value",
            "Shipment/TransportHandlingUnit/ID", "Shipment/TransportHandlingUnit/ShippingMarks",
            "Delivery/RequestedDeliveryPeriod/StartDate", "Delivery/RequestedDeliveryPeriod/EndDate");

    private static boolean isLeaf(Doc doc, String simple) {
        if (doc.line != null && simple.startsWith(doc.linePrefix + "/")) {
            return LINE_LEAVES.contains(simple.substring(doc.linePrefix.length() + 1));
        }
        return simple.startsWith(doc.root + "/") && DOC_LEAVES.contains(simple.substring(doc.root.length() + 1));
    }

    private static void store(Doc doc, String simple, Value value) {
        if (doc.line != null && simple.startsWith(doc.linePrefix + "/")) {
            String relative = simple.substring(doc.linePrefix.length() + 1);
            switch (relative) {
                case "Item/AdditionalItemProperty/Name" -> {
                    if (doc.property != null) {
                        doc.property[0] = value.text();
                    }
                }
                case "Item/AdditionalItemProperty/Value" -> {
                    if (doc.property != null) {
                        doc.property[1] = value.text();
                    }
                }
                case "Shipment/TransportHandlingUnit/ID" -> {
                    if (doc.handlingUnit != null) {
                        doc.handlingUnit[0] = value;
                    }
                }
                case "Shipment/TransportHandlingUnit/ShippingMarks" -> {
                    if (doc.handlingUnit != null) {
                        doc.handlingUnit[1] = value;
                    }
                }
                case "Item/StandardItemIdentification/ID" -> {
                    // A GTIN (scheme 0160) wins over another standard identifier.
                    Value earlier = doc.line.values.get(relative);
                    if (earlier == null || !GTIN_SCHEME.equals(earlier.attributes().get("schemeID"))) {
                        doc.line.values.put(relative, value);
                    }
                }
                default -> doc.line.values.putIfAbsent(relative, value);
            }
            return;
        }
        doc.first.putIfAbsent(simple, value);
    }

    // ---------------------------------------------------------------------------------------------- despatch advice

    private ParsedFile despatch(String file, String hash, Doc doc) {
        List<ImportProblem> problems = new ArrayList<>();
        String root = "/DespatchAdvice";
        Optional<ParsedFile> missing = requireIdAndSupplier(file, hash, doc, BatchFormat.UBL_DESPATCH,
                "DespatchSupplierParty");
        if (missing.isPresent()) {
            return missing.get();
        }
        String documentId = doc.text("ID");
        String supplier = supplier(doc, "DespatchSupplierParty");
        String batchReference = batchReference(doc.text("Shipment/ID"), documentId);
        String key = file + "#" + documentId;
        Where where = Where.path(file, root);
        Optional<LocalDate> date = date(file, doc, "Shipment/Delivery/EstimatedDeliveryPeriod/StartDate",
                root + "/cac:Shipment/cac:Delivery/cac:EstimatedDeliveryPeriod/cbc:StartDate", key, problems);
        ClientRef client = new ClientRef(doc.text("DeliveryCustomerParty/Party/PartyIdentification/ID"),
                firstNonEmpty(doc.text("DeliveryCustomerParty/Party/PartyName/Name"),
                        doc.text("DeliveryCustomerParty/Party/PartyLegalEntity/RegistrationName")),
                street(doc.text("DeliveryCustomerParty/Party/PostalAddress/StreetName"),
                        doc.text("DeliveryCustomerParty/Party/PostalAddress/BuildingNumber")),
                doc.text("DeliveryCustomerParty/Party/PostalAddress/PostalZone"),
                doc.text("DeliveryCustomerParty/Party/PostalAddress/CityName"));
        if (client.isEmpty()) {
            problems.add(ImportProblem.error(Where.path(file, root + "/cac:DeliveryCustomerParty"),
                    "cac:DeliveryCustomerParty", "", key, "orders.client.missing"));
        }

        List<ParsedLine> lines = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        Map<String, Value> packageIds = new LinkedHashMap<>();
        Map<String, List<Value>> marksByPackage = new HashMap<>();
        Map<String, List<Line>> linesByPackage = new HashMap<>();
        for (Line line : doc.lines) {
            String lineKey = file + ":" + line.xpath;
            Optional<ParsedLine> parsed = item(file, line, lineKey, "DeliveredQuantity", false, problems);
            parsed.ifPresentOrElse(lines::add, () -> rejected.add(lineKey));
            List<Value[]> units = line.handlingUnits.stream().filter(u -> u[0] != null && !u[0].text().isEmpty()).toList();
            if (units.isEmpty()) {
                problems.add(ImportProblem.error(Where.path(file, line.xpath), "cac:TransportHandlingUnit/cbc:ID", "",
                        lineKey, "orders.ubl.lineWithoutPackage", line.text("ID")));
            }
            for (Value[] unit : units) {
                String sscc = unit[0].text();
                packageIds.putIfAbsent(sscc, unit[0]);
                if (unit[1] != null) {
                    marksByPackage.computeIfAbsent(sscc, k -> new ArrayList<>()).add(unit[1]);
                }
                linesByPackage.computeIfAbsent(sscc, k -> new ArrayList<>()).add(line);
            }
        }
        List<ParsedPackage> packages = new ArrayList<>();
        for (var entry : packageIds.entrySet()) {
            String sscc = entry.getKey();
            Value idValue = entry.getValue();
            String packageKey = file + ":" + sscc;
            Where packageWhere = Where.path(file, idValue.xpath());
            List<Value> marks = marksByPackage.getOrDefault(sscc, List.of());
            Optional<Zone> zone = marks.stream().map(m -> zoneIn(m.text())).flatMap(Optional::stream).findFirst();
            if (zone.isEmpty()) {
                zone = coldest(linesByPackage.getOrDefault(sscc, List.of()).stream()
                        .map(UblReader::temperatureZone).flatMap(Optional::stream).toList());
            }
            String description = marks.stream().map(Value::text).filter(t -> !t.isEmpty()).findFirst().orElse("");
            packages.add(new ParsedPackage(packageKey, packageWhere, Optional.of(sscc), zone, 1, description));
            if (zone.isEmpty()) {
                problems.add(ImportProblem.error(packageWhere, "cbc:ShippingMarks", description, packageKey,
                        "orders.ubl.zoneUnknown", sscc).withFix(ImportProblem.Fix.CHOOSE_ZONE));
            }
        }
        ParsedOrder order = new ParsedOrder(key, where, documentId, client, date, OrderKind.GROCERY, packages, lines, false,
                rejected);
        return new ParsedFile(file, hash, Optional.of(BatchFormat.UBL_DESPATCH), supplier, batchReference, date,
                List.of(order), problems);
    }

    // ---------------------------------------------------------------------------------------------- order

    private ParsedFile order(String file, String hash, Doc doc) {
        List<ImportProblem> problems = new ArrayList<>();
        String root = "/Order";
        Optional<ParsedFile> missing = requireIdAndSupplier(file, hash, doc, BatchFormat.UBL_ORDER, "SellerSupplierParty");
        if (missing.isPresent()) {
            return missing.get();
        }
        String documentId = doc.text("ID");
        String supplier = supplier(doc, "SellerSupplierParty");
        String batchReference = batchReference(doc.text("Delivery/Shipment/ID"), documentId);
        String key = file + "#" + documentId;
        Optional<LocalDate> date = date(file, doc, "Delivery/RequestedDeliveryPeriod/StartDate",
                root + "/cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate", key, problems);
        ClientRef client = new ClientRef(doc.text("Delivery/DeliveryParty/PartyIdentification/ID"),
                doc.text("Delivery/DeliveryParty/PartyName/Name"),
                street(doc.text("Delivery/DeliveryLocation/Address/StreetName"),
                        doc.text("Delivery/DeliveryLocation/Address/BuildingNumber")),
                doc.text("Delivery/DeliveryLocation/Address/PostalZone"),
                doc.text("Delivery/DeliveryLocation/Address/CityName"));
        if (client.isEmpty()) {
            problems.add(ImportProblem.error(Where.path(file, root + "/cac:Delivery/cac:DeliveryParty"),
                    "cac:DeliveryParty", "", key, "orders.client.missing"));
        }
        List<ParsedLine> lines = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (Line line : doc.lines) {
            String lineKey = file + ":" + line.xpath;
            Optional<ParsedLine> parsed = item(file, line, lineKey, "Quantity", true, problems);
            if (parsed.isEmpty()) {
                rejected.add(lineKey);
                continue;
            }
            Optional<Zone> zone = temperatureZone(line);
            ParsedLine withZone = zone.map(z -> parsed.get().withZone(z)).orElse(parsed.get());
            lines.add(withZone);
            if (zone.isEmpty()) {
                problems.add(ImportProblem.error(Where.path(file, line.xpath + "/cac:Item"), "Temperatursone",
                        propertyValue(line), lineKey, "orders.ubl.lineZoneUnknown", parsed.get().name())
                        .withFix(ImportProblem.Fix.CHOOSE_ZONE));
            }
            date.ifPresent(d -> linePeriodWarning(file, line, lineKey, d, problems));
        }
        ParsedOrder order = new ParsedOrder(key, Where.path(file, root), documentId, client, date, OrderKind.GROCERY,
                List.of(), lines, true, rejected);
        if (lines.isEmpty() && doc.lines.isEmpty()) {
            problems.add(ImportProblem.error(Where.path(file, root), "cac:OrderLine", "", key, "orders.ubl.noLines"));
        }
        return new ParsedFile(file, hash, Optional.of(BatchFormat.UBL_ORDER), supplier, batchReference, date,
                List.of(order), problems);
    }

    private void linePeriodWarning(String file, Line line, String lineKey, LocalDate orderDate, List<ImportProblem> problems) {
        Optional<LocalDate> start = line.get("Delivery/RequestedDeliveryPeriod/StartDate").flatMap(v -> parseDate(v.text()));
        Optional<LocalDate> end = line.get("Delivery/RequestedDeliveryPeriod/EndDate").flatMap(v -> parseDate(v.text()));
        if (start.isEmpty()) {
            return;
        }
        LocalDate last = end.orElse(start.get());
        if (orderDate.isBefore(start.get()) || orderDate.isAfter(last)) {
            Value v = line.get("Delivery/RequestedDeliveryPeriod/StartDate").orElseThrow();
            problems.add(ImportProblem.warning(Where.path(file, v.xpath()), "cbc:StartDate", v.text(), lineKey,
                    "orders.ubl.linePeriod", OrderTexts.date(start.get()), OrderTexts.date(last), OrderTexts.date(orderDate)));
        }
    }

    // ---------------------------------------------------------------------------------------------- shared parts

    private Optional<ParsedFile> requireIdAndSupplier(String file, String hash, Doc doc, BatchFormat format, String supplierParty) {
        String root = "/" + doc.root;
        if (doc.text("ID").isEmpty()) {
            return Optional.of(ParsedFile.failed(file, hash, Optional.of(format), ImportProblem.fatal(
                    Where.path(file, root + "/cbc:ID"), UserMessage.of("orders.ubl.noId", file))));
        }
        if (supplier(doc, supplierParty).isEmpty()) {
            return Optional.of(ParsedFile.failed(file, hash, Optional.of(format), ImportProblem.fatal(
                    Where.path(file, root + "/cac:" + supplierParty), UserMessage.of("orders.ubl.noSupplier", file))));
        }
        return Optional.empty();
    }

    private static String supplier(Doc doc, String party) {
        return firstNonEmpty(doc.text(party + "/Party/PartyName/Name"),
                firstNonEmpty(doc.text(party + "/Party/PartyLegalEntity/RegistrationName"), doc.text(party + "/Party/EndpointID")));
    }

    static String batchReference(String shipmentId, String documentId) {
        return NO_ID.contains(shipmentId.strip().toUpperCase(Locale.ROOT)) ? documentId : shipmentId.strip();
    }

    private Optional<LocalDate> date(String file, Doc doc, String relative, String xpath, String key,
                                     List<ImportProblem> problems) {
        Optional<Value> v = doc.get(relative);
        if (v.isEmpty() || v.get().text().isEmpty()) {
            problems.add(ImportProblem.error(Where.path(file, xpath), "cbc:StartDate", "", key, "orders.ubl.noDate"));
            return Optional.empty();
        }
        Optional<LocalDate> date = parseDate(v.get().text());
        if (date.isEmpty()) {
            problems.add(ImportProblem.error(Where.path(file, v.get().xpath()), "cbc:StartDate", v.get().text(), key,
                    "validation.notDate"));
        }
        return date;
    }

    private static Optional<LocalDate> parseDate(String text) {
        List<FieldError> ignored = new ArrayList<>();
        return Fields.date("date", text, ignored);
    }

    /** An item line, checked against the PEPPOL rules: a name, an identifier, a quantity that is not negative. */
    private Optional<ParsedLine> item(String file, Line line, String lineKey, String quantityElement, boolean mustBePositive,
                                      List<ImportProblem> problems) {
        List<ImportProblem> found = new ArrayList<>();
        Where where = Where.path(file, line.xpath);
        String name = line.text("Item/Name");
        if (name.isEmpty()) {
            found.add(ImportProblem.error(Where.path(file, line.xpath + "/cac:Item/cbc:Name"), "cbc:Name", "", lineKey,
                    "orders.item.nameMissing"));
        }
        Optional<Value> standard = line.get("Item/StandardItemIdentification/ID");
        Optional<Value> sellers = line.get("Item/SellersItemIdentification/ID");
        if (standard.map(Value::text).orElse("").isEmpty() && sellers.map(Value::text).orElse("").isEmpty()) {
            found.add(ImportProblem.error(Where.path(file, line.xpath + "/cac:Item"), "cac:StandardItemIdentification", "",
                    lineKey, "orders.ubl.itemWithoutId", name));
        }
        Optional<String> gtin = standard.filter(v -> GTIN_SCHEME.equals(v.attributes().get("schemeID"))).map(Value::text);
        Optional<Value> q = line.get(quantityElement);
        double quantity = 0;
        if (q.isEmpty() || q.get().text().isEmpty()) {
            found.add(ImportProblem.error(Where.path(file, line.xpath), "cbc:" + quantityElement, "", lineKey,
                    "validation.required"));
        } else {
            List<FieldError> errors = new ArrayList<>();
            Optional<Double> parsed = Fields.decimal(quantityElement, q.get().text(), errors);
            Where qWhere = Where.path(file, q.get().xpath());
            errors.forEach(e -> found.add(new ImportProblem(ImportProblem.Severity.ERROR, qWhere, "cbc:" + quantityElement,
                    e.value(), e.message(), lineKey, ImportProblem.Fix.NONE)));
            if (parsed.isPresent()) {
                quantity = parsed.get();
                if (mustBePositive) {
                    CsvOrderReader.checkQuantity(quantity, q.get().text(), "cbc:" + quantityElement, qWhere, lineKey, found,
                            settings);
                } else if (quantity < 0) {
                    found.add(ImportProblem.error(qWhere, "cbc:" + quantityElement, q.get().text(), lineKey,
                            "orders.quantity.negative"));
                } else if (quantity > settings.maxItemQuantity()) {
                    found.add(ImportProblem.error(qWhere, "cbc:" + quantityElement, q.get().text(), lineKey,
                            "orders.quantity.absurd", CsvOrderReader.formatLimit(settings.maxItemQuantity())));
                }
            }
        }
        problems.addAll(found);
        if (found.stream().anyMatch(ImportProblem::blocks)) {
            return Optional.empty();
        }
        Optional<Double> outstanding = line.get("OutstandingQuantity").flatMap(v -> {
            List<FieldError> ignored = new ArrayList<>();
            return Fields.decimal("OutstandingQuantity", v.text(), ignored);
        });
        String reason = line.text("OutstandingReason");
        outstanding.filter(o -> o > 0).ifPresent(o -> problems.add(ImportProblem.warning(
                Where.path(file, line.get("OutstandingQuantity").orElseThrow().xpath()), "cbc:OutstandingQuantity",
                line.text("OutstandingQuantity"), lineKey, "orders.line.shortage", name, reason.isEmpty() ? "–" : reason)));
        String unit = q.map(v -> v.attributes().getOrDefault("unitCode", "")).orElse("");
        return Optional.of(new ParsedLine(lineKey, where, gtin, name, quantity, unit, outstanding, reason, Optional.empty()));
    }

    /** The zone a line's "Temperatursone" property names. */
    private static Optional<Zone> temperatureZone(Line line) {
        return line.properties.stream()
                .filter(p -> p[0] != null && p[0].strip().equalsIgnoreCase("Temperatursone") && p[1] != null)
                .map(p -> zoneIn(p[1])).flatMap(Optional::stream).findFirst();
    }

    private static String propertyValue(Line line) {
        return line.properties.stream().filter(p -> p[0] != null && p[0].strip().equalsIgnoreCase("Temperatursone"))
                .map(p -> p[1] == null ? "" : p[1]).findFirst().orElse("");
    }

    /** The first word of {@code text} that names a zone: "KJØL", "Kolli 1 av 2 - FRYS", "frozen". */
    static Optional<Zone> zoneIn(String text) {
        for (String word : NOT_LETTERS.split(text)) {
            Optional<Zone> zone = Zone.parse(word);
            if (zone.isPresent()) {
                return zone;
            }
        }
        return Optional.empty();
    }

    /** The coldest of the zones found: frozen goods decide the package's compartment. */
    static Optional<Zone> coldest(List<Zone> zones) {
        if (zones.contains(Zone.FROZEN)) {
            return Optional.of(Zone.FROZEN);
        }
        if (zones.contains(Zone.CHILLED)) {
            return Optional.of(Zone.CHILLED);
        }
        return zones.isEmpty() ? Optional.empty() : Optional.of(Zone.AMBIENT);
    }

    private static String street(String street, String number) {
        return number.isEmpty() || street.endsWith(number) ? street : (street + " " + number).strip();
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private ParsedFile malformed(String file, String hash, XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
        String detail = e.getMessage() == null ? "" : e.getMessage();
        int at = detail.indexOf("Message: ");
        detail = (at >= 0 ? detail.substring(at + 9) : detail).strip();
        Throwable nested = e.getNestedException();
        boolean encoding = nested != null && nested.getClass().getSimpleName().contains("MalformedByteSequence")
                || detail.contains("UTF-8 sequence");
        if (detail.contains("Premature end of file") && line <= 1 && column <= 1) {
            return ParsedFile.failed(file, hash, Optional.empty(), ImportProblem.fatal(Where.file(file),
                    UserMessage.of("orders.file.empty", file)));
        }
        return ParsedFile.failed(file, hash, Optional.empty(), ImportProblem.fatal(Where.line(file, Math.max(line, 0)),
                encoding ? UserMessage.of("orders.xml.encoding", file, String.valueOf(line))
                        : UserMessage.of("orders.xml.malformed", file, String.valueOf(line), String.valueOf(column), detail)));
    }
}
