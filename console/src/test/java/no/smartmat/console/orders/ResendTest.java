package no.smartmat.console.orders;

import static no.smartmat.console.db.jooq.Tables.PLAN;
import static no.smartmat.console.db.jooq.Tables.ROUTE;
import static no.smartmat.console.db.jooq.Tables.ROUTE_STOP;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;
import static no.smartmat.console.orders.OrderTestKitchen.TUESDAY;
import static no.smartmat.console.orders.OrderTestKitchen.previewOne;
import static no.smartmat.console.orders.OrderTestKitchen.sample;
import static no.smartmat.console.orders.OrderTestKitchen.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.delivery.OrderStatus;
import no.smartmat.console.delivery.PlanStatus;
import no.smartmat.console.delivery.StopStatus;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Vehicle;
import no.smartmat.console.planning.StopStates;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.testsupport.TestKitchen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Idempotency: the same file or the same orders change nothing; a corrected re-send replaces what is not planned. */
class ResendTest {

    @TempDir
    Path dir;
    AppContext app;
    CurrentUser coordinator;

    @BeforeEach
    void kitchen() {
        app = OrderTestKitchen.create(dir.resolve("kitchen"));
        coordinator = TestKitchen.user(app, Role.COORDINATOR);
    }

    private ImportOutcome importClean(Path file) {
        BatchPreview preview = previewOne(app, file);
        return app.orderImport().commit(preview, Resolutions.NONE, coordinator, Progress.NONE);
    }

    private Path variant(String name, String from, String to) throws Exception {
        String text = Files.readString(sample("groceries-ok.csv"), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Path file = dir.resolve(name);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theSameFileTwiceChangesNothingAndSaysWhenItWasImported() {
        ImportOutcome first = importClean(sample("groceries-ok.csv"));
        String before = snapshot(app);

        BatchPreview again = previewOne(app, sample("groceries-ok.csv"));
        ImportOutcome second = app.orderImport().commit(again, Resolutions.NONE, coordinator, Progress.NONE);

        assertThat(again.status()).isEqualTo(BatchPreview.Status.ALREADY_IMPORTED);
        assertThat(again.sameFile()).contains(first.batch().orElseThrow());
        assertThat(second.result()).isEqualTo(ImportOutcome.Result.ALREADY_IMPORTED);
        assertThat(second.batch()).contains(first.batch().orElseThrow());
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void theSameOrdersInOtherBytesChangeNothing() throws Exception {
        importClean(sample("groceries-ok.csv"));
        String before = snapshot(app);
        // Another export of the same batch: Windows line endings dropped, the date written the ISO way.
        Path resent = variant("resent.csv", "\r\n", "\n");
        String text = Files.readString(resent).replace("24.11.2026", "2026-11-24");
        Files.writeString(resent, text);

        BatchPreview preview = previewOne(app, resent);
        ImportOutcome outcome = app.orderImport().commit(preview, Resolutions.NONE, coordinator, Progress.NONE);

        assertThat(preview.status()).isEqualTo(BatchPreview.Status.REVISION);
        assertThat(preview.evaluate(Resolutions.NONE).summary()).isEqualTo(new ChangeSummary(0, 0, 0, 4, 0));
        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.NOTHING_CHANGED);
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void aCorrectedResendReplacesChangedOrdersWithdrawsMissingOnesAndListsTheChanges() throws Exception {
        importClean(sample("groceries-ok.csv"));
        String text = Files.readString(sample("groceries-ok.csv"), StandardCharsets.UTF_8);
        List<String> lines = new java.util.ArrayList<>(text.lines().toList());
        lines.removeIf(l -> l.contains("FF5002-2") || l.contains("FF-5004"));
        lines.add("Fjordfrukt AS;FF-20261124;24.11.2026;FF-5005;K-10135;Olav Andreassen;Baunekroken 59;1363;Høvik;"
                + "dagligvare;KJØL;FF5005-1;;Kjølepose;Melk;;1;stk");
        Path corrected = dir.resolve("corrected.csv");
        Files.writeString(corrected, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);

        BatchPreview preview = previewOne(app, corrected);
        BatchPreview.Evaluation ev = preview.evaluate(Resolutions.NONE);
        assertThat(preview.status()).isEqualTo(BatchPreview.Status.REVISION);
        assertThat(ev.changes()).extracting(c -> c.kind() + " " + c.reference() + " " + c.before() + " -> " + c.after())
                .containsExactly(
                        "UNCHANGED FF-5001 Capacity[chilled=1, frozen=0, ambient=1] -> Capacity[chilled=1, frozen=0, ambient=1]",
                        "CHANGED FF-5002 Capacity[chilled=1, frozen=1, ambient=0] -> Capacity[chilled=1, frozen=0, ambient=0]",
                        "UNCHANGED FF-5003 Capacity[chilled=1, frozen=0, ambient=0] -> Capacity[chilled=1, frozen=0, ambient=0]",
                        "NEW FF-5005 Capacity[chilled=0, frozen=0, ambient=0] -> Capacity[chilled=1, frozen=0, ambient=0]",
                        "WITHDRAWN FF-5004 Capacity[chilled=1, frozen=0, ambient=1] -> Capacity[chilled=0, frozen=0, ambient=0]");

        ImportOutcome outcome = app.orderImport().commit(preview, Resolutions.NONE, coordinator, Progress.NONE);

        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        ImportedBatch rev2 = outcome.batch().orElseThrow();
        assertThat(rev2.revision()).isEqualTo(2);
        assertThat(rev2.changeSummary()).isEqualTo("new=1 changed=1 withdrawn=1 unchanged=2 kept=0");
        assertThat(rev2.orderCount()).isEqualTo(4);
        assertThat(rev2.packageCount()).isEqualTo(5);
        var ctx = app.db().dsl();
        assertThat(ctx.select(SUPPLIER_ORDER.ORDER_REFERENCE, SUPPLIER_ORDER.STATUS).from(SUPPLIER_ORDER).orderBy(SUPPLIER_ORDER.ID)
                .fetch(r -> r.value1() + " " + r.value2())).containsExactly("FF-5001 ACTIVE", "FF-5002 REPLACED",
                "FF-5003 ACTIVE", "FF-5004 REPLACED", "FF-5002 ACTIVE", "FF-5005 ACTIVE");
        // Per Hagen's only order was withdrawn: his stop is cancelled, not deleted.
        assertThat(ctx.select(STOP.STATUS).from(STOP).join(no.smartmat.console.db.jooq.Tables.CLIENT)
                .on(no.smartmat.console.db.jooq.Tables.CLIENT.ID.eq(STOP.CLIENT_ID))
                .where(no.smartmat.console.db.jooq.Tables.CLIENT.CLIENT_NUMBER.eq("K-10134")).fetchSingle(STOP.STATUS))
                .isEqualTo(StopStatus.CANCELLED);
        assertThat(app.orderImport().revisions("Fjordfrukt AS", "FF-20261124")).extracting(ImportedBatch::revision)
                .containsExactly(1, 2);
    }

    @Test
    void ordersOnAPublishedPlanAreKeptAndTheResendSaysSo() throws Exception {
        importClean(sample("groceries-ok.csv"));
        publishPlanWithStopOf("K-10132");
        Path corrected = variant("corrected.csv", "Fiskeboller frosne 500 g;7020650000123;1", "Fiskeboller frosne 500 g;7020650000123;3");

        BatchPreview preview = previewOne(app, corrected);
        ImportOutcome outcome = app.orderImport().commit(preview, Resolutions.NONE, coordinator, Progress.NONE);

        assertThat(preview.evaluate(Resolutions.NONE).changes()).filteredOn(c -> c.reference().equals("FF-5002"))
                .singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(OrderChange.Kind.KEPT_PLANNED));
        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.NOTHING_CHANGED);
        assertThat(outcome.summary().kept()).isEqualTo(1);
        assertThat(app.db().dsl().fetchCount(SUPPLIER_ORDER, SUPPLIER_ORDER.STATUS.eq(OrderStatus.REPLACED))).isZero();
    }

    @Test
    void aDespatchAdviceSentAgainReplacesOnlyItsOwnDeliveryAndWithdrawsNothing() throws Exception {
        Path da1 = sample("despatch/EHF-pakkseddel-FF-DA-7001.xml");
        Path da2 = sample("despatch/EHF-pakkseddel-FF-DA-7002.xml");
        BatchPreview both = OrderTestKitchen.preview(app, da1, da2).getFirst();
        app.orderImport().commit(both, Resolutions.NONE, coordinator, Progress.NONE);
        Path corrected = dir.resolve("EHF-pakkseddel-FF-DA-7002-rettet.xml");
        Files.writeString(corrected, Files.readString(da2).replace(">TØRR<", ">FRYS<"));

        BatchPreview preview = previewOne(app, corrected);
        ImportOutcome outcome = app.orderImport().commit(preview, Resolutions.NONE, coordinator, Progress.NONE);

        assertThat(preview.status()).isEqualTo(BatchPreview.Status.REVISION);
        assertThat(outcome.summary()).isEqualTo(new ChangeSummary(0, 1, 0, 0, 0));
        assertThat(app.db().dsl().fetchCount(SUPPLIER_ORDER, SUPPLIER_ORDER.STATUS.eq(OrderStatus.ACTIVE))).isEqualTo(2);
    }

    private void publishPlanWithStopOf(String clientNumber) {
        app.db().transactionRun(tx -> {
            long vehicle = app.fleetRepository().insertVehicle(tx, new Vehicle(0, "BIL-01", "EL 10001", "", Optional.empty(),
                    new Capacity(40, 10, 40), true));
            long plan = tx.insertInto(PLAN).set(PLAN.DELIVERY_DATE, TUESDAY).set(PLAN.VERSION, 1).set(PLAN.STATUS, PlanStatus.PUBLISHED)
                    .set(PLAN.SCORE, "0hard/0medium/-1soft").set(PLAN.IS_FEASIBLE, true).set(PLAN.DISTANCE_KM, 10.0)
                    .set(PLAN.CREATED_AT, app.clock().instant()).returning(PLAN.ID).fetchSingle().getId();
            long route = tx.insertInto(ROUTE).set(ROUTE.PLAN_ID, plan).set(ROUTE.VEHICLE_ID, vehicle)
                    .set(ROUTE.DEPARTURE_TIME, LocalTime.of(8, 30)).set(ROUTE.RETURN_TIME, LocalTime.of(12, 0))
                    .set(ROUTE.DISTANCE_KM, 10.0).returning(ROUTE.ID).fetchSingle().getId();
            long stop = tx.select(STOP.ID).from(STOP).join(no.smartmat.console.db.jooq.Tables.CLIENT)
                    .on(no.smartmat.console.db.jooq.Tables.CLIENT.ID.eq(STOP.CLIENT_ID))
                    .where(no.smartmat.console.db.jooq.Tables.CLIENT.CLIENT_NUMBER.eq(clientNumber)).fetchSingle(STOP.ID);
            tx.insertInto(ROUTE_STOP).set(ROUTE_STOP.ROUTE_ID, route).set(ROUTE_STOP.STOP_ID, stop).set(ROUTE_STOP.SEQUENCE, 1)
                    .set(ROUTE_STOP.ARRIVAL_TIME, LocalTime.of(9, 0)).set(ROUTE_STOP.SERVICE_START, LocalTime.of(9, 0))
                    .set(ROUTE_STOP.DEPARTURE_TIME, LocalTime.of(9, 7)).execute();
            StopStates.refresh(tx, TUESDAY);
        });
    }
}
