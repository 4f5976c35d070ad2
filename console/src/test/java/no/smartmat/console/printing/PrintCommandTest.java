package no.smartmat.console.printing;

import no.smartmat.console.testsupport.Cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.planning.StoredPlan;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.planner.solver.SolveLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code smartmat print} as a script uses it: exit codes, one-line reasons, the file it writes. */
class PrintCommandTest {

    @TempDir
    static Path dir;
    static StoredPlan monday;

    @BeforeAll
    static void publishedMonday() {
        AppContext app = TestKitchen.demo(dir);
        monday = app.planning().planDay(TestKitchen.MONDAY, SolveLimits.seconds(2), true, CurrentUser.headless("test"), p -> {});
    }


    static Cli.Run run(String... args) {
        return Cli.in(dir, args);
    }

    @Test
    void labelsOfOneRouteGoToTheFileAndTheRunSaysHowManyPages() throws Exception {
        String van = monday.routes().getFirst().vehicleCode();
        Path file = dir.resolve("etiketter.pdf");

        Cli.Run run = run("print", "labels", "--date", "2026-11-23", "--route", van, "--out", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        int pages = PdfText.pages(Files.readAllBytes(file)).size();
        assertThat(pages).isPositive();
        assertThat(run.out().strip()).isEqualTo("Skrev etiketter for 2026-11-23 (plan v1, " + van + "): " + pages
                + " sider til " + file.toAbsolutePath() + ".");
        assertThat(AppContext.open(dir, TestKitchen.clockAt(TestKitchen.MONDAY.atTime(10, 0))).printing().latestLog(1))
                .singleElement().satisfies(e -> {
                    assertThat(e.printedBy()).startsWith("cli:");
                    assertThat(e.scope()).isEqualTo("route:" + van);
                });
    }

    @Test
    void manifestsAndLoadingListsOfAllRoutesPrintToo() throws Exception {
        Cli.Run manifests = run("print", "manifests", "--date", "2026-11-23", "--out", dir.resolve("k.pdf").toString());
        Cli.Run loading = run("--lang", "en", "print", "loading-list", "--date", "2026-11-23", "--out", dir.resolve("l.pdf").toString());

        assertThat(manifests.exit()).as(manifests.err()).isZero();
        assertThat(PdfText.all(Files.readAllBytes(dir.resolve("k.pdf")))).contains(
                "Kjøreliste " + monday.routes().getFirst().vehicleCode(), "Kjøreliste " + monday.routes().getLast().vehicleCode());
        assertThat(loading.exit()).as(loading.err()).isZero();
        assertThat(loading.out()).startsWith("Wrote loading lists for 2026-11-23 (plan v1, all routes): ");
    }

    @Test
    void aDayWithoutAPublishedPlanExitsNonZeroWithOneLineSayingWhatToDo() {
        Cli.Run run = run("print", "labels", "--date", "2026-11-24", "--out", dir.resolve("x.pdf").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("Det finnes ingen plan for 2026-11-24. Planlegg dagen og publiser planen i Planlegging; "
                        + "etiketter og kjørelister skrives ut fra den publiserte planen.");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void anUnknownRouteExitsNonZeroNamingTheRoutes() {
        Cli.Run run = run("--lang", "en", "print", "manifests", "--date", "2026-11-23", "--route", "BIL-99", "--out", dir.resolve("y.pdf").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("Route BIL-99 is not in the published plan for 2026-11-23. Its routes are: BIL-01, BIL-02");
    }

    @Test
    void anUnknownDocumentOrAMissingTargetIsAUsageError() {
        assertThat(run("print", "invoices", "--date", "2026-11-23", "--out", "z.pdf").exit()).isEqualTo(2);
        Cli.Run noTarget = run("print", "labels", "--date", "2026-11-23");
        assertThat(noTarget.exit()).isEqualTo(2);
        assertThat(noTarget.err()).contains("--out", "--printer");
    }

    @Test
    void aPrinterThatIsNotThereExitsNonZero() {
        Cli.Run run = run("print", "labels", "--date", "2026-11-23", "--printer", "Finnes-ikke-skriver");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).containsAnyOf("ingen skrivere", "Finnes-ikke-skriver");
    }
}
