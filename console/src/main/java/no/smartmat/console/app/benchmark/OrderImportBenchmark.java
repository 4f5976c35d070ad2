package no.smartmat.console.app.benchmark;

import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.SLOT_TEMPLATE;
import static no.smartmat.console.db.jooq.Tables.STANDING_BOOKING;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.orders.BatchPreview;
import no.smartmat.console.orders.ImportFile;
import no.smartmat.console.orders.ImportOutcome;
import no.smartmat.console.orders.Resolutions;
import no.smartmat.console.db.BulkInsert;
import no.smartmat.console.db.Database;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.users.PasswordHasher;

/**
 * Measures what the issue asks: parse + validate + write one batch of N orders (default 10,000) into a
 * kitchen with N clients, in CSV and in JSON. Every round starts from a copy of the same prepared database;
 * the first round warms the JIT up and is reported but not counted. Runs in a folder of its own and never
 * touches a kitchen's data.
 */
public final class OrderImportBenchmark {

    public record Figures(String format, int round, int orders, int packages, int lines, long fileBytes,
                          long readMillis, long writeMillis) {
        public long totalMillis() {
            return readMillis + writeMillis;
        }
    }

    public static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(DAY.minusDays(1).atTime(10, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant(),
            ZoneId.of("Europe/Oslo"));
    private static final String[] AREAS = {"Sandvika", "Høvik", "Slependen", "Tanum", "Blommenholm"};

    private OrderImportBenchmark() {}

    public static List<Figures> run(Path workDir, int orders, int rounds, Consumer<String> log) throws IOException {
        Files.createDirectories(workDir);
        Path base = workDir.resolve("base");
        log.accept("kitchen with " + orders + " clients in " + base);
        prepareKitchen(base, orders);
        Path csv = workDir.resolve("batch-" + orders + ".csv");
        Path json = workDir.resolve("batch-" + orders + ".json");
        int[] sizes = writeCsv(csv, orders);
        writeJson(json, orders);
        List<Figures> figures = new ArrayList<>();
        for (Path file : List.of(csv, json)) {
            String format = file.getFileName().toString().endsWith(".csv") ? "CSV" : "JSON";
            for (int round = 1; round <= rounds; round++) {
                Path dir = workDir.resolve(format.toLowerCase() + "-" + round);
                copyKitchen(base, dir);
                AppContext app = AppContext.open(dir, CLOCK, new PasswordHasher(1_000));
                long t0 = System.nanoTime();
                List<BatchPreview> previews = app.orderImport().preview(List.of(ImportFile.of(file)), Progress.NONE);
                BatchPreview preview = previews.getFirst();
                if (!preview.evaluate(Resolutions.NONE).canCommit()) {
                    throw new IllegalStateException("benchmark batch has problems: " + preview.problems().stream().limit(3).toList());
                }
                long t1 = System.nanoTime();
                ImportOutcome outcome = app.orderImport().commit(preview, Resolutions.NONE, CurrentUser.headless("benchmark"),
                        Progress.NONE);
                long t2 = System.nanoTime();
                if (outcome.result() != ImportOutcome.Result.IMPORTED || outcome.batch().orElseThrow().orderCount() != orders) {
                    throw new IllegalStateException("benchmark import did not write " + orders + " orders: " + outcome);
                }
                Figures f = new Figures(format, round, orders, outcome.packages(), sizes[1], Files.size(file),
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
                figures.add(f);
                log.accept(describe(f) + (round == 1 ? "  (warm-up)" : ""));
            }
        }
        return figures;
    }

    public static String describe(Figures f) {
        return "%s round %d: %,d orders, %,d packages, %,d item lines, %.1f MB: read+check %,d ms, write %,d ms, total %,d ms"
                .formatted(f.format(), f.round(), f.orders(), f.packages(), f.lines(), f.fileBytes() / 1048576.0,
                        f.readMillis(), f.writeMillis(), f.totalMillis());
    }

    /** A kitchen with {@code clients} clients in five Tuesday areas, a third with a standing booking; fast to make. */
    public static void prepareKitchen(Path dir, int clients) {
        AppContext app = AppContext.open(dir, CLOCK, new PasswordHasher(1_000));
        app.db().transactionRun(tx -> {
            List<Long> areaIds = new ArrayList<>();
            for (String area : AREAS) {
                long id = app.areaRepository().insert(tx, area, Optional.of(DayOfWeek.TUESDAY));
                areaIds.add(id);
                tx.insertInto(SLOT_TEMPLATE).set(SLOT_TEMPLATE.AREA_ID, id).set(SLOT_TEMPLATE.WEEKDAY, 2)
                        .set(SLOT_TEMPLATE.WINDOW_START, LocalTime.of(9, 0)).set(SLOT_TEMPLATE.WINDOW_END, LocalTime.of(15, 0))
                        .set(SLOT_TEMPLATE.CAPACITY, clients).set(SLOT_TEMPLATE.IS_DEFAULT, true).execute();
            }
            List<Object[]> rows = new ArrayList<>(clients);
            List<Object[]> bookings = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                long id = i + 1L;
                rows.add(new Object[] {id, number(i), "Bruker " + i, "Benkeveien " + (i % 97 + 1), "1337", "Sandvika",
                        59.88 + (i % 100) / 1000.0, 10.5, areaIds.get(i % AREAS.length), true, "", 7,
                        LocalDate.of(2025, 1, 1), CLOCK.instant(), CLOCK.instant()});
                if (i % 3 == 0) {
                    bookings.add(new Object[] {id, 2, LocalTime.of(11, 0), LocalTime.of(13, 0), LocalDate.of(2025, 1, 1),
                            CLOCK.instant()});
                }
            }
            BulkInsert.run(tx, CLIENT, List.of(CLIENT.ID, CLIENT.CLIENT_NUMBER, CLIENT.NAME, CLIENT.ADDRESS, CLIENT.POSTCODE,
                    CLIENT.CITY, CLIENT.LAT, CLIENT.LON, CLIENT.AREA_ID, CLIENT.PUT_IN_FRIDGE, CLIENT.DIET_CODES,
                    CLIENT.SERVICE_MINUTES, CLIENT.ACTIVE_FROM, CLIENT.CREATED_AT, CLIENT.UPDATED_AT), rows, () -> {});
            BulkInsert.run(tx, STANDING_BOOKING, List.of(STANDING_BOOKING.CLIENT_ID, STANDING_BOOKING.WEEKDAY,
                    STANDING_BOOKING.WINDOW_START, STANDING_BOOKING.WINDOW_END, STANDING_BOOKING.VALID_FROM,
                    STANDING_BOOKING.CREATED_AT), bookings, () -> {});
        });
    }

    private static String number(int i) {
        return "K-" + (200_000 + i);
    }

    /** Per order: a chilled bag with one item, a dry bag with one item, one more item line; every third a frozen bag. */
    public static int[] writeCsv(Path file, int orders) throws IOException {
        int packages = 0, lines = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("supplier;batchReference;deliveryDate;orderReference;clientNumber;clientName;kind;zone;packageCode;"
                    + "description;itemName;gtin;quantity;unit\n");
            for (int i = 0; i < orders; i++) {
                String head = "Smart Mat Dagligvare;BENCH-" + DAY + ";" + DAY + ";B-" + i + ";" + number(i) + ";Bruker " + i
                        + ";dagligvare;";
                w.write(head + "KJØL;B" + i + "-1;Kjølepose;Lettmelk 1 l;7038010000737;2;stk\n");
                w.write(head + "KJØL;B" + i + "-1;Kjølepose;Smør 250 g;7038010000911;1;stk\n");
                w.write(head + "TØRR;B" + i + "-2;Tørrvarepose;Havregryn 1 kg;7020650002226;1,5;kg\n");
                packages += 2;
                lines += 3;
                if (i % 3 == 0) {
                    w.write(head + "FRYS;B" + i + "-3;Frysepose;Fiskeboller 500 g;7020650000123;1;stk\n");
                    packages++;
                    lines++;
                }
            }
        }
        return new int[] {packages, lines};
    }

    static void writeJson(Path file, int orders) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"format\": \"smartmat-orders/1\", \"supplier\": \"Smart Mat Dagligvare\", \"batchReference\": \"BENCH-"
                    + DAY + "\", \"deliveryDate\": \"" + DAY + "\",\n \"orders\": [\n");
            for (int i = 0; i < orders; i++) {
                w.write((i == 0 ? "" : ",\n") + "  {\"orderReference\": \"B-" + i + "\", \"kind\": \"dagligvare\", \"client\": "
                        + "{\"clientNumber\": \"" + number(i) + "\", \"name\": \"Bruker " + i + "\"}, \"packages\": ["
                        + "{\"zone\": \"KJØL\", \"code\": \"B" + i + "-1\"}, {\"zone\": \"TØRR\", \"code\": \"B" + i + "-2\"}"
                        + (i % 3 == 0 ? ", {\"zone\": \"FRYS\", \"code\": \"B" + i + "-3\"}" : "") + "], \"lines\": ["
                        + "{\"gtin\": \"7038010000737\", \"name\": \"Lettmelk 1 l\", \"quantity\": 2, \"unit\": \"stk\"}, "
                        + "{\"gtin\": \"7038010000911\", \"name\": \"Smør 250 g\", \"quantity\": 1, \"unit\": \"stk\"}, "
                        + "{\"gtin\": \"7020650002226\", \"name\": \"Havregryn 1 kg\", \"quantity\": 1.5, \"unit\": \"kg\"}"
                        + (i % 3 == 0 ? ", {\"name\": \"Fiskeboller 500 g\", \"quantity\": 1, \"unit\": \"stk\"}" : "") + "]}");
            }
            w.write("\n ]}\n");
        }
    }

    private static void copyKitchen(Path from, Path to) {
        try {
            Files.createDirectories(to);
            for (String name : List.of(Database.FILE_NAME, Database.FILE_NAME + "-wal")) {
                Path f = from.resolve(name);
                if (Files.exists(f)) {
                    Files.copy(f, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
