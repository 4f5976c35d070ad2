package no.smartmat.console.demo;

import static no.smartmat.console.db.jooq.Tables.APP_SETTING;
import static no.smartmat.console.db.jooq.Tables.AREA;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.ORDER_BATCH;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.SLOT_TEMPLATE;
import static no.smartmat.console.db.jooq.Tables.STANDING_BOOKING;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.clients.ClientData;
import no.smartmat.console.clients.ClientRepository;
import no.smartmat.console.clients.ClientService;
import no.smartmat.console.clients.GeoPoint;
import no.smartmat.console.config.KitchenSettings;
import no.smartmat.console.db.Database;
import no.smartmat.console.db.jooq.tables.records.ClientRecord;
import no.smartmat.console.fleet.AreaRepository;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Driver;
import no.smartmat.console.fleet.FleetRepository;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.orders.BatchFormat;
import no.smartmat.console.orders.OrderKind;
import no.smartmat.console.users.User;
import no.smartmat.console.users.UserService;
import org.jooq.DSLContext;

/**
 * A realistic Bærum kitchen for demonstration and for trying features: four users (one per role), 12 vans
 * with 12 fixed drivers, 27 delivery areas on their weekdays, ~1,000 clients around the neighbourhoods'
 * postcode points, slot templates and standing bookings, and the orders (dinners from the kitchen, groceries
 * from the grocer) for every weekday of the current and the next ISO week. Generated from a fixed seed, so
 * two demo kitchens look alike. Refuses to touch a database that already holds users or clients.
 */
public final class DemoData {

    /** Every demo user's password; stated in the README. */
    public static final String PASSWORD = "smartmat";
    public static final String SETTING_KEY = "demo.generated";
    /** The demo coordinator's user name: the one who imported the demo's order batches. */
    public static final String COORDINATOR = "koordinator";
    public static final String DINNER_SUPPLIER = "Bærum storkjøkken – middag";
    public static final String GROCERY_SUPPLIER = "Smart Mat Dagligvare";

    private static final String[] FIRST_NAMES = {"Astrid", "Ingrid", "Kari", "Solveig", "Bjørg", "Gunnar", "Olav",
            "Arne", "Knut", "Odd", "Tor", "Håkon", "Ragnhild", "Åse", "Marit", "Randi", "Sigrid", "Else", "Gerd",
            "Liv", "Jorunn", "Torbjørg", "Øystein", "Kåre", "Bjørn", "Per", "Svein", "Egil", "Leif", "Ellen", "Aud",
            "Turid", "Wenche", "Grethe", "Anne-Lise", "Hans Petter", "Jan Erik", "Reidun", "Æsa", "Borghild",
            "Halvor", "Ivar", "Magnhild", "Nils", "Oddvar", "Signe", "Tove", "Unni", "Vigdis", "Åshild"};
    private static final String[] LAST_NAMES = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen",
            "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen",
            "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund",
            "Sørensen", "Strøm", "Bråten", "Sæther", "Løken", "Aas", "Bakke", "Solberg", "Gundersen", "Moen", "Lie",
            "Nygård", "Holm", "Ødegård", "Rønning", "Tangen", "Østby", "Kjær", "Vik", "Fjeld", "Hovland",
            "Bjørnstad", "Grønli", "Aamodt", "Skjærvø", "Brække-Østensjø"};
    private static final String[] DRIVER_NAMES = {"Tomasz Nowak", "Lise Bakken", "Ahmed Yusuf", "Kjersti Haugland",
            "Rune Øverby", "Maria Santos", "Jonas Lillehagen", "Fatima Rahimi", "Geir Åsheim", "Siri Mæland",
            "Mats Kvåle", "Bente Sæterdal"};
    private static final String[] ACCESS_NOTES = {"Nøkkelboks ved inngangsdøren", "Nøkkelboks på baksiden, ved garasjen",
            "Ring på, bruker hører dårlig – vent litt", "Hjemmetjenesten har nøkkel; ring 67 50 40 00 ved problemer",
            "Inngang fra gårdsplassen, 2. etasje", "Dørkode hos koordinator – se kjørelisten"};
    private static final String[] DIETS = {"GLUTEN", "LAKTOSE", "DIABETES", "MOS", "FISKEFRI", "NØTTER"};

    /** The areas by delivery weekday; neighbours share a day so each day's routes stay compact. */
    private static final Map<DayOfWeek, List<String>> AREAS_BY_DAY = Map.of(
            DayOfWeek.MONDAY, List.of("Fornebu", "Lysaker", "Snarøya"),
            DayOfWeek.TUESDAY, List.of("Sandvika", "Høvikodden", "Slependen", "Tanum", "Blommenholm", "Høvik"),
            DayOfWeek.WEDNESDAY, List.of("Vøyenenga", "Skui", "Rykkinn", "Lommedalen", "Rud", "Kolsås", "Bærums Verk"),
            DayOfWeek.THURSDAY, List.of("Haslum", "Valler", "Gjettum", "Dønski", "Bekkestua"),
            DayOfWeek.FRIDAY, List.of("Jar", "Grav", "Eiksmarka", "Østerås", "Hosle", "Stabekk"));
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final Map<DayOfWeek, Integer> CLIENTS_BY_DAY = Map.of(
            DayOfWeek.MONDAY, 130, DayOfWeek.TUESDAY, 215, DayOfWeek.WEDNESDAY, 220, DayOfWeek.THURSDAY, 210,
            DayOfWeek.FRIDAY, 215);
    private static final List<LocalTime[]> WINDOWS = List.of(
            new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(11, 0)},
            new LocalTime[] {LocalTime.of(11, 0), LocalTime.of(13, 0)},
            new LocalTime[] {LocalTime.of(13, 0), LocalTime.of(15, 0)});
    private static final LocalTime[] ANY_TIME = {LocalTime.of(9, 0), LocalTime.of(15, 0)};

    /** What the demo kitchen is written with: the same services and repositories the console uses. */
    public record Services(Database db, Clock clock, KitchenSettings kitchen, UserService users, ClientService clients,
                           FleetRepository fleetRepository, AreaRepository areaRepository,
                           ClientRepository clientRepository) {}

    private final Services services;
    private final List<Consumer<LocalDate>> featureDemos;

    /**
     * {@code featureDemos} add each feature's own demo records (windows and bookings, order files, HACCP history)
     * once the clients and orders exist, in order; the composition root hands them in with their services.
     */
    public DemoData(Services services, List<Consumer<LocalDate>> featureDemos) {
        this.services = services;
        this.featureDemos = List.copyOf(featureDemos);
    }

    public record Summary(int users, int drivers, int vehicles, int areas, int clients, int deliveryDays, int stops,
                          int packages) {}

    private record AreaPoint(String name, String postcode, String city, double lat, double lon, List<String> streets) {}

    public static boolean isDemo(Database db) {
        return db.dsl().fetchExists(APP_SETTING, APP_SETTING.KEY.eq(SETTING_KEY));
    }

    public boolean isDemo() {
        return isDemo(services.db());
    }

    public static boolean isEmpty(UserService users, ClientService clients) {
        return !users.anyExist() && clients.count() == 0;
    }

    public boolean isEmpty() {
        return isEmpty(services.users(), services.clients());
    }

    /** Fills an empty database. {@code today} decides which two ISO weeks get orders. */
    public Summary create(LocalDate today, Consumer<String> progress) {
        if (!isEmpty()) {
            throw new IllegalStateException("The database already holds users or clients; the demo never overwrites data");
        }
        Random random = new Random(20261123L);
        CurrentUser system = CurrentUser.headless("demo");
        progress.accept("users");
        services.users().create(COORDINATOR, "Kari Koordinator", Role.COORDINATOR, PASSWORD.toCharArray(), system);
        services.users().create("kjokken", "Kåre Kjøkken", Role.KITCHEN, PASSWORD.toCharArray(), system);
        services.users().create("veileder", "Vigdis Veileder", Role.SUPERVISOR, PASSWORD.toCharArray(), system);
        services.users().create("admin", "Åse Admin", Role.ADMIN, PASSWORD.toCharArray(), system);

        progress.accept("fleet");
        List<AreaPoint> points = areaPoints();
        services.db().transactionRun(tx -> {
            for (int i = 0; i < DRIVER_NAMES.length; i++) {
                String code = "D-%02d".formatted(i + 1);
                services.fleetRepository().insertDriver(tx, new Driver(0, code, DRIVER_NAMES[i],
                        "+47 9%02d %02d %03d".formatted(10 + i, 20 + i * 3, 100 + i * 37),
                        LocalTime.of(8, 30), LocalTime.of(15, 30), true));
                services.fleetRepository().insertVehicle(tx, new Vehicle(0, "BIL-%02d".formatted(i + 1),
                        "EL %05d".formatted(51230 + i * 7), "Kjølebil med fryseboks", Optional.of(code),
                        new Capacity(45, 14, 45), true));
            }
            for (DayOfWeek weekday : WEEKDAYS) {
                for (String area : AREAS_BY_DAY.get(weekday)) {
                    long areaId = services.areaRepository().insert(tx, area, Optional.of(weekday));
                    AreaPoint p = points.stream().filter(a -> a.name().equals(area)).findFirst().orElseThrow();
                    tx.update(AREA)
                            .set(AREA.CENTRE_LAT, p.lat())
                            .set(AREA.CENTRE_LON, p.lon())
                            .where(AREA.ID.eq(areaId)).execute();
                    insertSlotTemplates(tx, areaId, weekday, CLIENTS_BY_DAY.get(weekday) / AREAS_BY_DAY.get(weekday).size());
                }
            }
        });

        progress.accept("clients");
        int clientCount = services.db().transaction(tx -> createClients(tx, points, random, today));
        progress.accept("orders");
        int[] stopsAndPackages = addOrders(today, random);
        featureDemos.forEach(demo -> demo.accept(today));
        services.db().transactionRun(tx -> tx.insertInto(APP_SETTING).set(APP_SETTING.KEY, SETTING_KEY)
                .set(APP_SETTING.VALUE, today.toString()).execute());
        return new Summary(4, DRIVER_NAMES.length, DRIVER_NAMES.length, points.size(), clientCount,
                stopsAndPackages[2], stopsAndPackages[0], stopsAndPackages[1]);
    }

    /**
     * Adds orders for the weekdays of {@code today}'s ISO week and the next that have none yet, so an older
     * demo kitchen still shows today. Returns {stops, packages, days} added.
     */
    public int[] addOrders(LocalDate today, Random random) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        CurrentUser importer = services.users().all().stream().filter(u -> u.username().equals(COORDINATOR)).findFirst()
                .map(User::asCurrent).orElse(CurrentUser.headless("demo"));
        int stops = 0, packages = 0, days = 0;
        for (LocalDate date = monday; date.isBefore(monday.plusWeeks(2)); date = date.plusDays(1)) {
            if (date.getDayOfWeek().getValue() > 5) {
                continue;
            }
            LocalDate day = date;
            if (services.db().dsl().fetchExists(ORDER_BATCH, ORDER_BATCH.DELIVERY_DATE.eq(day))) {
                continue;
            }
            int[] added = services.db().transaction(tx -> ordersForDay(tx, day, random, importer));
            stops += added[0];
            packages += added[1];
            days++;
        }
        return new int[] {stops, packages, days};
    }

    private void insertSlotTemplates(DSLContext tx, long areaId, DayOfWeek weekday, int clientsInArea) {
        int perWindow = Math.max(10, (int) Math.ceil(clientsInArea * 0.45));
        for (LocalTime[] w : WINDOWS) {
            tx.insertInto(SLOT_TEMPLATE).set(SLOT_TEMPLATE.AREA_ID, areaId).set(SLOT_TEMPLATE.WEEKDAY, weekday.getValue())
                    .set(SLOT_TEMPLATE.WINDOW_START, w[0]).set(SLOT_TEMPLATE.WINDOW_END, w[1])
                    .set(SLOT_TEMPLATE.CAPACITY, perWindow).set(SLOT_TEMPLATE.IS_DEFAULT, false).execute();
        }
        tx.insertInto(SLOT_TEMPLATE).set(SLOT_TEMPLATE.AREA_ID, areaId).set(SLOT_TEMPLATE.WEEKDAY, weekday.getValue())
                .set(SLOT_TEMPLATE.WINDOW_START, ANY_TIME[0]).set(SLOT_TEMPLATE.WINDOW_END, ANY_TIME[1])
                .set(SLOT_TEMPLATE.CAPACITY, clientsInArea + 20).set(SLOT_TEMPLATE.IS_DEFAULT, true).execute();
    }

    private int createClients(DSLContext tx, List<AreaPoint> points, Random random, LocalDate today) {
        double depotLat = services.kitchen().depot().lat(), depotLon = services.kitchen().depot().lon();
        int number = 10001;
        int created = 0;
        for (DayOfWeek day : WEEKDAYS) {
            List<String> areas = AREAS_BY_DAY.get(day);
            int total = CLIENTS_BY_DAY.get(day);
            record Placed(ClientData data, double angle) {}
            List<Placed> placed = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                String areaName = areas.get(random.nextInt(areas.size()));
                AreaPoint area = points.stream().filter(a -> a.name().equals(areaName)).findFirst().orElseThrow();
                double lat = area.lat() + random.nextGaussian() * 0.0045;
                double lon = area.lon() + random.nextGaussian() * 0.009;
                String street = area.streets().get(random.nextInt(area.streets().size()));
                String address = street + " " + (1 + random.nextInt(60)) + (random.nextInt(6) == 0 ? "B" : "");
                String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                String phone = random.nextInt(10) < 8 ? "+47 %d%02d %02d %03d".formatted(random.nextBoolean() ? 6 : 9,
                        random.nextInt(100), random.nextInt(100), random.nextInt(1000)) : "";
                boolean hasNotes = random.nextInt(10) < 4;
                String notes = hasNotes ? ACCESS_NOTES[random.nextInt(ACCESS_NOTES.length)] : "";
                String keyCode = notes.startsWith("Nøkkelboks") ? String.valueOf(1000 + random.nextInt(9000)) : "";
                List<String> diet = random.nextInt(10) < 3 ? List.of(DIETS[random.nextInt(DIETS.length)]) : List.of();
                ClientData data = new ClientData("K-" + number++, name, address, area.postcode(), area.city(),
                        Optional.of(new GeoPoint(round(lat, 5), round(lon, 5))), phone, Optional.of(area.name()), notes,
                        keyCode, random.nextInt(10) < 7, diet, Optional.empty(), 5 + random.nextInt(6),
                        Optional.of(today.minusDays(30 + random.nextInt(900))), Optional.empty());
                placed.add(new Placed(data, Math.atan2(lat - depotLat, (lon - depotLon) * Math.cos(Math.toRadians(depotLat)))));
            }
            // Fixed drivers by sector around the kitchen: each driver keeps neighbouring clients.
            placed.sort(Comparator.comparingDouble(Placed::angle));
            for (int i = 0; i < placed.size(); i++) {
                int driver = 1 + i * DRIVER_NAMES.length / placed.size();
                ClientData d = placed.get(i).data();
                ClientData withDriver = new ClientData(d.clientNumber(), d.name(), d.address(), d.postcode(), d.city(),
                        d.location(), d.phone(), d.areaName(), d.accessNotes(), d.keyBoxCode(), d.putInFridge(),
                        d.dietCodes(), Optional.of("D-%02d".formatted(driver)), d.serviceMinutes(), d.activeFrom(),
                        d.activeTo());
                long clientId = services.clientRepository().insert(tx, withDriver, services.clock().instant());
                created++;
                if (random.nextInt(10) < 4) {
                    LocalTime[] w = WINDOWS.get(random.nextInt(WINDOWS.size()));
                    tx.insertInto(STANDING_BOOKING).set(STANDING_BOOKING.CLIENT_ID, clientId)
                            .set(STANDING_BOOKING.WEEKDAY, day.getValue()).set(STANDING_BOOKING.WINDOW_START, w[0])
                            .set(STANDING_BOOKING.WINDOW_END, w[1]).set(STANDING_BOOKING.VALID_FROM, d.activeFrom().orElseThrow())
                            .set(STANDING_BOOKING.CREATED_AT, services.clock().instant()).execute();
                }
            }
        }
        return created;
    }

    /** Dinners for every client of the day's areas, groceries for about half of them, one stop per client. */
    private int[] ordersForDay(DSLContext tx, LocalDate date, Random random, CurrentUser importer) {
        List<ClientRecord> clients = tx.select(CLIENT.asterisk()).from(CLIENT)
                .join(AREA).on(AREA.ID.eq(CLIENT.AREA_ID))
                .where(AREA.DELIVERY_WEEKDAY.eq(date.getDayOfWeek().getValue()))
                .and(CLIENT.ACTIVE_TO.isNull().or(CLIENT.ACTIVE_TO.ge(date)))
                .orderBy(CLIENT.ID).fetchInto(CLIENT);
        if (clients.isEmpty()) {
            return new int[] {0, 0};
        }
        long dinnerBatch = insertBatch(tx, DINNER_SUPPLIER, "MIDDAG-" + date, date, importer);
        long groceryBatch = insertBatch(tx, GROCERY_SUPPLIER, "SMD-" + date.toString().replace("-", ""), date, importer);
        int packages = 0, dinnerOrders = 0, groceryOrders = 0;
        for (ClientRecord c : clients) {
            LocalTime[] window = tx.selectFrom(STANDING_BOOKING).where(STANDING_BOOKING.CLIENT_ID.eq(c.getId()))
                    .fetchOptional().map(b -> new LocalTime[] {b.getWindowStart(), b.getWindowEnd()}).orElse(ANY_TIME);
            long stopId = tx.insertInto(STOP).set(STOP.CLIENT_ID, c.getId()).set(STOP.DELIVERY_DATE, date)
                    .set(STOP.WINDOW_START, window[0]).set(STOP.WINDOW_END, window[1])
                    .set(STOP.SERVICE_MINUTES, c.getServiceMinutes()).returning(STOP.ID).fetchSingle().getId();
            long dinner = insertOrder(tx, dinnerBatch, "M-" + c.getClientNumber() + "-" + date, c.getId(), stopId, date, OrderKind.DINNER);
            packages += insertPackage(tx, dinner, Zone.CHILLED, "Middag, 7 porsjoner");
            if (random.nextInt(10) < 3) {
                packages += insertPackage(tx, dinner, Zone.FROZEN, "Dessert og suppe, fryst");
            }
            dinnerOrders++;
            if (random.nextInt(10) < 5) {
                long grocery = insertOrder(tx, groceryBatch, "SMD-" + c.getClientNumber() + "-" + date, c.getId(), stopId,
                        date, OrderKind.GROCERY);
                int chilled = 1 + random.nextInt(2), frozen = random.nextInt(3) == 0 ? 1 : 0, ambient = random.nextInt(3);
                for (int i = 0; i < chilled; i++) {
                    packages += insertPackage(tx, grocery, Zone.CHILLED, "Dagligvarer, kjøl");
                }
                for (int i = 0; i < frozen; i++) {
                    packages += insertPackage(tx, grocery, Zone.FROZEN, "Dagligvarer, frys");
                }
                for (int i = 0; i < ambient; i++) {
                    packages += insertPackage(tx, grocery, Zone.AMBIENT, "Dagligvarer, tørr");
                }
                groceryOrders++;
            }
        }
        updateCounts(tx, dinnerBatch, dinnerOrders);
        updateCounts(tx, groceryBatch, groceryOrders);
        return new int[] {clients.size(), packages};
    }

    /**
     * A batch as the coordinator imported it: on the delivery morning (the grocer's file comes with the bags), or,
     * for a day still ahead, when the demo was made; never in the future.
     */
    private long insertBatch(DSLContext tx, String supplier, String reference, LocalDate date, CurrentUser importer) {
        Instant morning = date.atTime(6, 30).atZone(services.clock().getZone()).toInstant();
        Instant now = services.clock().instant();
        return tx.insertInto(ORDER_BATCH).set(ORDER_BATCH.SUPPLIER, supplier).set(ORDER_BATCH.BATCH_REFERENCE, reference)
                .set(ORDER_BATCH.DELIVERY_DATE, date).set(ORDER_BATCH.FORMAT, BatchFormat.CSV.name())
                .set(ORDER_BATCH.FILE_NAME, "demo-" + reference + ".csv").set(ORDER_BATCH.FILE_HASH, sha256("demo|" + supplier + "|" + date))
                .set(ORDER_BATCH.ORDER_COUNT, 0).set(ORDER_BATCH.PACKAGE_COUNT, 0)
                .set(ORDER_BATCH.IMPORTED_AT, morning.isBefore(now) ? morning : now)
                .set(ORDER_BATCH.IMPORTED_BY, importer.idOrNull()).set(ORDER_BATCH.IMPORTED_BY_NAME, importer.displayName())
                .returning(ORDER_BATCH.ID).fetchSingle().getId();
    }

    private static long insertOrder(DSLContext tx, long batchId, String reference, long clientId, long stopId,
                                    LocalDate date, OrderKind kind) {
        return tx.insertInto(SUPPLIER_ORDER).set(SUPPLIER_ORDER.BATCH_ID, batchId).set(SUPPLIER_ORDER.ORDER_REFERENCE, reference)
                .set(SUPPLIER_ORDER.CLIENT_ID, clientId).set(SUPPLIER_ORDER.STOP_ID, stopId)
                .set(SUPPLIER_ORDER.DELIVERY_DATE, date).set(SUPPLIER_ORDER.KIND, kind.name())
                .returning(SUPPLIER_ORDER.ID).fetchSingle().getId();
    }

    private static int insertPackage(DSLContext tx, long orderId, Zone zone, String description) {
        tx.insertInto(ORDER_PACKAGE).set(ORDER_PACKAGE.ORDER_ID, orderId).set(ORDER_PACKAGE.ZONE, zone.name())
                .set(ORDER_PACKAGE.COUNT, 1).set(ORDER_PACKAGE.DESCRIPTION, description).execute();
        return 1;
    }

    private static void updateCounts(DSLContext tx, long batchId, int orders) {
        int packages = tx.fetchCount(ORDER_PACKAGE.join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID)),
                SUPPLIER_ORDER.BATCH_ID.eq(batchId));
        tx.update(ORDER_BATCH).set(ORDER_BATCH.ORDER_COUNT, orders).set(ORDER_BATCH.PACKAGE_COUNT, packages)
                .where(ORDER_BATCH.ID.eq(batchId)).execute();
    }

    private static List<AreaPoint> areaPoints() {
        List<AreaPoint> points = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DemoData.class.getResourceAsStream("/demo/baerum_areas.csv"), StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.startsWith("#") && !l.startsWith("area;")).forEach(line -> {
                String[] f = line.split(";");
                points.add(new AreaPoint(f[0], f[1], f[2], Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        List.of(f[5].split("\\|"))));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return points;
    }

    private static double round(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
