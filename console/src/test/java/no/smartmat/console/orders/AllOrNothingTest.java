package no.smartmat.console.orders;

import no.smartmat.console.app.benchmark.OrderImportBenchmark;
import static no.smartmat.console.orders.OrderTestKitchen.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.app.Main;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.users.PasswordHasher;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import is written whole or not at all: cancelled half-way, or the program killed half-way. */
class AllOrNothingTest {

    @TempDir
    Path dir;

    private AppContext benchmarkKitchen(Path kitchen, int clients) {
        OrderImportBenchmark.prepareKitchen(kitchen, clients);
        return AppContext.open(kitchen, TestKitchen.clockAt(OrderImportBenchmark.DAY.minusDays(1).atTime(10, 0)),
                new PasswordHasher(1_000));
    }

    @Test
    void cancellingWhileWritingLeavesTheDatabaseAsBefore() throws Exception {
        AppContext app = benchmarkKitchen(dir.resolve("kitchen"), 6_000);
        Path file = dir.resolve("batch.csv");
        OrderImportBenchmark.writeCsv(file, 6_000);
        BatchPreview preview = app.orderImport().preview(List.of(ImportFile.of(file)), Progress.NONE).getFirst();
        var coordinator = TestKitchen.user(app, Role.COORDINATOR);
        String before = snapshot(app);
        AtomicInteger checks = new AtomicInteger();
        Progress cancelledHalfWay = new Progress() {
            @Override
            public void update(long done, long total, String message) {}

            @Override
            public boolean isCancelled() {
                // Stores, the batch row and 4,000 orders are written by the 4th look; the packages are not.
                return checks.incrementAndGet() >= 4;
            }
        };

        assertThatThrownBy(() -> app.orderImport().commit(preview, Resolutions.NONE, coordinator, cancelledHalfWay))
                .isInstanceOf(CancellationException.class);

        assertThat(checks.get()).isEqualTo(4);
        assertThat(snapshot(app)).isEqualTo(before);
        // And nothing is left half-done: the same preview imports whole afterwards.
        assertThat(app.orderImport().commit(preview, Resolutions.NONE, coordinator, Progress.NONE).result())
                .isEqualTo(ImportOutcome.Result.IMPORTED);
    }

    @Test
    void killingTheProgramWhileItWritesLeavesTheDatabaseAsBefore() throws Exception {
        Path kitchen = dir.resolve("kitchen");
        AppContext app = benchmarkKitchen(kitchen, 12_000);
        Path file = dir.resolve("batch.csv");
        OrderImportBenchmark.writeCsv(file, 12_000);
        String before = snapshot(app);

        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", kitchen.toString(), "import", file.toString())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        boolean killed = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                // Half-way: the stops and the batch row are written, the orders are being written.
                if (line.contains("skriver 50 %")) {
                    process.destroyForcibly();
                    killed = true;
                    break;
                }
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killed).as("the import should still be writing when killed; it printed %s", output).isTrue();
        assertThat(process.exitValue()).as("killed, not finished").isNotZero();

        AppContext reopened = AppContext.open(kitchen, app.clock(), new PasswordHasher(1_000));
        assertThat(snapshot(reopened)).isEqualTo(before);
        assertThat(reopened.orderImport().history(5)).isEmpty();
    }
}
