package no.smartmat.console.haccp;

import no.smartmat.console.testsupport.Cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `smartmat haccp ...` as a script uses it: exit codes, one-line reasons, files written. */
class HaccpCommandTest {

    @TempDir
    Path dir;
    Path data;
    LocalDate yesterday;


    Cli.Run run(String... args) {
        return Cli.in(data, args);
    }

    @BeforeEach
    void aKitchenWithAColdRoom() throws Exception {
        data = dir.resolve("kitchen");
        AppContext app = TestKitchen.empty(data, Clock.systemDefaultZone());
        yesterday = LocalDate.now(app.clock()).minusDays(1);
        app.haccp().units().save(Optional.empty(), new ColdUnitService.UnitForm("KR-1", "Kjølerom 1", "COLD_ROOM", "", "",
                "dt-kr1", "", "15", true), yesterday.minusDays(1), CurrentUser.headless("test"));
        Files.write(dir.resolve("logger.csv"), HaccpKitchen.loggerCsv(yesterday.atTime(8, 0), 3.1, 3.3, 3.2, 3.0, 2.9, 3.4, 3.6,
                3.3));
    }

    @Test
    void importingTwiceAddsTheReadingsOnce() {
        Cli.Run first = run("haccp", "import", dir.resolve("logger.csv").toString(), "--unit", "KR-1");
        Cli.Run second = run("haccp", "import", dir.resolve("logger.csv").toString(), "--unit", "KR-1");

        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("Importert: 8 nye målinger, 0 fantes fra før.");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("Importert: 0 nye målinger, 8 fantes fra før.")
                .contains("Kolonner: tid «Tidspunkt» (dd.MM.yyyy HH:mm)");
    }

    @Test
    void anUnknownUnitIsOneLineAndExitCodeOne() {
        Cli.Run run = run("haccp", "import", dir.resolve("logger.csv").toString(), "--unit", "KR-9");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Ingen enhet har koden KR-9.");
    }

    @Test
    void verifyExitsZeroOnIntactRecordsAndOneNamingTheRowEditedAroundTheApplication() throws Exception {
        run("haccp", "import", dir.resolve("logger.csv").toString(), "--unit", "KR-1");
        assertThat(run("haccp", "verify").exit()).isZero();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("smartmat.db"));
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER temperature_reading_no_update");
            s.execute("UPDATE temperature_reading SET value_celsius = 2.0 WHERE id = 3");
        }
        Cli.Run broken = run("haccp", "verify");

        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("temperature_reading 3 er endret etter at den ble skrevet")
                .contains("Kjeden er brutt: 1 feil funnet");
    }

    @Test
    void reportAndExportWriteTheirFiles() throws Exception {
        run("haccp", "import", dir.resolve("logger.csv").toString(), "--unit", "KR-1");
        Path pdf = dir.resolve("rapport.pdf"), csv = dir.resolve("målinger.csv");

        Cli.Run report = run("haccp", "report", "--from", yesterday.toString(), "--to", yesterday.toString(), "--out", pdf.toString());
        Cli.Run export = run("haccp", "export", "--from", yesterday.toString(), "--to", yesterday.toString(), "--out", csv.toString());

        assertThat(report.exit()).isZero();
        assertThat(report.out()).contains("Rapport skrevet").contains("UFULLSTENDIG");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(export.exit()).isZero();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFEnhet;Navn;Type;Målt;");
        assertThat(text.lines().skip(1)).hasSize(8).first().asString().contains(";3,1;OK;Logger (import);");
    }

    @Test
    void aFileThatIsNoLoggerFileIsRefusedAsAWholeNamingTheFileAndTheColumnItLacks() throws Exception {
        run("haccp", "import", dir.resolve("logger.csv").toString(), "--unit", "KR-1");
        Path orders = dir.resolve("groceries-ok.csv");
        try (var in = HaccpCommandTest.class.getResourceAsStream("/orders/groceries-ok.csv")) {
            Files.copy(in, orders);
        }

        Cli.Run run = run("haccp", "import", orders.toString(), "--unit", "KR-1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("groceries-ok.csv", "«Tidspunkt»", "supplier").doesNotContain("linje ,");
    }

    @Test
    void aBadLineIsNamedByItsLineNumberColumnAndValue() throws Exception {
        Path bad = dir.resolve("logger-bad.csv");
        Files.writeString(bad, "Tidspunkt;Temperatur (°C)\r\n" + yesterday.format(HaccpTimes.DATE) + " 08:00;3,1\r\n"
                + yesterday.format(HaccpTimes.DATE) + " 08:15;varm\r\n", StandardCharsets.UTF_8);

        Cli.Run run = run("haccp", "import", bad.toString(), "--unit", "KR-1");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("logger-bad.csv linje 3, Temperatur (°C) = «varm»");
    }

    @Test
    void theReportIsInThePrintLogAsMadeByTheLoginThatRanTheCommand() throws Exception {
        run("haccp", "import", dir.resolve("logger.csv").toString(), "--unit", "KR-1");
        Path pdf = dir.resolve("rapporter").resolve("uke.pdf");

        Cli.Run report = run("haccp", "report", "--from", yesterday.toString(), "--to", yesterday.toString(),
                "--out", pdf.toString());

        assertThat(report.exit()).isZero();
        AppContext app = AppContext.open(data, Clock.systemDefaultZone());
        assertThat(app.printing().latestLog(5)).singleElement().satisfies(line -> {
            assertThat(line.document()).isEqualTo("HACCP_REPORT");
            assertThat(line.printedBy()).isEqualTo(CurrentUser.headless().username());
            assertThat(line.target()).isEqualTo("file:" + pdf.toAbsolutePath());
            assertThat(line.pages()).isGreaterThanOrEqualTo(2);
        });
        try (var left = Files.list(pdf.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("uke.pdf");
        }
    }

    @Test
    void theBenchmarkRunsInAThrowawayKitchenAndSaysWhatItTimed() {
        Cli.Run run = Cli.run("haccp", "benchmark", "--days", "2", "--sensors", "1");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("192 readings", "verify chain", "intact", "report PDF, 7 days");
    }
}
