package no.smartmat.console.orders;

import static no.smartmat.console.db.jooq.Tables.AUDIT_LOG;
import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.ORDER_BATCH;
import static no.smartmat.console.db.jooq.Tables.ORDER_LINE;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.SLOT_TEMPLATE;
import static no.smartmat.console.db.jooq.Tables.STANDING_BOOKING;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.clients.ClientData;
import no.smartmat.console.clients.GeoPoint;
import no.smartmat.console.i18n.Messages;
import no.smartmat.console.i18n.UserMessage;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.testsupport.TestKitchen;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * A small kitchen for the order-import tests (much faster than the whole demo): the demo's first Tuesday
 * clients K-10131..K-10139 with the same names and addresses, their areas on Tuesday with a default window
 * of 09:00–15:00 (Høvik: 10:00–14:00), and K-10133's standing booking 11:00–13:00. The clock is Monday
 * 2026-11-23 10:00, so the samples' Tuesday 2026-11-24 is tomorrow.
 */
final class OrderTestKitchen {

    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    static final Messages NB = new Messages(Messages.NORWEGIAN);

    private OrderTestKitchen() {}

    record Person(String number, String name, String address, String postcode, String city, String area) {}

    static final List<Person> CLIENTS = List.of(
            new Person("K-10131", "Kari Andreassen", "Anthon Walles vei 12", "1365", "Blommenholm", "Blommenholm"),
            new Person("K-10132", "Reidun Bakke", "Åskroken 36", "1341", "Slependen", "Slependen"),
            new Person("K-10133", "Jorunn Vik", "Tanumveien 51", "1341", "Slependen", "Tanum"),
            new Person("K-10134", "Per Hagen", "Åsløkkveien 23", "1341", "Slependen", "Slependen"),
            new Person("K-10135", "Olav Andreassen", "Baunekroken 59", "1363", "Høvik", "Høvik"),
            new Person("K-10136", "Arne Johnsen", "Tanumveien 39", "1341", "Slependen", "Tanum"),
            new Person("K-10137", "Bjørg Sæther", "Gamle Tanumvei 4B", "1341", "Slependen", "Tanum"),
            new Person("K-10138", "Ellen Holm", "Bekkeveien 37", "1365", "Blommenholm", "Blommenholm"),
            new Person("K-10139", "Wenche Hovland", "Sonja Henies vei 48", "1311", "Høvikodden", "Høvikodden"));

    static AppContext create(Path dir) {
        AppContext app = TestKitchen.empty(dir);
        app.db().transactionRun(tx -> {
            for (String area : List.of("Blommenholm", "Slependen", "Tanum", "Høvik", "Høvikodden")) {
                long id = app.areaRepository().insert(tx, area, Optional.of(DayOfWeek.TUESDAY));
                boolean hovik = area.equals("Høvik");
                tx.insertInto(SLOT_TEMPLATE).set(SLOT_TEMPLATE.AREA_ID, id).set(SLOT_TEMPLATE.WEEKDAY, 2)
                        .set(SLOT_TEMPLATE.WINDOW_START, LocalTime.of(hovik ? 10 : 9, 0))
                        .set(SLOT_TEMPLATE.WINDOW_END, LocalTime.of(hovik ? 14 : 15, 0))
                        .set(SLOT_TEMPLATE.CAPACITY, 50).set(SLOT_TEMPLATE.IS_DEFAULT, true).execute();
                // The window a standing booking below uses must be one the area offers, or it is not honoured.
                tx.insertInto(SLOT_TEMPLATE).set(SLOT_TEMPLATE.AREA_ID, id).set(SLOT_TEMPLATE.WEEKDAY, 2)
                        .set(SLOT_TEMPLATE.WINDOW_START, LocalTime.of(11, 0)).set(SLOT_TEMPLATE.WINDOW_END, LocalTime.of(13, 0))
                        .set(SLOT_TEMPLATE.CAPACITY, 20).set(SLOT_TEMPLATE.IS_DEFAULT, false).execute();
            }
            for (Person p : CLIENTS) {
                long id = app.clientRepository().insert(tx, new ClientData(p.number(), p.name(), p.address(), p.postcode(),
                        p.city(), Optional.of(new GeoPoint(59.9, 10.55)), "", Optional.of(p.area()), "", "", true, List.of(),
                        Optional.empty(), 6, Optional.of(LocalDate.of(2025, 1, 1)), Optional.empty()), app.clock().instant());
                if (p.number().equals("K-10133")) {
                    tx.insertInto(STANDING_BOOKING).set(STANDING_BOOKING.CLIENT_ID, id).set(STANDING_BOOKING.WEEKDAY, 2)
                            .set(STANDING_BOOKING.WINDOW_START, LocalTime.of(11, 0))
                            .set(STANDING_BOOKING.WINDOW_END, LocalTime.of(13, 0))
                            .set(STANDING_BOOKING.VALID_FROM, LocalDate.of(2025, 1, 1))
                            .set(STANDING_BOOKING.CREATED_AT, app.clock().instant()).execute();
                }
            }
        });
        return app;
    }

    static Path sample(String name) {
        try {
            return Path.of(OrderTestKitchen.class.getResource("/orders/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<BatchPreview> preview(AppContext app, Path... files) {
        return app.orderImport().preview(java.util.Arrays.stream(files).map(ImportFile::of).toList(), Progress.NONE);
    }

    static BatchPreview previewOne(AppContext app, Path file) {
        List<BatchPreview> previews = preview(app, file);
        if (previews.size() != 1) {
            throw new AssertionError("expected one batch, got " + previews.size());
        }
        return previews.getFirst();
    }

    static String nb(UserMessage message) {
        return NB.render(message);
    }

    /** Every problem as the coordinator reads it: "file | where | field | value | message". */
    static List<String> problems(BatchPreview preview) {
        return preview.problems().stream().map(OrderTestKitchen::describe).toList();
    }

    static String describe(ImportProblem p) {
        return p.severity() + " " + p.where().file() + " | " + nb(p.where().describe()) + " | " + p.field() + " | "
                + p.value() + " | " + nb(p.message());
    }

    /**
     * The content of every table an import may touch, as text: equal before and after means the database
     * did not change.
     */
    static String snapshot(AppContext app) {
        DSLContext ctx = app.db().dsl();
        StringBuilder s = new StringBuilder();
        for (Table<?> t : List.of(ORDER_BATCH, SUPPLIER_ORDER, ORDER_PACKAGE, ORDER_LINE, STOP, CLIENT, AUDIT_LOG)) {
            s.append(t.getName()).append('\n').append(ctx.selectFrom(t).orderBy(t.field("id")).fetch().formatCSV());
        }
        return s.toString();
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
