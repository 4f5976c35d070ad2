package no.smartmat.console.orders;

import static no.smartmat.console.db.jooq.Tables.ORDER_LINE;
import static no.smartmat.console.orders.OrderTestKitchen.TUESDAY;
import static no.smartmat.console.orders.OrderTestKitchen.previewOne;
import static no.smartmat.console.orders.OrderTestKitchen.problems;
import static no.smartmat.console.orders.OrderTestKitchen.sample;
import static no.smartmat.console.orders.OrderTestKitchen.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.fleet.Capacity;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonOrderImportTest {

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
    void importsTheJsonBatchWithPackagesLinesAndAShortage() {
        BatchPreview preview = previewOne(app, sample("batch.json"));

        assertThat(preview.batch().format()).contains(BatchFormat.JSON);
        assertThat(preview.batch().reference()).isEqualTo("FF-20261124-B");
        assertThat(preview.batch().day()).contains(TUESDAY);
        assertThat(problems(preview)).containsExactly("WARNING batch.json | linje 7, orders[0].lines[2] | "
                + "outstandingQuantity | 1 | Restordre: Kneippbrød leveres ikke fullt ut (Utsolgt, kommer torsdag). "
                + "Gi brukeren beskjed om det betyr noe.");
        BatchPreview.Evaluation ev = preview.evaluate(Resolutions.NONE);
        assertThat(ev.canCommit()).isTrue();
        assertThat(ev.rows()).extracting(OrderRow::zones).containsExactly(new Capacity(2, 0, 1), new Capacity(0, 1, 0));

        ImportOutcome outcome = app.orderImport().commit(preview, Resolutions.NONE, coordinator, Progress.NONE);

        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(outcome.batch().orElseThrow().packageCount()).isEqualTo(4);
        assertThat(app.db().dsl().select(ORDER_LINE.QUANTITY, ORDER_LINE.OUTSTANDING_QUANTITY, ORDER_LINE.OUTSTANDING_REASON)
                .from(ORDER_LINE).orderBy(ORDER_LINE.ID).fetch(r -> r.value1() + "/" + r.value2() + "/" + r.value3()))
                .containsExactly("2.0/null/null", "0.75/null/null", "1.0/1.0/Utsolgt, kommer torsdag");
    }

    @Test
    void brokenJsonNamesTheLineAndColumnAndNothingChanges() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                {"supplier": "Fjordfrukt AS",
                 "batchReference": "FF-1",
                 "deliveryDate": "2026-11-24"
                 "orders": []}
                """, StandardCharsets.UTF_8);
        String before = snapshot(app);

        BatchPreview preview = previewOne(app, file);

        assertThat(preview.status()).isEqualTo(BatchPreview.Status.REJECTED);
        assertThat(problems(preview)).singleElement().asString().startsWith("FATAL broken.json | linje 4 |  |  | Filen "
                + "broken.json er ikke gyldig JSON på linje 4, kolonne 2: Unexpected character ('\"' (code 34)): was "
                + "expecting comma to separate Object entries");
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void wrongQuantitiesAndZonesAreReportedByTheirJsonPath() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"supplier": "Fjordfrukt AS", "batchReference": "FF-2", "deliveryDate": "2026-11-24",
                 "orders": [
                  {"orderReference": "A", "client": {"clientNumber": "K-10131"},
                   "packages": [{"zone": "KJØL", "count": 0}, {"zone": "VARM", "count": 1}],
                   "lines": [{"name": "Melk", "quantity": -2}, {"name": "Sukker", "quantity": 5000}]},
                  {"orderReference": "B", "client": {"clientNumber": "K-10132"}, "deliveryDate": "2026-11-26",
                   "packages": [{"zone": "TØRR", "count": 1}]},
                  {"orderReference": "A", "client": {"clientNumber": "K-10133"}, "packages": [{"zone": "TØRR", "count": 1}]}
                 ]}
                """, StandardCharsets.UTF_8);
        String before = snapshot(app);

        BatchPreview preview = previewOne(app, file);

        assertThat(problems(preview)).containsExactly(
                "ERROR bad.json | linje 3, orders[0].packages[0] | count | 0 | Antall kolli må være minst 1.",
                "ERROR bad.json | linje 3, orders[0].packages[1] | zone | VARM | Ukjent temperatursone «VARM». Bruk KJØL, FRYS eller TØRR.",
                "ERROR bad.json | linje 3, orders[0].lines[0] | quantity | -2 | Antallet må være større enn 0.",
                "ERROR bad.json | linje 3, orders[0].lines[1] | quantity | 5000 | Et antall over 1000 er ikke troverdig "
                        + "(maxItemQuantity i orders.yaml). Sjekk tallet.",
                "ERROR bad.json | linje 6, orders[1] | deliveryDate | 2026-11-26 | Leveringsdato 26.11.2026 er ikke "
                        + "batchens dag (24.11.2026). En batch leverer på én dag: utelat ordren eller be om en rettet fil.",
                "ERROR bad.json | linje 8, orders[2] | orderReference | A | Ordre A står to ganger i batchen (også på linje 3). "
                        + "Utelat den ene.");
        assertThat(preview.evaluate(Resolutions.NONE).canCommit()).isFalse();
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void aJsonFileWithoutTheBatchFieldsSaysWhichAreMissing() throws Exception {
        Path file = dir.resolve("thin.json");
        Files.writeString(file, "{\"orders\": [{\"orderReference\": \"A\"}]}", StandardCharsets.UTF_8);

        assertThat(problems(previewOne(app, file))).containsExactly("FATAL thin.json | hele filen |  |  | Filen thin.json "
                + "mangler supplier, batchReference, deliveryDate. En batch må ha supplier, batchReference, deliveryDate og orders.");
    }
}
