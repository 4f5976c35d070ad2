package no.smartmat.console.orders;

import static no.smartmat.console.orders.OrderTestKitchen.previewOne;
import static no.smartmat.console.orders.OrderTestKitchen.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.smartmat.console.app.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSessionTest {

    @TempDir
    Path dir;

    @Test
    void confirmingSureMatchesTakesOnlyClientsWithOneCandidateWhoseNameAndAddressAgree() throws Exception {
        AppContext app = OrderTestKitchen.create(dir.resolve("k"));
        Path file = dir.resolve("names.csv");
        Files.writeString(file, """
                supplier;batchReference;deliveryDate;orderReference;clientName;address;postcode;zone;packages
                Fjordfrukt AS;FF-9;24.11.2026;A;Hagen, Per;Åsløkkvn. 23;1341;KJØL;1
                Fjordfrukt AS;FF-9;24.11.2026;B;Per Hagen;Storgata 1;1341;KJØL;1
                Fjordfrukt AS;FF-9;24.11.2026;C;Ukjent Person;Ingensteds 9;1341;KJØL;1
                """, StandardCharsets.UTF_8);
        BatchPreview preview = previewOne(app, file);
        ImportSession session = new ImportSession(java.util.List.of(preview));

        assertThat(session.strongCandidates(preview)).isEqualTo(1);
        assertThat(session.confirmStrongCandidates(preview)).isEqualTo(1);

        BatchPreview.Evaluation ev = session.evaluate(preview);
        assertThat(ev.rows()).extracting(r -> r.order().reference() + " " + r.client().map(ClientChoice::clientNumber).orElse("?"))
                .containsExactly("A K-10134", "B ?", "C ?");
        assertThat(ev.open()).hasSize(2);
    }

    @Test
    void aProblemKnowsItsOrderAndLeavingTheOrderOutResolvesIt() {
        AppContext app = OrderTestKitchen.create(dir.resolve("k"));
        BatchPreview preview = previewOne(app, sample("groceries-errors.csv"));
        ImportSession session = new ImportSession(java.util.List.of(preview));
        ImportProblem zone = preview.problems().getFirst();

        ParsedOrder order = session.orderOf(preview, zone).orElseThrow();
        session.exclude(preview, order.key());

        assertThat(order.reference()).isEqualTo("FF-6001");
        assertThat(session.isOpen(preview, zone)).isFalse();
        assertThat(session.problemsOf(preview, order)).containsExactly(zone);
    }
}
