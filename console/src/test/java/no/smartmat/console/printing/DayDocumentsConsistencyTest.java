package no.smartmat.console.printing;

import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.validation.Outcome;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.delivery.OrderStatus;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.console.slots.TimeWindow;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.planner.scenario.Capacity;
import no.smartmat.planner.solver.SolveLimits;
import no.smartmat.reports.common.Zone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo day planned and published, then its labels, manifests and loading lists printed and read back: for every
 * stop the window, the arrival, the zones and the number of packages agree across the three documents and with the
 * plan, and every bag carries the instruction the handling rule gives it (frozen food never goes in a fridge). A
 * client's window is changed after publishing first, so the documents are also shown to print the published plan,
 * not the stop as it is now.
 */
class DayDocumentsConsistencyTest {

    static final LocalDate DAY = TestKitchen.MONDAY;
    static final Pattern CODE = Pattern.compile("PK-\\d{8}-\\d+");
    static final Messages NB = new Messages(Messages.NORWEGIAN);

    @TempDir
    static Path dir;
    static AppContext app;
    static CurrentUser coordinator;
    static StoredPlan plan;
    static long movedStop;
    /** The whole day's labels, printed once after the change. */
    static RenderedDocument labelDoc;
    /** Every physical package of the plan: code to what the plan and the database say of it. */
    static final Map<String, Bag> BAGS = new LinkedHashMap<>();
    static final Map<Long, Expected> STOPS = new HashMap<>();

    record Bag(String code, long stopId, Zone zone) {}

    /** A stop as the published plan has it. */
    record Expected(long stopId, String van, int number, int stopCount, LocalTime eta, LocalTime windowStart,
                    LocalTime windowEnd, Capacity packages, String clientName, boolean putAway) {}

    /** One label as printed. */
    record PrintedLabel(String code, Zone zone, String van, int number, int stopCount, String window, int bag, int bags,
                        Optional<String> instruction) {}

    @BeforeAll
    static void publishAndChangeAWindowAfterwards() {
        app = TestKitchen.demo(dir);
        coordinator = TestKitchen.user(app, Role.COORDINATOR);
        plan = app.planning().planDay(DAY, SolveLimits.seconds(3), true, coordinator, p -> {});
        for (StoredPlan.StoredRoute route : plan.routes()) {
            for (int i = 0; i < route.stops().size(); i++) {
                StoredPlan.StoredStop s = route.stops().get(i);
                var client = app.db().dsl().select(CLIENT.NAME, CLIENT.PUT_IN_FRIDGE).from(STOP).join(CLIENT)
                        .on(CLIENT.ID.eq(STOP.CLIENT_ID)).where(STOP.ID.eq(s.stopId())).fetchSingle();
                STOPS.put(s.stopId(), new Expected(s.stopId(), route.vehicleCode(), i + 1, route.stops().size(),
                        s.serviceStart(), s.windowStart(), s.windowEnd(), s.packages(), client.value1(), client.value2()));
            }
        }
        app.db().dsl().select(ORDER_PACKAGE.ID, ORDER_PACKAGE.PACKAGE_CODE, ORDER_PACKAGE.ZONE, ORDER_PACKAGE.COUNT,
                        SUPPLIER_ORDER.STOP_ID)
                .from(ORDER_PACKAGE).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID))
                .where(SUPPLIER_ORDER.DELIVERY_DATE.eq(DAY)).and(SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE))
                .and(SUPPLIER_ORDER.STOP_ID.in(STOPS.keySet()))
                .forEach(r -> PackageCodes.codes(DAY, r.value1(), Optional.ofNullable(r.value2()), r.value4())
                        .forEach(code -> BAGS.put(code, new Bag(code, r.value5(), Zone.valueOf(r.value3())))));

        // A client of the published day moves to 11:00-13:00 (after the cut-off, overridden). The documents must
        // still print the window the plan was solved against, with its arrival.
        Expected moved = STOPS.values().stream().filter(e -> e.windowStart().equals(LocalTime.of(9, 0))
                && e.windowEnd().equals(LocalTime.of(15, 0))).findFirst().orElseThrow();
        movedStop = moved.stopId();
        long clientId = app.db().dsl().select(STOP.CLIENT_ID).from(STOP).where(STOP.ID.eq(movedStop)).fetchSingle(STOP.CLIENT_ID);
        Outcome<UserMessage> booked = app.bookings().book(clientId, DAY,
                new TimeWindow(LocalTime.of(11, 0), LocalTime.of(13, 0)), true, coordinator);
        assertThat(booked).isInstanceOf(Outcome.Done.class);
        labelDoc = print(DocumentKind.LABELS, PrintScope.all());
    }

    static RenderedDocument print(DocumentKind kind, PrintScope scope) {
        Outcome<RenderedDocument> out = app.printing().render(DAY, new PrintJob(kind, scope,
                app.printing().settings().current()), coordinator);
        assertThat(out).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<RenderedDocument>) out).value();
    }

    static final Pattern LABEL = Pattern.compile("^(KJØL|FRYS|TØRR) STOPP (\\d+) av (\\d+) (BIL-\\d+) · .*? kl\\. "
            + "(\\d\\d:\\d\\d–\\d\\d:\\d\\d) .* POSE (\\d+) av (\\d+) (SETTES I [A-ZÆØÅ]+ )?.*?(PK-\\d{8}-\\d+)$");

    @Test
    void everyStopAgreesAcrossLabelsManifestsLoadingListsAndThePlan() {
        // Labels: one page per bag, read in drawing order (zone block, stop, route, window, name, bag, instruction, code).
        Map<String, PrintedLabel> labels = new HashMap<>();
        for (String page : PdfText.pagesInDrawingOrder(labelDoc.pdf())) {
            Matcher m = LABEL.matcher(page);
            assertThat(m.matches()).as(page).isTrue();
            labels.put(m.group(9), new PrintedLabel(m.group(9), zone(m.group(1)), m.group(4), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(5), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)),
                    Optional.ofNullable(m.group(8)).map(String::strip)));
        }
        assertThat(labels.keySet()).containsExactlyInAnyOrderElementsOf(BAGS.keySet());

        int checkedStops = 0;
        for (StoredPlan.StoredRoute route : plan.routes()) {
            String manifest = PdfText.allInDrawingOrder(print(DocumentKind.MANIFESTS, PrintScope.route(route.vehicleCode())).pdf());
            String loading = PdfText.allInDrawingOrder(print(DocumentKind.LOADING_LIST, PrintScope.route(route.vehicleCode())).pdf());
            Map<Integer, ManifestRow> rows = manifestRows(manifest);
            Map<String, LoadingRow> loaded = loadingRows(loading);
            assertThat(rows).as(route.vehicleCode()).hasSize(route.stops().size());

            for (StoredPlan.StoredStop stop : route.stops()) {
                Expected e = STOPS.get(stop.stopId());
                String window = e.windowStart() + "–" + e.windowEnd();
                List<PrintedLabel> bags = BAGS.values().stream().filter(b -> b.stopId() == e.stopId())
                        .map(b -> labels.get(b.code())).toList();
                String what = route.vehicleCode() + " stop " + e.number() + " (" + e.clientName() + ")";

                // The plan's packages are the stop's bags; each label names the plan's van, stop, window and zone.
                assertThat(perZone(bags.stream().map(PrintedLabel::zone).toList())).as(what).isEqualTo(e.packages());
                assertThat(bags).as(what).allSatisfy(l -> {
                    assertThat(l.van()).isEqualTo(e.van());
                    assertThat(l.number()).isEqualTo(e.number());
                    assertThat(l.stopCount()).isEqualTo(e.stopCount());
                    assertThat(l.window()).isEqualTo(window);
                    assertThat(l.bags()).isEqualTo(bags.size());
                    assertThat(l.zone()).isEqualTo(BAGS.get(l.code()).zone());
                    assertThat(l.instruction()).isEqualTo(instruction(l.zone(), e.putAway()));
                });
                assertThat(bags).extracting(PrintedLabel::bag).as(what).containsExactlyInAnyOrderElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, bags.size()).boxed().toList());

                // The manifest's row: the plan's arrival and window, the same zones and count, the same instructions.
                ManifestRow row = rows.get(e.number());
                assertThat(row.eta()).as(what).isEqualTo(e.eta().toString());
                assertThat(row.window()).as(what).isEqualTo(window);
                assertThat(row.packages()).as(what).isEqualTo(e.packages());
                assertThat(row.total()).as(what).isEqualTo(bags.size());
                assertThat(row.instructions()).as(what).isEqualTo(bags.stream().filter(l -> l.instruction().isPresent())
                        .collect(java.util.stream.Collectors.toMap(PrintedLabel::zone, l -> l.instruction().get(), (a, b) -> a,
                                () -> new EnumMap<>(Zone.class))));

                // The loading list: every bag once, in its zone's section, with the stop and bag numbers of its label.
                assertThat(bags).as(what).allSatisfy(l -> {
                    LoadingRow r = loaded.get(l.code());
                    assertThat(r).as(l.code()).isNotNull();
                    assertThat(r.zone()).isEqualTo(l.zone());
                    assertThat(r.stop()).isEqualTo(e.number());
                    assertThat(r.bag()).isEqualTo(l.bag());
                    assertThat(r.bags()).isEqualTo(l.bags());
                });
                checkedStops++;
            }
            assertThat(loaded).as(route.vehicleCode()).hasSize((int) BAGS.values().stream()
                    .filter(b -> STOPS.get(b.stopId()).van().equals(route.vehicleCode())).count());
        }
        assertThat(checkedStops).isEqualTo(plan.assignedCount()).isGreaterThan(100);

        // The moved client is still printed with the published window, and whoever prints is told it changed.
        assertThat(labelDoc.changedAfterPublishing()).extracting(c -> c.stopId()).containsExactly(movedStop);
        assertThat(STOPS.get(movedStop).windowStart()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void frozenFoodIsNeverToldToGoInAFridge() {
        assertThat(instruction(Zone.FROZEN, true)).contains("SETTES I FRYSER");
        assertThat(instruction(Zone.CHILLED, true)).contains("SETTES I KJØLESKAP");
        assertThat(instruction(Zone.AMBIENT, true)).contains("SETTES I SKAP");
        for (Zone zone : Zone.values()) {
            assertThat(instruction(zone, false)).as(zone.name()).isEmpty();
        }
        // Read back from every frozen bag's label of the day, for clients who want the food put away and who do not.
        List<String> frozenPages = PdfText.pagesInDrawingOrder(labelDoc.pdf()).stream()
                .filter(p -> p.startsWith("FRYS ")).toList();
        assertThat(frozenPages).hasSizeGreaterThan(10).noneMatch(p -> p.contains("KJØLESKAP"))
                .anyMatch(p -> p.contains("SETTES I FRYSER")).anyMatch(p -> !p.contains("SETTES I"));
    }

    /** The instruction the kitchen's rule gives, in the documents' words. */
    static Optional<String> instruction(Zone zone, boolean putAway) {
        return Handling.of(zone, putAway).map(h -> h.words(NB).text());
    }

    record ManifestRow(String eta, String window, Capacity packages, int total, Map<Zone, String> instructions) {}

    static final Pattern ROW_START = Pattern.compile("(?<!\\S)(\\d+) (?:NY )?Ankomst ca\\. (\\d\\d:\\d\\d) Vindu (\\d\\d:\\d\\d–\\d\\d:\\d\\d)");
    static final Pattern ZONE_BAGS = Pattern.compile("(KJØL|FRYS|TØRR) (\\d+(?:, \\d+)*)(?= )");
    static final Pattern ZONE_INSTRUCTION = Pattern.compile("(KJØL|FRYS|TØRR) (SETTES I [A-ZÆØÅ]+)");
    static final Pattern TOTAL = Pattern.compile("(\\d+) kolli");

    /** The manifest's rows by stop number, each read from its own stretch of the text. */
    static Map<Integer, ManifestRow> manifestRows(String text) {
        List<int[]> starts = new ArrayList<>();
        Matcher m = ROW_START.matcher(text);
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
        }
        Map<Integer, ManifestRow> rows = new HashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            String head = text.substring(starts.get(i)[0], starts.get(i)[1]);
            String body = text.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length());
            Matcher h = ROW_START.matcher(head);
            assertThat(h.matches()).isTrue();
            List<Zone> zones = new ArrayList<>();
            Matcher z = ZONE_BAGS.matcher(body);
            while (z.find()) {
                for (int n = 0; n < z.group(2).split(", ").length; n++) {
                    zones.add(zone(z.group(1)));
                }
            }
            Map<Zone, String> instructions = new EnumMap<>(Zone.class);
            Matcher in = ZONE_INSTRUCTION.matcher(body);
            while (in.find()) {
                instructions.put(zone(in.group(1)), in.group(2));
            }
            Matcher t = TOTAL.matcher(body);
            assertThat(t.find()).as(body).isTrue();
            rows.put(Integer.parseInt(h.group(1)), new ManifestRow(h.group(2), h.group(3), perZone(zones),
                    Integer.parseInt(t.group(1)), instructions));
        }
        return rows;
    }

    record LoadingRow(Zone zone, int stop, int bag, int bags) {}

    static final Pattern SECTION = Pattern.compile("(Fryserom|Kjølerom|Tørrvarer): \\d+ kolli");
    static final Pattern LOADING_ROW = Pattern.compile("(?<!\\S)\\d+ (\\d+) \\D+? (\\d+) av (\\d+) (PK-\\d{8}-\\d+)");

    /** Every row of a loading list by package code, with the section (zone) it is in. */
    static Map<String, LoadingRow> loadingRows(String text) {
        List<int[]> sections = new ArrayList<>();
        List<Zone> zones = new ArrayList<>();
        Matcher s = SECTION.matcher(text);
        while (s.find()) {
            sections.add(new int[] {s.start(), s.end()});
            zones.add(switch (s.group(1)) {
                case "Fryserom" -> Zone.FROZEN;
                case "Kjølerom" -> Zone.CHILLED;
                default -> Zone.AMBIENT;
            });
        }
        Map<String, LoadingRow> rows = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            String body = text.substring(sections.get(i)[1], i + 1 < sections.size() ? sections.get(i + 1)[0] : text.length());
            Matcher r = LOADING_ROW.matcher(body);
            while (r.find()) {
                String code = r.group(4);
                LoadingRow before = rows.put(code, new LoadingRow(zones.get(i), Integer.parseInt(r.group(1)),
                        Integer.parseInt(r.group(2)), Integer.parseInt(r.group(3))));
                assertThat(before).as("bag " + code + " listed once").isNull();
            }
        }
        return rows;
    }

    static Zone zone(String word) {
        for (Zone z : Zone.values()) {
            if (z.word().equals(word)) {
                return z;
            }
        }
        throw new IllegalArgumentException(word);
    }

    static Capacity perZone(List<Zone> zones) {
        return new Capacity((int) zones.stream().filter(z -> z == Zone.CHILLED).count(),
                (int) zones.stream().filter(z -> z == Zone.FROZEN).count(),
                (int) zones.stream().filter(z -> z == Zone.AMBIENT).count());
    }
}
