package no.smartmat.console.haccp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.smartmat.console.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HaccpConfigTest {

    @TempDir
    Path dir;

    @Test
    void aKitchenOverridesOneKeyAndKeepsTheOtherDefaults() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/haccp.yaml"), "lateEntryMinutes: 30\nresponsiblePerson: \"Åse Ås\"\n");

        HaccpConfig config = new ConfigLoader(Optional.of(dir)).load("haccp", HaccpConfig.class);

        assertThat(config.lateEntryMinutes()).isEqualTo(30);
        assertThat(config.responsiblePerson()).isEqualTo("Åse Ås");
        assertThat(config.profiles().chilled().maxCelsius()).isEqualTo(4.0);
        assertThat(config.rounds()).extracting(HaccpConfig.Round::id)
                .containsExactly("MORNING", "AFTERNOON", "HOT_HOLDING", "DEPARTURE", "RETURN");
    }
}
