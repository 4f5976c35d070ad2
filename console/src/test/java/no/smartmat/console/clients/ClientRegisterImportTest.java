package no.smartmat.console.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.clients.ClientRegisterImport.Action;
import no.smartmat.console.clients.ClientRegisterImport.Preview;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.validation.FieldError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientRegisterImportTest {

    @TempDir
    Path dir;
    AppContext app;
    final CurrentUser coordinator = CurrentUser.headless("test");

    @BeforeEach
    void kitchen() {
        app = TestKitchen.empty(dir);
        app.fleet().saveDriver(Optional.empty(), "D-01", "Lise Bakken", "", "08:30", "15:30", true, coordinator);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ClientRegisterImportTest.class.getResourceAsStream("/clients/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void importsAUtf8RegisterWithBomSemicolonsAndDecimalCommas() throws IOException {
        Preview preview = app.clientRegisterImport().preview("register-ok.csv", resource("register-ok.csv"));
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.count(Action.CREATE)).isEqualTo(3);
        assertThat(preview.newAreas()).containsExactly("Sandvika", "Haslum");

        var outcome = app.clientRegisterImport().commit(preview, Set.of(), coordinator).orElseThrow();

        assertThat(outcome.created()).isEqualTo(3);
        Client ase = app.clients().byNumber("K-30001").orElseThrow();
        assertThat(ase.name()).isEqualTo("Åse Ødegård");
        assertThat(ase.data().location()).contains(new GeoPoint(59.8939, 10.5156));
        assertThat(ase.data().putInFridge()).isTrue();
        assertThat(ase.data().dietCodes()).containsExactly("GLUTEN", "LAKTOSE");
        assertThat(ase.data().regularDriverCode()).contains("D-01");
        assertThat(ase.data().areaName()).contains("Sandvika");
        assertThat(app.fleet().areas()).extracting(a -> a.name()).containsExactlyInAnyOrder("Sandvika", "Haslum");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        app.clientRegisterImport().commit(app.clientRegisterImport().preview("register-ok.csv", resource("register-ok.csv")),
                Set.of(), coordinator);
        int auditEntries = app.audit().latest(app.db().dsl(), 1000).size();

        Preview again = app.clientRegisterImport().preview("register-ok.csv", resource("register-ok.csv"));
        var outcome = app.clientRegisterImport().commit(again, Set.of(), coordinator).orElseThrow();

        assertThat(again.count(Action.UNCHANGED)).isEqualTo(3);
        assertThat(outcome.created() + outcome.updated()).isZero();
        assertThat(app.audit().latest(app.db().dsl(), 1000)).hasSize(auditEntries);
    }

    @Test
    void reportsEveryFailingLineWithItsFieldAndValueAndImportsNothing() throws IOException {
        Preview preview = app.clientRegisterImport().preview("register-errors.csv", resource("register-errors.csv"));

        assertThat(preview.errors()).extracting(FieldError::location, FieldError::field, FieldError::value, e -> e.message().key())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("3", "postcode", "133", "clients.validation.postcode"),
                        org.assertj.core.groups.Tuple.tuple("4", "lon", "45,00", "clients.validation.lonOutsideNorway"),
                        org.assertj.core.groups.Tuple.tuple("5", "address", "", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple("5", "regularDriver", "D-99", "clients.validation.unknownDriver"),
                        org.assertj.core.groups.Tuple.tuple("6", "clientNumber", "K-40001", "clients.import.duplicateNumber"));
        assertThat(preview.canCommit(Set.of())).isFalse();
        assertThat(app.clientRegisterImport().commit(preview, Set.of(3, 4), coordinator)).isEmpty();
        assertThat(app.clients().count()).isZero();
    }

    @Test
    void importsTheRestWhenEveryFailingLineIsExcluded() throws IOException {
        Preview preview = app.clientRegisterImport().preview("register-errors.csv", resource("register-errors.csv"));

        var outcome = app.clientRegisterImport().commit(preview, preview.errorLines(), coordinator).orElseThrow();

        assertThat(outcome.created()).isEqualTo(1);
        assertThat(app.clients().all()).extracting(Client::clientNumber).containsExactly("K-40001");
    }

    @Test
    void readsALatin1FileAndSaysSo() throws IOException {
        Preview preview = app.clientRegisterImport().preview("register-latin1.csv", resource("register-latin1.csv"));

        assertThat(preview.notices()).extracting(m -> m.key()).contains("csv.notice.latin1");
        assertThat(preview.rows()).singleElement().satisfies(r -> {
            assertThat(r.data().name()).isEqualTo("Sølvi Åsheim");
            assertThat(r.data().address()).isEqualTo("Bjørnegårdsvingen 3");
        });
    }

    @Test
    void updatesByClientNumberAndKeepsFieldsTheFileDoesNotHave() throws IOException {
        app.clientRegisterImport().commit(app.clientRegisterImport().preview("register-ok.csv", resource("register-ok.csv")),
                Set.of(), coordinator);
        byte[] moved = "clientNumber;name;address;postcode;city\nK-30001;Åse Ødegård;Kirkeveien 5;1344;Haslum\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Preview preview = app.clientRegisterImport().preview("flytting.csv", moved);
        app.clientRegisterImport().commit(preview, Set.of(), coordinator);

        Client ase = app.clients().byNumber("K-30001").orElseThrow();
        assertThat(preview.count(Action.UPDATE)).isEqualTo(1);
        assertThat(ase.data().address()).isEqualTo("Kirkeveien 5");
        assertThat(ase.data().accessNotes()).isEqualTo("Nøkkelboks ved døren");
        assertThat(ase.data().regularDriverCode()).contains("D-01");
    }

    @Test
    void namesMissingColumnsEmptyFilesAndHeaderOnlyFiles() {
        assertThat(app.clientRegisterImport().preview("a.csv", new byte[0]).fileError()).hasValueSatisfying(m ->
                assertThat(m.key()).isEqualTo("csv.error.empty"));
        assertThat(app.clientRegisterImport().preview("b.csv", "clientNumber;name;address;postcode;city\n".getBytes())
                .fileError()).hasValueSatisfying(m -> assertThat(m.key()).isEqualTo("clients.import.headerOnly"));
        Preview missing = app.clientRegisterImport().preview("c.csv", "nummer;navn\n1;Ola\n".getBytes());
        assertThat(missing.fileError()).hasValueSatisfying(m -> {
            assertThat(m.key()).isEqualTo("clients.import.missingColumns");
            assertThat(m.args()).contains("clientNumber, name, address, postcode, city");
        });
    }
}
