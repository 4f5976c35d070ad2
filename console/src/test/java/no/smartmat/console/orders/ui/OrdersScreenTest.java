package no.smartmat.console.orders.ui;

import static no.smartmat.console.db.jooq.Tables.ORDER_PACKAGE;
import static no.smartmat.console.db.jooq.Tables.SUPPLIER_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.clients.ClientData;
import no.smartmat.console.orders.ImportProblem;
import no.smartmat.console.orders.ImportedBatch;
import no.smartmat.console.orders.OrderRow;
import no.smartmat.console.testsupport.ConsoleUiTest;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ordreimport in the real window: a file in through the path field, previewed, fixed, imported, in the history. */
class OrdersScreenTest extends ConsoleUiTest {

    @TempDir
    Path dir;

    private AppContext kitchen() {
        AppContext app = TestKitchen.empty(dir);
        app.users().create("kari", "Kari Koordinator", Role.COORDINATOR, "hemmelig-passord".toCharArray(), CurrentUser.headless("test"));
        app.db().transactionRun(tx -> {
            for (String[] c : List.of(new String[] {"K-10131", "Kari Andreassen", "Anthon Walles vei 12", "1365", "Blommenholm"},
                    new String[] {"K-10132", "Reidun Bakke", "Åskroken 36", "1341", "Slependen"},
                    new String[] {"K-10133", "Jorunn Vik", "Tanumveien 51", "1341", "Slependen"},
                    new String[] {"K-10134", "Per Hagen", "Åsløkkveien 23", "1341", "Slependen"},
                    new String[] {"K-10135", "Olav Andreassen", "Baunekroken 59", "1363", "Høvik"},
                    new String[] {"K-10136", "Arne Johnsen", "Tanumveien 39", "1341", "Slependen"})) {
                app.clientRepository().insert(tx, new ClientData(c[0], c[1], c[2], c[3], c[4], Optional.empty(), "",
                        Optional.empty(), "", "", false, List.of(), Optional.empty(), 7, Optional.of(LocalDate.of(2025, 1, 1)),
                        Optional.empty()), app.clock().instant());
            }
        });
        return app;
    }

    private static String sample(String name) throws URISyntaxException {
        return Path.of(OrdersScreenTest.class.getResource("/orders/" + name).toURI()).toString();
    }

    private void open(String path) throws Exception {
        clickOn("#nav-orders");
        waitUntil("#orders-path");
        clickOn("#orders-path").write(path);
        clickOn("#orders-open");
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return (TableView<T>) lookup(id).queryTableView();
    }

    /** Clicks the problem table's row showing item {@code index} (rows are recycled cells, not in item order). */
    private void clickProblemRow(int index) {
        TableView<ImportProblem> problems = table("#orders-problems");
        interact(() -> problems.scrollTo(index));
        Node row = lookup("#orders-problems .table-row-cell")
                .match((Node n) -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == index).query();
        clickOn(row);
    }

    @Test
    void theGrocersFileIsOpenedFromAPathPreviewedImportedAndShownInTheHistory() throws Exception {
        AppContext app = kitchen();
        start(app, false);
        logIn("kari", "hemmelig-passord");

        open(sample("groceries-ok.csv"));

        TableView<OrderRow> orders = table("#orders-table");
        waitFor(() -> orders.getItems().size() == 4);
        assertThat(lookup("#orders-status").queryAs(Label.class).getText())
                .isEqualTo("Ny batch Fjordfrukt AS FF-20261124 for 24.11.2026 (CSV).");
        assertThat(lookup("#orders-summary").queryAs(Label.class).getText()).isEqualTo("4 ordrer, kolli KJØL 4 · FRYS 1 · TØRR 2. "
                + "Nye 4, endret 0, trukket 0, uendret 0, beholdt 0. Åpne problemer: 0.");
        Button importButton = lookup("#orders-import").queryButton();
        assertThat(importButton.getText()).isEqualTo("Importer (4 skrives, 0 trekkes)");

        clickOn(importButton);

        waitFor(() -> app.orderImport().history(5).size() == 1);
        ImportedBatch batch = app.orderImport().history(5).getFirst();
        assertThat(batch.importedBy()).isEqualTo("Kari Koordinator");
        assertThat(batch.orderCount()).isEqualTo(4);
        waitFor(() -> lookup("#orders-message").queryAs(Label.class).getText().startsWith("Importert FF-20261124 revisjon 1"));
        clickOn("Historikk");
        TableView<ImportedBatch> history = table("#orders-history");
        waitFor(() -> history.getItems().size() == 1);
        assertThat(history.getItems().getFirst().reference()).isEqualTo("FF-20261124");
        assertThat(lookup("Kari Koordinator").tryQuery()).isPresent();

        // The same file again: the preview says so, and importing again changes nothing.
        clickOn("Forhåndsvisning");
        lookup("#orders-path").queryTextInputControl().clear();
        clickOn("#orders-path").write(sample("groceries-ok.csv"));
        clickOn("#orders-open");
        waitFor(() -> lookup("#orders-status").queryAs(Label.class).getText().startsWith("Allerede importert: batch FF-20261124 revisjon 1"));
        assertThat(app.orderImport().history(5)).hasSize(1);
    }

    @Test
    void aFileWithErrorsShowsEveryProblemAndImportsOnceEachIsFixedOrLeftOut() throws Exception {
        AppContext app = kitchen();
        start(app, false);
        logIn("kari", "hemmelig-passord");

        open(sample("groceries-errors.csv"));

        TableView<ImportProblem> problems = table("#orders-problems");
        waitFor(() -> problems.getItems().size() == 7);
        assertThat(lookup((Node n) -> n instanceof Text t
                && t.getText().equals("Ukjent temperatursone «KALD». Bruk KJØL, FRYS eller TØRR.")).tryQuery()).isPresent();
        Button importButton = lookup("#orders-import").queryButton();
        assertThat(importButton.isDisabled()).isTrue();

        clickProblemRow(0);                      // line 3: zone KALD
        clickOn("#fix-zone-FROZEN");
        clickProblemRow(1);                      // line 4: 0 packages
        clickOn("#fix-exclude-part");
        clickProblemRow(2);                      // line 5: 500 packages
        clickOn("#fix-exclude-part");
        clickProblemRow(3);                      // line 7: copy of line 6
        clickOn("#fix-exclude-part");
        clickProblemRow(4);                      // line 8: another day
        clickOn("#fix-exclude-order");
        clickProblemRow(5);                      // line 9: no number, one sure candidate
        assertThat(lookup("#fix-candidate-0").queryLabeled().getText())
                .isEqualTo("K-10136 Arne Johnsen, Tanumveien 39, 1341 Slependen (navn og adresse stemmer)");
        clickOn("#fix-confirm");
        clickProblemRow(6);                      // line 10: unknown number
        clickOn("#fix-exclude-order");

        waitFor(() -> !importButton.isDisabled());
        assertThat(importButton.getText()).isEqualTo("Importer (3 skrives, 0 trekkes)");
        clickOn(importButton);

        waitFor(() -> app.orderImport().history(5).size() == 1);
        var ctx = app.db().dsl();
        assertThat(ctx.select(SUPPLIER_ORDER.ORDER_REFERENCE).from(SUPPLIER_ORDER).orderBy(SUPPLIER_ORDER.ID)
                .fetch(SUPPLIER_ORDER.ORDER_REFERENCE)).containsExactly("FF-6001", "FF-6004", "FF-6006");
        assertThat(ctx.select(ORDER_PACKAGE.ZONE).from(ORDER_PACKAGE).orderBy(ORDER_PACKAGE.ID).fetch(ORDER_PACKAGE.ZONE))
                .containsExactly("CHILLED", "FROZEN", "CHILLED", "CHILLED");
    }
}
