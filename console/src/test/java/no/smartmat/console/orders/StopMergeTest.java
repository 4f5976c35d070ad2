package no.smartmat.console.orders;

import static no.smartmat.console.db.jooq.Tables.CLIENT;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;
import static no.smartmat.console.orders.OrderTestKitchen.TUESDAY;
import static no.smartmat.console.orders.OrderTestKitchen.previewOne;
import static no.smartmat.console.orders.OrderTestKitchen.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.testsupport.TestKitchen;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orders for the same client and day are one delivery: one stop, with the packages of all of them per zone. */
class StopMergeTest {

    @TempDir
    Path dir;

    private static void importClean(AppContext app, CurrentUser by, Path file) {
        BatchPreview preview = previewOne(app, file);
        assertThat(app.orderImport().commit(preview, Resolutions.NONE, by, Progress.NONE).result())
                .isEqualTo(ImportOutcome.Result.IMPORTED);
    }

    /** Packages per zone of the client's stop on Tuesday, over every active order on it. */
    private static Capacity stopPackages(DSLContext ctx, String clientNumber) {
        int[] z = new int[3];
        ctx.select(ORDER_PACKAGE.ZONE, ORDER_PACKAGE.COUNT).from(ORDER_PACKAGE)
                .join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID))
                .join(STOP).on(STOP.ID.eq(SUPPLIER_ORDER.STOP_ID)).join(CLIENT).on(CLIENT.ID.eq(STOP.CLIENT_ID))
                .where(CLIENT.CLIENT_NUMBER.eq(clientNumber)).and(STOP.DELIVERY_DATE.eq(TUESDAY))
                .and(SUPPLIER_ORDER.STATUS.eq(no.smartmat.console.delivery.OrderStatus.ACTIVE))
                .forEach(r -> z[Zone.valueOf(r.value1()).ordinal()] += r.value2());
        return new Capacity(z[0], z[1], z[2]);
    }

    @Test
    void dinnerAndGroceriesForTheSameClientAndDayShareOneStopWithPackagesPerZone() {
        AppContext app = OrderTestKitchen.create(dir);
        CurrentUser coordinator = TestKitchen.user(app, Role.COORDINATOR);
        importClean(app, coordinator, sample("dinner-per-order.csv"));

        BatchPreview groceries = previewOne(app, sample("groceries-ok.csv"));
        assertThat(groceries.evaluate(Resolutions.NONE).rows())
                .extracting(r -> r.order().client().clientNumber() + " on stop with " + r.ordersOnStop())
                .containsExactly("K-10131 on stop with 1", "K-10132 on stop with 1", "K-10133 on stop with 0",
                        "K-10134 on stop with 0");
        ImportOutcome outcome = app.orderImport().commit(groceries, Resolutions.NONE, coordinator, Progress.NONE);

        assertThat(outcome.stopsShared()).isEqualTo(2);
        assertThat(outcome.stopsCreated()).isEqualTo(2);
        DSLContext ctx = app.db().dsl();
        assertThat(ctx.fetchCount(STOP)).isEqualTo(5);
        assertThat(ctx.select(SUPPLIER_ORDER.KIND).from(SUPPLIER_ORDER).join(STOP).on(STOP.ID.eq(SUPPLIER_ORDER.STOP_ID))
                .join(CLIENT).on(CLIENT.ID.eq(STOP.CLIENT_ID)).where(CLIENT.CLIENT_NUMBER.eq("K-10131"))
                .orderBy(SUPPLIER_ORDER.ID).fetch(SUPPLIER_ORDER.KIND)).containsExactly("DINNER", "GROCERY");
        assertThat(stopPackages(ctx, "K-10131")).isEqualTo(new Capacity(2, 1, 1));
        assertThat(stopPackages(ctx, "K-10132")).isEqualTo(new Capacity(2, 1, 0));
        assertThat(stopPackages(ctx, "K-10136")).isEqualTo(new Capacity(2, 0, 0));
    }

    @Test
    void twoOrdersForOneClientInTheSameFileMakeOneStop() throws Exception {
        AppContext app = OrderTestKitchen.create(dir);
        Path file = dir.resolve("both.csv");
        Files.writeString(file, """
                supplier;batchReference;deliveryDate;orderReference;clientNumber;kind;zone;packages
                Bærum storkjøkken;MIX-1;24.11.2026;M-1;K-10135;middag;KJØL;1
                Bærum storkjøkken;MIX-1;24.11.2026;D-1;K-10135;dagligvare;TØRR;2
                """, StandardCharsets.UTF_8);

        BatchPreview preview = previewOne(app, file);
        assertThat(preview.evaluate(Resolutions.NONE).rows()).extracting(OrderRow::sameClientInBatch).containsExactly(1, 1);
        app.orderImport().commit(preview, Resolutions.NONE, TestKitchen.user(app, Role.COORDINATOR), Progress.NONE);

        DSLContext ctx = app.db().dsl();
        assertThat(ctx.fetchCount(STOP)).isEqualTo(1);
        // Olav's area (Høvik) has its own default window.
        var stop = ctx.selectFrom(STOP).fetchSingle();
        assertThat(stop.getWindowStart() + "-" + stop.getWindowEnd() + " " + stop.getServiceMinutes()).isEqualTo("10:00-14:00 6");
        assertThat(stopPackages(ctx, "K-10135")).isEqualTo(new Capacity(1, 0, 2));
    }

    @Test
    void theGrocersFileJoinsTheDinnerStopsOfTheDemoKitchen() {
        AppContext app = TestKitchen.demo(dir);
        DSLContext ctx = app.db().dsl();
        int stopsBefore = ctx.fetchCount(STOP, STOP.DELIVERY_DATE.eq(TUESDAY));
        Capacity k10131Before = stopPackages(ctx, "K-10131");

        importClean(app, TestKitchen.user(app, Role.COORDINATOR), sample("groceries-ok.csv"));

        assertThat(ctx.fetchCount(STOP, STOP.DELIVERY_DATE.eq(TUESDAY))).isEqualTo(stopsBefore);
        // The demo also leaves files in its import folder: the clean one previews without a problem.
        Path folder = app.orderImport().settings().importFolder(app.dataDir());
        assertThat(folder.resolve("fjordfrukt-2026-11-24.csv")).exists();
        assertThat(folder.resolve("fjordfrukt-2026-11-24-med-feil.csv")).exists();
        assertThat(OrderTestKitchen.problems(previewOne(app, folder.resolve("fjordfrukt-2026-11-24.csv")))).isEmpty();
        assertThat(stopPackages(ctx, "K-10131")).isEqualTo(k10131Before.plus(new Capacity(1, 0, 1)));
        assertThat(ctx.select(SUPPLIER_ORDER.KIND).from(SUPPLIER_ORDER).join(CLIENT).on(CLIENT.ID.eq(SUPPLIER_ORDER.CLIENT_ID))
                .where(CLIENT.CLIENT_NUMBER.eq("K-10131")).and(SUPPLIER_ORDER.DELIVERY_DATE.eq(TUESDAY))
                .fetch(SUPPLIER_ORDER.KIND)).containsExactlyInAnyOrderElementsOf(List.of("DINNER", "GROCERY", "GROCERY"));
    }
}
