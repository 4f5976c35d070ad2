package no.smartmat.console.orders;

import no.smartmat.console.testsupport.Cli;
import static no.smartmat.console.orders.OrderTestKitchen.sample;
import static no.smartmat.console.orders.OrderTestKitchen.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.smartmat.console.app.AppContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code smartmat import FILE…}: a summary per batch, exit 0 when everything is in (or already was), else 1. */
class ImportCommandTest {

    @TempDir
    Path dir;
    Path dataDir;
    AppContext app;

    @BeforeEach
    void kitchen() {
        dataDir = dir.resolve("kitchen");
        app = OrderTestKitchen.create(dataDir);
    }


    private Cli.Run run(String... args) {
        return Cli.in(dataDir, args);
    }

    @Test
    void importsSeveralFilesAtOnceAndPrintsASummaryPerBatch() {
        Cli.Run r = run("import", sample("despatch/EHF-pakkseddel-FF-DA-7001.xml").toString(),
                sample("despatch/EHF-pakkseddel-FF-DA-7002.xml").toString(), sample("groceries-ok.csv").toString());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains(
                "EHF-pakkseddel-FF-DA-7001.xml (+1): Fjordfrukt AS FF-SHIP-20261124, levering 24.11.2026, 2 ordrer",
                "  Importert FF-SHIP-20261124 revisjon 1: ordrer nye 2, endret 0, trukket 0, uendret 0; kolli KJØL 1 · FRYS 1 "
                        + "· TØRR 1; 2 nye stopp, 0 ordrer lagt til et stopp som fantes; 0 brukere opprettet.",
                "groceries-ok.csv: Fjordfrukt AS FF-20261124, levering 24.11.2026, 4 ordrer",
                "Totalt: 2 batcher importert, 0 uendret, 0 avvist.");
        assertThat(app.orderImport().history(10)).extracting(ImportedBatch::importedBy)
                .allSatisfy(by -> assertThat(by).startsWith("Kommandolinje ("));
    }

    @Test
    void theSameFilesAgainExitZeroAndSayAlreadyImportedNothingChanged() {
        run("import", sample("groceries-ok.csv").toString());
        String before = snapshot(app);

        Cli.Run nb = run("import", sample("groceries-ok.csv").toString());
        Cli.Run en = run("--lang", "en", "import", sample("groceries-ok.csv").toString());

        assertThat(nb.exit()).isZero();
        assertThat(nb.out()).contains("  Allerede importert, ingenting endret (batch FF-20261124 revisjon 1, importert ");
        assertThat(en.exit()).isZero();
        assertThat(en.out()).contains("  Already imported, nothing changed (batch FF-20261124 revision 1, imported ",
                "Total: 0 batches imported, 1 unchanged, 0 rejected.");
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void aFileWithErrorsIsRejectedWithEveryProblemAndCandidatesAndExitsOne() {
        String before = snapshot(app);

        Cli.Run r = run("import", sample("groceries-errors.csv").toString(), sample("empty.csv").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains(
                "  feil: groceries-errors.csv linje 3, zone = «KALD»: Ukjent temperatursone «KALD». Bruk KJØL, FRYS eller TØRR.",
                "  feil: groceries-errors.csv linje 9, clientName = «Arne Johnsen»: Brukernummer mangler; 1 bruker passer "
                        + "med Arne Johnsen, Tanumveien 39, 1341 Slependen på navn eller adresse. Bekreft riktig bruker, "
                        + "opprett brukeren, eller utelat ordren.",
                "      kan være: K-10136 Arne Johnsen, Tanumveien 39, 1341 Slependen",
                "  Avvist: 7 åpne problemer gjenstår.",
                "empty.csv:",
                "  feil: empty.csv hele filen: Filen empty.csv er tom.",
                "Totalt: 0 batcher importert, 0 uendret, 2 avvist.");
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void ordersWithErrorsCanBeLeftOutByReference() throws Exception {
        Path file = dir.resolve("one-bad.csv");
        Files.writeString(file, """
                supplier;batchReference;deliveryDate;orderReference;clientNumber;zone;packages
                Fjordfrukt AS;FF-7;24.11.2026;A;K-10131;KJØL;1
                Fjordfrukt AS;FF-7;24.11.2026;B;K-10132;VARM;1
                """, StandardCharsets.UTF_8);

        Cli.Run refused = run("import", file.toString());
        Cli.Run dry = run("import", "--exclude", "B", "--dry-run", file.toString());
        Cli.Run imported = run("import", "--exclude", "B", file.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("  Prøvekjøring, ingenting skrevet: ville importert ordrer nye 1, endret 0, trukket 0, "
                + "uendret 0; kolli KJØL 1.");
        assertThat(imported.exit()).isZero();
        assertThat(app.orderImport().history(1)).singleElement().satisfies(b -> assertThat(b.orderCount()).isEqualTo(1));
    }

    @Test
    void aMissingFileIsNamed() {
        Cli.Run r = run("import", dir.resolve("nowhere.csv").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nowhere.csv: filen finnes ikke eller kan ikke leses.");
    }
}
