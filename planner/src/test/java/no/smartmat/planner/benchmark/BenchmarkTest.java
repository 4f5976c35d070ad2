package no.smartmat.planner.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.smartmat.planner.solomon.SolomonInstances;
import no.smartmat.planner.testing.TestData;

class BenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void everyShippedSolomonInstanceHasBothBestKnownSolutions() {
        BestKnown bks = BestKnown.shipped();
        for (String name : SolomonInstances.NAMES) {
            assertThat(bks.hierarchical(name)).as(name).isPresent();
            assertThat(bks.distanceOnly(name)).as(name).isPresent();
        }
        assertThat(bks.distanceOnly("R101")).contains(new BestKnown.Entry(20, 1637.7));
        assertThat(bks.hierarchical("c1_2_1")).contains(new BestKnown.Entry(20, 2704.5678));
        assertThat(bks.distanceOnly("C1_2_1")).contains(new BestKnown.Entry(20, 2698.6));
    }

    @Test
    void solvesAShippedInstanceWithoutAnyFolderAndSaysWhatItMeasures() throws Exception {
        Path csv = dir.resolve("out.csv");
        String out = run("--instances", "C101", "--seconds", "1", "--csv", csv.toString());

        assertThat(out).contains("Measured: the gap between the plan's distance and the best known distance-only "
                + "solution");
        assertThat(out).containsPattern("(?m)^C101 +100 +\\d+ +25 +10 +[\\d.]+ +[\\d.]+ +827\\.3 +[\\d.]+ yes ");
        assertThat(out).contains("mean gap to the best known distance-only solution: ")
                .contains("over 1 instances").contains("1 s per instance, profile default");
        assertThat(Files.readAllLines(csv)).hasSize(2).last().asString().startsWith("C101,100,");
    }

    @Test
    void readsTheHombergerInstancesFromTheDataFolderAndItsSubfolders() throws Exception {
        Path sizeFolder = Files.createDirectories(dir.resolve("homberger_200_customer_instances"));
        Files.copy(TestData.resource("vrptw/homberger/c1_2_1.txt"), sizeFolder.resolve("c1_2_1.txt"));

        String out = run("--homberger", "--data", dir.toString(), "--sizes", "200", "--seconds", "1");

        assertThat(out).containsPattern("(?m)^c1_2_1 +200 +\\d+ +\\d+ +20 +[\\d.]+ +[\\d.]+ +2698\\.6 ");
        assertThat(out).contains("solves 1 VRPTW instance for 1 s");
    }

    @Test
    void aMissingOrEmptyDataFolderIsOneLineThatSaysWhatBelongsThere() {
        assertThatThrownBy(() -> run("--homberger", "--data", dir.resolve("nowhere").toString()))
                .isInstanceOf(Benchmark.Problem.class)
                .hasMessage("--data " + dir.resolve("nowhere") + ": no such folder (it should hold the "
                        + "Gehring–Homberger instances, c1_2_1.txt …; see planner/README.md)");
        assertThatThrownBy(() -> run("--homberger", "--data", dir.toString()))
                .isInstanceOf(Benchmark.Problem.class)
                .hasMessage("--data " + dir + ": no Gehring–Homberger instances (c1_2_1.txt … rc2_10_10.txt) in it "
                        + "or its subfolders; see planner/README.md for where to get them");
    }

    @Test
    void aCsvInAFolderThatDoesNotExistIsRefusedBeforeAnyoneWaitsForTheSolves() {
        Path csv = dir.resolve("no-folder").resolve("out.csv");
        assertThatThrownBy(() -> run("--instances", "C1*", "--csv", csv.toString()))
                .isInstanceOf(Benchmark.Problem.class)
                .hasMessage("--csv " + csv + ": the folder " + csv.getParent() + " does not exist");
    }

    @Test
    void instancesThatMatchNothingAreNamed() {
        assertThatThrownBy(() -> run("--instances", "X9*"))
                .isInstanceOf(Benchmark.Problem.class)
                .hasMessage("no instance matches --instances X9* (Solomon: C101 … RC208)");
    }

    @Test
    void mistakesOnTheCommandLineSayWhatWasExpected() {
        assertThatThrownBy(() -> Benchmark.parse(new String[] {"--seconds", "abc"}))
                .hasMessage("--seconds: \"abc\" is not a whole number ≥ 1");
        assertThatThrownBy(() -> Benchmark.parse(new String[] {"--seconds", "0"}))
                .hasMessage("--seconds: \"0\" is not a whole number ≥ 1");
        assertThatThrownBy(() -> Benchmark.parse(new String[] {"--homberger"}))
                .hasMessageStartingWith("--homberger needs --data DIR");
        assertThatThrownBy(() -> Benchmark.parse(new String[] {"--data", "x"}))
                .hasMessage("--data DIR is read only with --homberger (the Solomon instances are built in)");
        assertThatThrownBy(() -> Benchmark.parse(new String[] {"--homberger", "--data", "x", "--sizes", "250"}))
                .hasMessage("--sizes: 250 is not a Gehring–Homberger size (200, 400, 600, 800 or 1000 customers)");
        assertThatThrownBy(() -> Benchmark.parse(new String[] {"--profile", "fast"}))
                .hasMessage("unknown profile fast");
        assertThatThrownBy(() -> Benchmark.parse(new String[] {"--seconds"})).hasMessage("--seconds needs a value");
    }

    private static String run(String... args) throws Benchmark.Problem {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Benchmark.run(Benchmark.parse(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
