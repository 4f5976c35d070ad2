package no.smartmat.console.orders;

import static no.smartmat.console.db.jooq.Tables.ORDER_LINE;
import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.STOP;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;
import static no.smartmat.console.orders.OrderTestKitchen.TUESDAY;
import static no.smartmat.console.orders.OrderTestKitchen.nb;
import static no.smartmat.console.orders.OrderTestKitchen.previewOne;
import static no.smartmat.console.orders.OrderTestKitchen.problems;
import static no.smartmat.console.orders.OrderTestKitchen.sample;
import static no.smartmat.console.orders.OrderTestKitchen.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.clients.ClientForm;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.fleet.Zone;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import no.smartmat.console.validation.Validated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOrderImportTest {

    @TempDir
    Path dir;
    AppContext app;
    CurrentUser coordinator;

    @BeforeEach
    void kitchen() {
        app = OrderTestKitchen.create(dir.resolve("kitchen"));
        coordinator = TestKitchen.user(app, Role.COORDINATOR);
    }

    @Test
    void importsTheGrocersPackageFileWithItemsDecimalCommaAndBom() {
        BatchPreview preview = previewOne(app, sample("groceries-ok.csv"));

        assertThat(preview.status()).isEqualTo(BatchPreview.Status.NEW);
        assertThat(preview.batch().format()).contains(BatchFormat.CSV);
        assertThat(preview.batch().supplier()).isEqualTo("Fjordfrukt AS");
        assertThat(preview.batch().reference()).isEqualTo("FF-20261124");
        assertThat(preview.batch().day()).contains(TUESDAY);
        assertThat(problems(preview)).isEmpty();
        BatchPreview.Evaluation ev = preview.evaluate(Resolutions.NONE);
        assertThat(ev.canCommit()).isTrue();
        assertThat(ev.rows()).extracting(r -> r.order().reference()).containsExactly("FF-5001", "FF-5002", "FF-5003", "FF-5004");
        assertThat(ev.rows()).extracting(OrderRow::zones).containsExactly(new Capacity(1, 0, 1), new Capacity(1, 1, 0),
                new Capacity(1, 0, 0), new Capacity(1, 0, 1));
        assertThat(ev.rows().getFirst().lines()).isEqualTo(4);
        assertThat(ev.packages()).isEqualTo(new Capacity(4, 1, 2));

        ImportOutcome outcome = app.orderImport().commit(preview, Resolutions.NONE,
                coordinator, Progress.NONE);

        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        ImportedBatch batch = outcome.batch().orElseThrow();
        assertThat(batch.revision()).isEqualTo(1);
        assertThat(batch.orderCount()).isEqualTo(4);
        assertThat(batch.packageCount()).isEqualTo(7);
        assertThat(batch.importedBy()).isEqualTo("Test COORDINATOR");
        assertThat(batch.changeSummary()).isEqualTo("new=4 changed=0 withdrawn=0 unchanged=0 kept=0");
        var ctx = app.db().dsl();
        assertThat(ctx.fetchCount(ORDER_PACKAGE)).isEqualTo(7);
        assertThat(ctx.select(ORDER_PACKAGE.PACKAGE_CODE).from(ORDER_PACKAGE).orderBy(ORDER_PACKAGE.ID).fetch(ORDER_PACKAGE.PACKAGE_CODE))
                .startsWith("FF5001-1", "FF5001-2");
        assertThat(ctx.select(ORDER_LINE.QUANTITY).from(ORDER_LINE).where(ORDER_LINE.ITEM_NAME.eq("Epler Aroma"))
                .fetchSingle(ORDER_LINE.QUANTITY)).isEqualTo(1.5);
        assertThat(ctx.select(SUPPLIER_ORDER.SOURCE_LOCATION).from(SUPPLIER_ORDER).orderBy(SUPPLIER_ORDER.ID).limit(1)
                .fetchSingle(SUPPLIER_ORDER.SOURCE_LOCATION)).isEqualTo("groceries-ok.csv:2");
        // New stops take the client's standing booking, else the area's default window.
        assertThat(ctx.selectFrom(STOP).orderBy(STOP.CLIENT_ID).fetch(r -> r.getWindowStart() + "-" + r.getWindowEnd()))
                .containsExactly("09:00-15:00", "09:00-15:00", "11:00-13:00", "09:00-15:00");
        assertThat(app.audit().forEntity(ctx, "order_batch", String.valueOf(batch.id())))
                .singleElement().satisfies(e -> assertThat(e.details()).contains("FF-20261124 rev 1"));
    }

    @Test
    void emptyFileIsRefusedWithAMessageAndNothingChanges() {
        String before = snapshot(app);

        BatchPreview preview = previewOne(app, sample("empty.csv"));

        assertThat(preview.status()).isEqualTo(BatchPreview.Status.REJECTED);
        assertThat(problems(preview)).containsExactly("FATAL empty.csv | hele filen |  |  | Filen empty.csv er tom. "
                + "Sjekk at leverandøren er ferdig med å sende den, og velg den på nytt.");
        assertThat(app.orderImport().commit(preview, Resolutions.NONE, coordinator, Progress.NONE)
                .result()).isEqualTo(ImportOutcome.Result.REFUSED);
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void headerOnlyIsRefusedWithAMessageAndNothingChanges() {
        String before = snapshot(app);

        BatchPreview preview = previewOne(app, sample("header-only.csv"));

        assertThat(problems(preview)).containsExactly("FATAL header-only.csv | hele filen |  |  | Filen header-only.csv har "
                + "en overskriftsrad, men ingen ordrer. Be leverandøren om filen med ordrene.");
        assertThat(preview.evaluate(Resolutions.NONE).canCommit()).isFalse();
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void latin1FileIsReadWithItsLettersAndAWarning() {
        String before = snapshot(app);

        BatchPreview preview = previewOne(app, sample("groceries-latin1.csv"));

        assertThat(problems(preview)).containsExactly("WARNING groceries-latin1.csv | hele filen |  |  | Filen "
                + "groceries-latin1.csv var ikke UTF-8; den ble lest som Windows-1252/Latin-1 (slik norsk Excel skriver). "
                + "Sjekk at æøå ser riktige ut.");
        assertThat(preview.batch().orders()).extracting(o -> o.client().name()).containsExactly("Bjørg Sæther", "Ellen Holm");
        assertThat(preview.batch().orders().getLast().packages().getFirst().description()).isEqualTo("Tørrvarer – grøt og kjeks");
        assertThat(preview.evaluate(Resolutions.NONE).canCommit()).isTrue();
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void everyBadLineIsReportedWithLineFieldValueAndWhatWasExpected() {
        String before = snapshot(app);

        BatchPreview preview = previewOne(app, sample("groceries-errors.csv"));

        assertThat(problems(preview)).containsExactly(
                "ERROR groceries-errors.csv | linje 3 | zone | KALD | Ukjent temperatursone «KALD». Bruk KJØL, FRYS eller TØRR.",
                "ERROR groceries-errors.csv | linje 4 | packages | 0 | Antall kolli må være minst 1.",
                "ERROR groceries-errors.csv | linje 5 | packages | 500 | Mer enn 30 kolli på én linje er ikke troverdig "
                        + "(maxPackagesPerOrder i orders.yaml). Sjekk tallet.",
                "ERROR groceries-errors.csv | linje 7 |  |  | Linjen er en nøyaktig kopi av linje 6. Utelat den hvis den "
                        + "er sendt to ganger; skriv packages=2 på én linje hvis det er to poser.",
                "ERROR groceries-errors.csv | linje 8 | deliveryDate | 2026-11-25 | Leveringsdato 25.11.2026 er ikke "
                        + "batchens dag (24.11.2026). En batch leverer på én dag: utelat ordren eller be om en rettet fil.",
                "ERROR groceries-errors.csv | linje 9 | clientName | Arne Johnsen | Brukernummer mangler; 1 bruker passer "
                        + "med Arne Johnsen, Tanumveien 39, 1341 Slependen på navn eller adresse. Bekreft riktig bruker, "
                        + "opprett brukeren, eller utelat ordren.",
                "ERROR groceries-errors.csv | linje 10 | clientNumber | K-10999 | Brukernummer K-10999 finnes ikke i "
                        + "registeret, og ingen bruker har det navnet eller den adressen. Velg bruker, opprett brukeren "
                        + "fra filen, eller utelat ordren.");
        BatchPreview.Evaluation ev = preview.evaluate(Resolutions.NONE);
        assertThat(ev.canCommit()).isFalse();
        ImportOutcome refused = app.orderImport().commit(preview, Resolutions.NONE, coordinator,
                Progress.NONE);
        assertThat(refused.result()).isEqualTo(ImportOutcome.Result.REFUSED);
        assertThat(nb(refused.reason().orElseThrow())).isEqualTo("Ingenting importert: 7 åpne problemer gjenstår. "
                + "Rett dem eller utelat delene.");
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void badLinesCanBeFixedOrLeftOutInThePreviewAndThenTheRestIsImported() {
        BatchPreview preview = previewOne(app, sample("groceries-errors.csv"));
        List<ImportProblem> open = preview.evaluate(Resolutions.NONE).open();
        ImportProblem zone = open.get(0);
        ImportProblem candidate = open.get(5);
        ImportProblem unknown = open.get(6);
        assertThat(zone.fix()).isEqualTo(ImportProblem.Fix.CHOOSE_ZONE);
        ParsedOrder arne = preview.batch().orders().stream().filter(o -> o.reference().equals("FF-6006")).findFirst().orElseThrow();
        var candidates = ((ClientMatch.Candidates) preview.matchOf(arne)).candidates();
        assertThat(candidates).singleElement().satisfies(c -> {
            assertThat(c.client().clientNumber()).isEqualTo("K-10136");
            assertThat(c.strong()).isTrue();
        });
        ParsedOrder ingrid = preview.batch().orders().stream().filter(o -> o.reference().equals("FF-6007")).findFirst().orElseThrow();
        ClientForm form = app.orderImport().newClientForm(ingrid.client());
        assertThat(form.get(ClientForm.NAME)).isEqualTo("Ingrid Nyland");
        Validated<ClientChoice> created = app.orderImport().newClient(form);
        assertThat(created.isValid()).isTrue();

        Resolutions r = Resolutions.NONE
                .zone(zone.target(), Zone.FROZEN)
                .exclude(open.get(1).target()).exclude(open.get(2).target()).exclude(open.get(3).target())
                .exclude(open.get(4).target())
                .client(arne.client().key(), new ClientChoice.Existing(candidates.getFirst().client()))
                .client(ingrid.client().key(), ((Validated.Valid<ClientChoice>) created).value());
        assertThat(candidate.target()).isEqualTo(arne.key());
        assertThat(unknown.target()).isEqualTo(ingrid.key());
        BatchPreview.Evaluation ev = preview.evaluate(r);
        assertThat(ev.open()).isEmpty();
        assertThat(ev.rows()).extracting(row -> row.order().reference() + " " + row.change()).containsExactly(
                "FF-6001 NEW", "FF-6002 EXCLUDED", "FF-6003 EXCLUDED", "FF-6004 NEW", "FF-6005 EXCLUDED", "FF-6006 NEW",
                "FF-6007 NEW");

        ImportOutcome outcome = app.orderImport().commit(preview, r, coordinator, Progress.NONE);

        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(outcome.clientsCreated()).isEqualTo(1);
        assertThat(app.clients().byNumber("K-10999")).hasValueSatisfying(c -> assertThat(c.data().areaName()).isEmpty());
        var ctx = app.db().dsl();
        assertThat(ctx.select(ORDER_PACKAGE.ZONE, ORDER_PACKAGE.COUNT).from(ORDER_PACKAGE).join(SUPPLIER_ORDER)
                .on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID)).where(SUPPLIER_ORDER.ORDER_REFERENCE.eq("FF-6001"))
                .orderBy(ORDER_PACKAGE.ID).fetch(rec -> rec.value1() + "x" + rec.value2()))
                .containsExactly("CHILLED x1".replace(" ", ""), "FROZENx1");
        assertThat(ctx.select(ORDER_PACKAGE.COUNT).from(ORDER_PACKAGE).join(SUPPLIER_ORDER)
                .on(SUPPLIER_ORDER.ID.eq(ORDER_PACKAGE.ORDER_ID)).where(SUPPLIER_ORDER.ORDER_REFERENCE.eq("FF-6004"))
                .fetch(ORDER_PACKAGE.COUNT)).containsExactly(2);
        // The new client has no area and no booking: the configured fallback window.
        assertThat(ctx.select(STOP.WINDOW_START).from(STOP).join(SUPPLIER_ORDER).on(SUPPLIER_ORDER.STOP_ID.eq(STOP.ID))
                .where(SUPPLIER_ORDER.ORDER_REFERENCE.eq("FF-6007")).fetchSingle(STOP.WINDOW_START)).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void missingColumnsAreNamedWithTheColumnsTheFileHas() throws Exception {
        Path file = dir.resolve("wrong.csv");
        Files.writeString(file, "leverandor;dato;kunde\nFjordfrukt;24.11.2026;K-10131\n", StandardCharsets.UTF_8);
        String before = snapshot(app);

        BatchPreview preview = previewOne(app, file);

        assertThat(problems(preview)).containsExactly("FATAL wrong.csv | linje 1 |  |  | Filen wrong.csv mangler "
                + "kolonne(n)e supplier, batchReference, deliveryDate, orderReference, zone, packages / packageCode, "
                + "clientNumber. Kolonnene i filen er: leverandor, dato, kunde. Se README, avsnittet «Order import», for formatet.");
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void notAWholeNumberAndAnUnreadableDateAreReported() throws Exception {
        Path file = dir.resolve("numbers.csv");
        Files.writeString(file, """
                supplier,batchReference,deliveryDate,orderReference,clientNumber,zone,packages
                Fjordfrukt AS,FF-1,2026-11-24,A,K-10131,KJØL,"2,5"
                Fjordfrukt AS,FF-1,24/11/2026,B,K-10132,KJØL,1
                Fjordfrukt AS,FF-1,2026-11-24,C,K-10133,FRYS,-1
                Fjordfrukt AS,FF-1,2026-11-24,D,K-10134,,1
                """, StandardCharsets.UTF_8);

        BatchPreview preview = previewOne(app, file);

        assertThat(problems(preview)).containsExactly(
                "ERROR numbers.csv | linje 2 | packages | 2,5 | Antall kolli må være et helt tall, f.eks. 2.",
                "ERROR numbers.csv | linje 3 | deliveryDate | 24/11/2026 | Ikke en dato; skriv f.eks. 01.12.2026 eller 2026-12-01.",
                "ERROR numbers.csv | linje 4 | packages | -1 | Antall kolli må være minst 1.",
                "ERROR numbers.csv | linje 5 | zone |  | Temperatursone mangler. Velg KJØL, FRYS eller TØRR.");
    }
}
