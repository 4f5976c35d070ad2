package no.smartmat.console.orders;

import static no.smartmat.console.db.jooq.Tables.ORDER_LINE;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.orders.OrderTestKitchen.TUESDAY;
import static no.smartmat.console.orders.OrderTestKitchen.preview;
import static no.smartmat.console.orders.OrderTestKitchen.previewOne;
import static no.smartmat.console.orders.OrderTestKitchen.problems;
import static no.smartmat.console.orders.OrderTestKitchen.sample;
import static no.smartmat.console.orders.OrderTestKitchen.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.clients.ClientData;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UblOrderImportTest {

    @TempDir
    Path dir;

    private AppContext kitchenOn(LocalDate today, String clientNumber, String name) {
        AppContext app = TestKitchen.empty(dir.resolve("kitchen"), TestKitchen.clockAt(LocalDateTime.of(today, java.time.LocalTime.of(8, 0))));
        app.db().transactionRun(tx -> app.clientRepository().insert(tx, new ClientData(clientNumber, name, "Leveransgatan 1",
                "1337", "Sandvika", Optional.empty(), "", Optional.empty(), "", "", false, List.of(), Optional.empty(), 7,
                Optional.empty(), Optional.empty()), app.clock().instant()));
        return app;
    }

    @Test
    void readsTheRealPeppolDespatchAdviceOnePackagePerSsccAndAsksForTheZones() {
        AppContext app = kitchenOn(LocalDate.of(2019, 3, 14), "7390000435951", "IYT Corporation");
        CurrentUser coordinator = TestKitchen.user(app, Role.COORDINATOR);

        BatchPreview preview = previewOne(app, sample("peppol/DespatchAdvice-BIS3_UseCase3_SSCC.xml"));

        AssembledBatch batch = preview.batch();
        assertThat(batch.format()).contains(BatchFormat.UBL_DESPATCH);
        assertThat(batch.supplier()).isEqualTo("Consortial");
        assertThat(batch.reference()).isEqualTo("57098761234567890");
        assertThat(batch.day()).contains(LocalDate.of(2019, 3, 15));
        ParsedOrder order = batch.orders().getFirst();
        assertThat(order.reference()).isEqualTo("1238");
        assertThat(order.client().clientNumber()).isEqualTo("7390000435951");
        assertThat(order.packages()).extracting(p -> p.code().orElseThrow())
                .containsExactly("340123450000000014", "354123450000000106");
        assertThat(order.lines()).extracting(ParsedLine::name).containsExactly("Wondercure medicare kit",
                "Brake-a-leg Supersplint set", "Cough sirup", "Tray, plastic");
        assertThat(order.lines().getFirst().gtin()).contains("05702938473625");
        assertThat(problems(preview)).containsExactly(
                "ERROR DespatchAdvice-BIS3_UseCase3_SSCC.xml | /DespatchAdvice/cac:DespatchLine[1]/cac:Shipment/"
                        + "cac:TransportHandlingUnit[1]/cbc:ID | cbc:ShippingMarks |  | Temperatursonen til kolli "
                        + "340123450000000014 er ikke oppgitt (ingen KJØL/FRYS/TØRR i ShippingMarks, ingen Temperatursone "
                        + "på varene). Velg sonen.",
                "ERROR DespatchAdvice-BIS3_UseCase3_SSCC.xml | /DespatchAdvice/cac:DespatchLine[3]/cac:Shipment/"
                        + "cac:TransportHandlingUnit[1]/cbc:ID | cbc:ShippingMarks |  | Temperatursonen til kolli "
                        + "354123450000000106 er ikke oppgitt (ingen KJØL/FRYS/TØRR i ShippingMarks, ingen Temperatursone "
                        + "på varene). Velg sonen.");

        Resolutions r = Resolutions.NONE.zone(order.packages().get(0).key(), Zone.AMBIENT)
                .zone(order.packages().get(1).key(), Zone.CHILLED);
        ImportOutcome outcome = app.orderImport().commit(preview, r, coordinator, Progress.NONE);

        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(app.db().dsl().fetchCount(ORDER_PACKAGE)).isEqualTo(2);
        assertThat(app.db().dsl().fetchCount(ORDER_LINE)).isEqualTo(4);
        assertThat(outcome.batch().orElseThrow().format()).isEqualTo(BatchFormat.UBL_DESPATCH);
    }

    @Test
    void weightLinesKeepTheirUnitAndShipmentNaMeansTheDocumentIdIsTheBatch() {
        AppContext app = kitchenOn(LocalDate.of(2019, 3, 14), "7390000435951", "IYT Corporation");

        BatchPreview preview = previewOne(app, sample("peppol/DespatchAdvice-BIS3_UseCase4_weight.xml"));

        assertThat(preview.batch().reference()).isEqualTo("1234");
        ParsedOrder order = preview.batch().orders().getFirst();
        assertThat(order.lines()).extracting(l -> l.name() + " " + OrderContent.number(l.quantity()) + " " + l.unit())
                .containsExactly("Cheese app 1 kg 4.25 KGM", "Bananas 5.97 KGM", "Nasal Drops 8 EA",
                        "Medical device 010120789 3 EA");
        assertThat(order.packages()).hasSize(4);
    }

    @Test
    void readsTheRealPeppolOrderWithTheDeliveryPartyAsClient() {
        AppContext app = kitchenOn(LocalDate.of(2012, 10, 9), "13691234", "Helseavdeling");

        BatchPreview preview = previewOne(app, sample("peppol/Order_Example.xml"));

        AssembledBatch batch = preview.batch();
        assertThat(batch.format()).contains(BatchFormat.UBL_ORDER);
        assertThat(batch.supplier()).isEqualTo("Medical");
        assertThat(batch.reference()).isEqualTo("34");
        assertThat(batch.day()).contains(LocalDate.of(2012, 10, 10));
        ParsedOrder order = batch.orders().getFirst();
        assertThat(order.client()).isEqualTo(new ClientRef("13691234", "Helseavdeling", "Solheimsveien 10", "1473", "Lørenskog"));
        assertThat(preview.matchOf(order)).isInstanceOf(ClientMatch.ByNumber.class);
        assertThat(order.lines()).extracting(ParsedLine::name).containsExactly("Needle 4mm", "Wet tissues");
        assertThat(problems(preview)).containsExactly(
                "ERROR Order_Example.xml | /Order/cac:OrderLine[1]/cac:LineItem/cac:Item | Temperatursone |  | Ingen "
                        + "temperatursone for Needle 4mm (vareegenskapen Temperatursone). Velg sonen.",
                "WARNING Order_Example.xml | /Order/cac:OrderLine[1]/cac:LineItem/cac:Delivery/cac:RequestedDeliveryPeriod/"
                        + "cbc:StartDate | cbc:StartDate | 2010-02-10 | Linjen ber om levering 10.02.2010–25.02.2010, men "
                        + "ordren leveres 10.10.2012.",
                "ERROR Order_Example.xml | /Order/cac:OrderLine[2]/cac:LineItem/cac:Item | Temperatursone |  | Ingen "
                        + "temperatursone for Wet tissues (vareegenskapen Temperatursone). Velg sonen.",
                "WARNING Order_Example.xml | /Order/cac:OrderLine[2]/cac:LineItem/cac:Delivery/cac:RequestedDeliveryPeriod/"
                        + "cbc:StartDate | cbc:StartDate | 2012-10-15 | Linjen ber om levering 15.10.2012–31.10.2012, men "
                        + "ordren leveres 10.10.2012.");
        Resolutions r = Resolutions.NONE.zone(order.lines().get(0).key(), Zone.AMBIENT).zone(order.lines().get(1).key(), Zone.AMBIENT);
        // One package per zone of the lines: both lines travel dry, so one package.
        assertThat(preview.evaluate(r).rows().getFirst().zones()).isEqualTo(new Capacity(0, 0, 1));
        assertThat(preview.evaluate(r).canCommit()).isTrue();
    }

    @Test
    void anInvoiceIsRefusedAsNotAnOrder() {
        AppContext app = OrderTestKitchen.create(dir.resolve("k"));
        String before = snapshot(app);

        BatchPreview preview = previewOne(app, sample("peppol/Norwegian-example-1_BIS-Billing-3.xml"));

        assertThat(preview.status()).isEqualTo(BatchPreview.Status.REJECTED);
        assertThat(problems(preview)).containsExactly("FATAL Norwegian-example-1_BIS-Billing-3.xml | /Invoice |  |  | "
                + "Filen Norwegian-example-1_BIS-Billing-3.xml er en PEPPOL Invoice (faktura), ikke en pakkseddel eller "
                + "ordre. Fakturaer importeres ikke her.");
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void despatchAdvicesSharingAShipmentAreOneBatchWithZonesFromMarksAndItems() {
        AppContext app = OrderTestKitchen.create(dir.resolve("k"));

        List<BatchPreview> previews = preview(app, sample("despatch/EHF-pakkseddel-FF-DA-7001.xml"),
                sample("despatch/EHF-pakkseddel-FF-DA-7002.xml"));

        assertThat(previews).singleElement().satisfies(p -> {
            assertThat(p.batch().reference()).isEqualTo("FF-SHIP-20261124");
            assertThat(p.batch().supplier()).isEqualTo("Fjordfrukt AS");
            assertThat(p.batch().files()).hasSize(2);
            assertThat(p.batch().day()).contains(TUESDAY);
            assertThat(problems(p)).containsExactly("WARNING EHF-pakkseddel-FF-DA-7001.xml | /DespatchAdvice/"
                    + "cac:DespatchLine[3]/cbc:OutstandingQuantity | cbc:OutstandingQuantity | 1 | Restordre: "
                    + "Fiskegrateng frossen leveres ikke fullt ut (Utsolgt hos leverandør). Gi brukeren beskjed om det betyr noe.");
            BatchPreview.Evaluation ev = p.evaluate(Resolutions.NONE);
            assertThat(ev.rows()).extracting(OrderRow::zones).containsExactly(new Capacity(1, 1, 0), new Capacity(0, 0, 1));
            ImportOutcome outcome = app.orderImport().commit(p, Resolutions.NONE, TestKitchen.user(app, Role.COORDINATOR),
                    Progress.NONE);
            assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
            assertThat(outcome.batch().orElseThrow().fileName())
                    .isEqualTo("EHF-pakkseddel-FF-DA-7001.xml, EHF-pakkseddel-FF-DA-7002.xml");
        });
        assertThat(app.db().dsl().fetchCount(STOP)).isEqualTo(2);
    }

    @Test
    void theSampleOrderGetsOnePackagePerZoneOfItsLines() {
        AppContext app = OrderTestKitchen.create(dir.resolve("k"));

        BatchPreview preview = previewOne(app, sample("order-bis3.xml"));

        assertThat(problems(preview)).isEmpty();
        assertThat(preview.batch().reference()).isEqualTo("FF-PO-9001");
        assertThat(preview.evaluate(Resolutions.NONE).rows().getFirst().zones()).isEqualTo(new Capacity(1, 1, 1));
    }

    @Test
    void latin1BytesInAFileThatSaysUtf8AreRefusedWithTheLine() throws Exception {
        AppContext app = OrderTestKitchen.create(dir.resolve("k"));
        String xml = Files.readString(sample("despatch/EHF-pakkseddel-FF-DA-7002.xml"), StandardCharsets.UTF_8);
        Path file = dir.resolve("latin1.xml");
        Files.write(file, xml.getBytes(StandardCharsets.ISO_8859_1));
        String before = snapshot(app);

        BatchPreview preview = previewOne(app, file);

        assertThat(problems(preview)).containsExactly("FATAL latin1.xml | linje 61 |  |  | Filen latin1.xml er ikke gyldig "
                + "UTF-8 på linje 61: den er trolig lagret som Latin-1/Windows-1252 selv om den sier UTF-8. Be leverandøren "
                + "sende den på nytt som UTF-8.");
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void negativeDeliveredQuantityBreaksThePeppolRule() throws Exception {
        AppContext app = OrderTestKitchen.create(dir.resolve("k"));
        String xml = Files.readString(sample("despatch/EHF-pakkseddel-FF-DA-7002.xml"), StandardCharsets.UTF_8)
                .replace("<cbc:DeliveredQuantity unitCode=\"EA\">1</cbc:DeliveredQuantity>",
                        "<cbc:DeliveredQuantity unitCode=\"EA\">-1</cbc:DeliveredQuantity>");
        Path file = dir.resolve("negative.xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);

        assertThat(problems(previewOne(app, file))).containsExactly("ERROR negative.xml | /DespatchAdvice/cac:DespatchLine[1]/"
                + "cbc:DeliveredQuantity | cbc:DeliveredQuantity | -1 | Levert antall kan ikke være negativt (PEPPOL-regel).");
    }
}
