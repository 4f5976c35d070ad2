package no.smartmat.console.orders;

import static no.smartmat.console.orders.OrderTestKitchen.sample;
import static no.smartmat.console.orders.OrderTestKitchen.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.smartmat.console.app.AppContext;
import no.smartmat.console.testsupport.TestKitchen;
import no.smartmat.console.access.CurrentUser;
import no.smartmat.console.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watched folder: files are taken once they stop changing; only clean, fully matched batches go in by themselves. */
class ImportFolderTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultFolderIsImportUnderTheDataFolder() {
        AppContext app = OrderTestKitchen.create(dir);

        assertThat(app.orderImport().settings().importFolder(app.dataDir())).isEqualTo(dir.resolve("import"));
    }

    @Test
    void aFileIsReadyOnceItStoppedChangingAndPartialOrHiddenFilesAreLeftAlone() throws Exception {
        Path folder = dir.resolve("import");
        // The folder's clock: the files below were written "just now", so only an unchanged second look makes them ready.
        ImportFolder importFolder = new ImportFolder(folder, Duration.ofSeconds(5), TestKitchen.clockAt(LocalDateTime.now()));
        Files.createDirectories(folder);
        Path growing = Files.writeString(folder.resolve("groceries.csv"), "supplier;batchReference\n");
        Files.writeString(folder.resolve("upload.csv.part"), "x");
        Files.writeString(folder.resolve(".hidden.csv"), "x");

        List<ImportFolder.Entry> first = importFolder.scan();
        Files.writeString(growing, "supplier;batchReference\nFjordfrukt;FF-1\n");
        List<ImportFolder.Entry> second = importFolder.scan();
        List<ImportFolder.Entry> third = importFolder.scan();

        assertThat(first).extracting(ImportFolder.Entry::name).containsExactly("groceries.csv");
        assertThat(first.getFirst().ready()).isFalse();
        assertThat(second.getFirst().ready()).as("it grew since the first look").isFalse();
        assertThat(third.getFirst().ready()).isTrue();
    }

    @Test
    void aFileOlderThanTwoPollsIsReadyAtOnce() throws Exception {
        Path folder = dir.resolve("import");
        Files.createDirectories(folder);
        Path old = Files.copy(sample("groceries-ok.csv"), folder.resolve("groceries-ok.csv"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(new ImportFolder(folder, Duration.ofSeconds(5), java.time.Clock.systemUTC()).ready()).containsExactly(old);
    }

    @Test
    void watchingReportsNewFiles() throws Exception {
        Path folder = dir.resolve("import");
        List<List<ImportFolder.Entry>> reports = new CopyOnWriteArrayList<>();
        try (ImportFolder importFolder = new ImportFolder(folder, Duration.ofMillis(50), java.time.Clock.systemUTC())) {
            importFolder.watch(reports::add);
            Files.createDirectories(folder);
            Files.copy(sample("groceries-ok.csv"), folder.resolve("groceries-ok.csv"));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (reports.stream().noneMatch(r -> r.stream().anyMatch(ImportFolder.Entry::ready)) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
        }
        assertThat(reports).anySatisfy(r -> assertThat(r).singleElement().satisfies(e -> assertThat(e.ready()).isTrue()));
    }

    @Test
    void closingWaitsForALookThatIsUnderWaySoNothingWritesInTheFolderAfterwards() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("import"));
        Files.copy(sample("groceries-ok.csv"), folder.resolve("groceries-ok.csv"));
        Path archived = dir.resolve("imported.csv");
        CountDownLatch looking = new CountDownLatch(1);
        ImportFolder importFolder = new ImportFolder(folder, Duration.ofMillis(50), java.time.Clock.systemUTC());
        importFolder.watch(entries -> {
            looking.countDown();
            // Like an automatic import writing the database: it does not look at the interrupt.
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(700);
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            try {
                Files.writeString(archived, "moved");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(looking.await(10, TimeUnit.SECONDS)).isTrue();

        importFolder.close();

        assertThat(archived).exists(); // written before close() returned, not after
    }

    @Test
    void autoImportTakesOnlyCleanFullyMatchedBatchesAndArchivesThem() throws Exception {
        AppContext app = OrderTestKitchen.create(dir.resolve("kitchen"));
        CurrentUser coordinator = TestKitchen.user(app, Role.COORDINATOR);
        Path folder = dir.resolve("import");
        Files.createDirectories(folder);
        for (String name : List.of("groceries-ok.csv", "groceries-errors.csv", "groceries-latin1.csv")) {
            Files.setLastModifiedTime(Files.copy(sample(name), folder.resolve(name)), FileTime.from(app.clock().instant().minusSeconds(60)));
        }
        ImportFolder importFolder = new ImportFolder(folder, Duration.ofSeconds(5), app.clock());

        List<ImportFolder.AutoResult> results = importFolder.autoImport(app.orderImport(), coordinator);

        assertThat(results).extracting(r -> r.preview().batch().fileLabel() + " " + r.outcome().map(o -> o.result().name()).orElse("waits"))
                .containsExactly("groceries-errors.csv waits", "groceries-latin1.csv waits", "groceries-ok.csv IMPORTED");
        assertThat(Files.list(folder).filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("groceries-errors.csv", "groceries-latin1.csv");
        assertThat(folder.resolve("imported/2026-11-23/groceries-ok.csv")).exists();
        assertThat(app.orderImport().history(5)).singleElement().satisfies(b -> assertThat(b.importedBy()).isEqualTo("Test COORDINATOR"));

        // The same file dropped again: already imported, archived, nothing written.
        String before = snapshot(app);
        Files.setLastModifiedTime(Files.copy(sample("groceries-ok.csv"), folder.resolve("groceries-ok.csv")),
                FileTime.from(app.clock().instant().minusSeconds(60)));
        assertThat(importFolder.autoImport(app.orderImport(), coordinator))
                .filteredOn(r -> r.preview().batch().fileLabel().equals("groceries-ok.csv"))
                .singleElement().satisfies(r -> assertThat(r.preview().status()).isEqualTo(BatchPreview.Status.ALREADY_IMPORTED));
        assertThat(folder.resolve("imported/2026-11-23/2-groceries-ok.csv")).exists();
        assertThat(snapshot(app)).isEqualTo(before);
    }

    @Test
    void theWatchImportsWhatArrivesAsThePersonLoggedInWithoutAnyScreenOpen() throws Exception {
        AppContext app = OrderTestKitchen.create(dir.resolve("kitchen"));
        Path folder = dir.resolve("import");
        ImportFolder importFolder = new ImportFolder(folder, Duration.ofMillis(50), app.clock());
        List<ImportFolder.AutoResult> imported = new CopyOnWriteArrayList<>();
        try (ImportFolderWatch watch = new ImportFolderWatch(importFolder, app.orderImport(), autoImporting())) {
            watch.subscribe(new ImportFolderWatch.Listener() {
                @Override
                public void folderChanged(List<ImportFolder.Entry> entries) {}

                @Override
                public void autoImported(List<ImportFolder.AutoResult> results) {
                    imported.addAll(results);
                }
            });
            watch.start(java.util.Optional.of(TestKitchen.user(app, Role.COORDINATOR)));
            Files.setLastModifiedTime(Files.copy(sample("groceries-ok.csv"), folder.resolve("groceries-ok.csv")),
                    FileTime.from(app.clock().instant().minusSeconds(60)));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (imported.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
        }

        assertThat(imported).singleElement().satisfies(r -> assertThat(r.outcome()).hasValueSatisfying(
                o -> assertThat(o.result()).isEqualTo(ImportOutcome.Result.IMPORTED)));
        assertThat(app.orderImport().history(5)).singleElement().satisfies(b -> assertThat(b.importedBy()).isEqualTo("Test COORDINATOR"));
    }

    @Test
    void aWatchWithNobodyAllowedToImportOnlyShowsTheFolder() throws Exception {
        AppContext app = OrderTestKitchen.create(dir.resolve("kitchen"));
        Path folder = dir.resolve("import");
        List<List<ImportFolder.Entry>> seen = new CopyOnWriteArrayList<>();
        try (ImportFolderWatch watch = new ImportFolderWatch(new ImportFolder(folder, Duration.ofMillis(50), app.clock()),
                app.orderImport(), autoImporting())) {
            watch.subscribe(seen::add);
            watch.start(java.util.Optional.empty());
            Files.setLastModifiedTime(Files.copy(sample("groceries-ok.csv"), folder.resolve("groceries-ok.csv")),
                    FileTime.from(app.clock().instant().minusSeconds(60)));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (seen.stream().noneMatch(r -> r.stream().anyMatch(ImportFolder.Entry::ready)) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            Thread.sleep(200);
        }

        assertThat(seen).anySatisfy(r -> assertThat(r).singleElement().satisfies(e -> assertThat(e.ready()).isTrue()));
        assertThat(folder.resolve("groceries-ok.csv")).exists();
        assertThat(app.orderImport().history(5)).isEmpty();
    }

    private static OrderImportSettings autoImporting() {
        OrderImportSettings d = new no.smartmat.console.config.ConfigLoader(java.util.Optional.empty())
                .load("orders", OrderImportSettings.class);
        return new OrderImportSettings(d.importFolder(), d.pollSeconds(), true, d.maxFileMegabytes(),
                d.maxPackagesPerOrder(), d.maxItemQuantity(), d.maxDaysAhead(), d.fallbackWindowStart(), d.fallbackWindowEnd());
    }
}
