package no.smartmat.planner.solomon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.smartmat.planner.scenario.ReadResult;

class SolomonInstancesTest {

    @TempDir
    Path dir;

    @Test
    void allFiftySixInstancesAreShippedAndReadAsOneHundredCustomers() {
        assertThat(SolomonInstances.NAMES).hasSize(56).startsWith("C101").endsWith("RC208").doesNotHaveDuplicates();
        for (String name : SolomonInstances.NAMES) {
            ReadResult<SolomonInstance> read = SolomonInstances.shipped(name);
            assertThat(read.isOk()).as(read.describe()).isTrue();
            assertThat(read.value().orElseThrow().name()).isEqualTo(name);
            assertThat(read.value().orElseThrow().customers()).as(name).hasSize(100);
        }
    }

    @Test
    void aNameFindsTheShippedInstanceWhateverItsCase() {
        assertThat(SolomonInstances.read("c101").orElseThrow().name()).isEqualTo("C101");
        assertThat(SolomonInstances.read("RC208.txt").orElseThrow().name()).isEqualTo("RC208");
    }

    @Test
    void aFileThatExistsIsReadRatherThanTheShippedInstanceOfThatName() throws Exception {
        Path file = dir.resolve("C101.txt");
        Files.writeString(file, "MINE\n\nVEHICLE\nNUMBER CAPACITY\n 1 10\n\nCUSTOMER\nCUST NO. XCOORD. YCOORD. DEMAND "
                + "READY TIME DUE DATE SERVICE TIME\n 0 0 0 0 0 100 0\n 1 3 4 1 0 100 1\n");
        assertThat(SolomonInstances.read(file.toString()).orElseThrow().name()).isEqualTo("MINE");
    }

    @Test
    void neitherAFileNorAShippedNameIsOneLineNamingBoth() {
        ReadResult<SolomonInstance> read = SolomonInstances.read("no-such-folder/C101.txt");
        assertThat(read.isOk()).isFalse();
        assertThat(read.describe()).isEqualTo("no-such-folder/C101.txt: file: no such file, and not one "
                + "of the shipped Solomon instances (C101–C109, C201–C208, R101–R112, R201–R211, RC101–RC108, "
                + "RC201–RC208)").doesNotContain("\n");
        assertThat(SolomonInstances.shipped("C110").describe()).startsWith("C110: instance: not one of the shipped");
    }
}
