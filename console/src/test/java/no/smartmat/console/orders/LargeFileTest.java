package no.smartmat.console.orders;

import no.smartmat.console.app.benchmark.OrderImportBenchmark;
import static no.smartmat.console.orders.OrderTestKitchen.problems;
import static no.smartmat.console.orders.OrderTestKitchen.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.tasks.Progress;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files of the size real suppliers send with item lines: streamed, with progress, within the configured limit. */
class LargeFileTest {

    @TempDir
    Path dir;

    private record Update(long done, long total) {}

    @Test
    void aFiftyMegabyteFileIsStreamedWithProgressAndImportedWhole() throws Exception {
        Path kitchen = dir.resolve("kitchen");
        OrderImportBenchmark.prepareKitchen(kitchen, 2_000);
        AppContext app = AppContext.open(kitchen, TestKitchen.clockAt(OrderImportBenchmark.DAY.minusDays(1).atTime(10, 0)),
                new no.smartmat.console.users.PasswordHasher(1_000));
        Path file = dir.resolve("big.csv");
        long t0 = System.nanoTime();
        int rows = writeBigCsv(file, 2_000, 50L * 1024 * 1024);
        System.out.println("generated in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(50L * 1024 * 1024);
        List<Update> updates = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(new Update(done, total));
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        t0 = System.nanoTime();
        BatchPreview preview = app.orderImport().preview(List.of(ImportFile.of(file)), recording).getFirst();
        System.out.println("previewed in " + (System.nanoTime() - t0) / 1_000_000 + " ms");

        assertThat(problems(preview)).isEmpty();
        assertThat(preview.batch().orders()).hasSize(2_000);
        assertThat(preview.batch().orders().stream().mapToInt(o -> o.lines().size()).sum()).isEqualTo(rows);
        // About every megabyte over three passes (hash, encoding, parse), never backwards, ending at the total.
        assertThat(updates.size()).isGreaterThan(100);
        assertThat(updates).isSortedAccordingTo((a, b) -> Long.compare(a.done(), b.done()));
        assertThat(updates.getLast().done()).isEqualTo(updates.getLast().total());

        ImportOutcome outcome = app.orderImport().commit(preview, Resolutions.NONE, TestKitchen.user(app, Role.COORDINATOR),
                Progress.NONE);
        System.out.println("committed after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(outcome.batch().orElseThrow().orderCount()).isEqualTo(2_000);
        assertThat(app.db().dsl().fetchCount(no.smartmat.console.db.jooq.Tables.ORDER_LINE)).isEqualTo(rows);
    }

    @Test
    void aFileLargerThanTheKitchensLimitIsRefusedWithoutReadingIt() throws Exception {
        Path kitchen = dir.resolve("kitchen");
        Files.createDirectories(kitchen.resolve("config"));
        Files.writeString(kitchen.resolve("config/orders.yaml"), "maxFileMegabytes: 1\n");
        AppContext app = OrderTestKitchen.create(kitchen);
        Path file = dir.resolve("year.csv");
        writeBigCsv(file, 10, 3L * 1024 * 1024);
        String before = snapshot(app);

        BatchPreview preview = app.orderImport().preview(List.of(ImportFile.of(file)), Progress.NONE).getFirst();

        assertThat(problems(preview)).containsExactly("FATAL year.csv | hele filen |  |  | Filen year.csv er 3 MB; største "
                + "fil som tas imot er 1 MB (maxFileMegabytes i orders.yaml). Er dette riktig fil?");
        assertThat(snapshot(app)).isEqualTo(before);
    }

    /** One order per client of the benchmark kitchen, two bags each, then item lines until the file has {@code size} bytes. */
    static int writeBigCsv(Path file, int orders, long size) throws Exception {
        int rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String header = "supplier;batchReference;deliveryDate;orderReference;clientNumber;zone;packageCode;itemName;gtin;quantity;unit\n";
            w.write(header);
            long written = header.length();
            for (int i = 0; i < orders; i++) {
                String head = "Smart Mat Dagligvare;BIG-1;" + OrderImportBenchmark.DAY + ";BIG-" + i + ";K-" + (200_000 + i) + ";";
                for (String line : List.of(head + "KJØL;BIG" + i + "-1;Lettmelk 1 l;7038010000737;2;stk\n",
                        head + "TØRR;BIG" + i + "-2;Havregryn;7020650002226;1,5;kg\n")) {
                    w.write(line);
                    written += line.getBytes(StandardCharsets.UTF_8).length;
                    rows++;
                }
            }
            int n = 0;
            while (written < size) {
                int i = n++ % orders;
                String line = "Smart Mat Dagligvare;BIG-1;" + OrderImportBenchmark.DAY + ";BIG-" + i + ";K-" + (200_000 + i)
                        + ";;;Vare nummer " + n + " med et langt navn slik nettbutikken skriver det;7038010" + (100_000 + n % 900_000)
                        + ";1;stk\n";
                w.write(line);
                written += line.getBytes(StandardCharsets.UTF_8).length;
                rows++;
            }
        }
        return rows;
    }
}
