package no.smartmat.console.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import no.smartmat.console.i18n.UserMessage;

/**
 * Configuration files: the defaults shipped from {@code config/defaults/NAME.yaml} (on the classpath under
 * {@code smartmat/config/}), overridden key by key by {@code <data dir>/config/NAME.yaml} when a kitchen has
 * one. Each feature reads its own file into its own record.
 */
public final class ConfigLoader {

    private final Optional<Path> overrideDir;
    private final ObjectMapper yaml;

    public ConfigLoader(Optional<Path> dataDir) {
        this.overrideDir = dataDir.map(d -> d.resolve("config"));
        this.yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    public <T> T load(String name, Class<T> type) {
        String resource = "smartmat/config/" + name + ".yaml";
        try (InputStream defaults = ConfigLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (defaults == null) {
                throw new IllegalStateException("Default configuration missing from the build: " + resource);
            }
            JsonNode tree = yaml.readTree(defaults);
            Optional<Path> override = overrideDir.map(d -> d.resolve(name + ".yaml")).filter(Files::isRegularFile);
            if (override.isPresent()) {
                try (InputStream in = Files.newInputStream(override.get())) {
                    tree = merge(tree, yaml.readTree(in));
                    return yaml.treeToValue(tree, type);
                } catch (IOException e) {
                    throw new ConfigException(override.get(), e);
                }
            }
            return yaml.treeToValue(tree, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file a kitchen edits to change {@code name}: its override, or the shipped defaults when it has none. */
    public Path source(String name) {
        return overrideDir.map(d -> d.resolve(name + ".yaml")).filter(Files::isRegularFile)
                .orElse(Path.of("config", "defaults", name + ".yaml"));
    }

    /**
     * Key by key: objects merge recursively, anything else (numbers, text, lists) is replaced. Merging the trees
     * before binding, rather than Jackson's readerForUpdating, because records cannot be updated in place.
     */
    private static JsonNode merge(JsonNode base, JsonNode override) {
        if (override == null || override.isMissingNode() || override.isNull()) {
            return base;
        }
        if (!(base instanceof ObjectNode baseObject) || !override.isObject()) {
            return override;
        }
        ObjectNode merged = baseObject.deepCopy();
        override.properties().forEach(e -> merged.set(e.getKey(), merge(merged.get(e.getKey()), e.getValue())));
        return merged;
    }

    /**
     * A kitchen's override file that cannot be read (names the file and what Jackson found wrong), or a value a
     * feature refuses ({@link #userMessage}: what is wrong and what to do, for the person at the keyboard).
     */
    public static final class ConfigException extends RuntimeException {
        private final Path file;
        private final Optional<UserMessage> userMessage;

        public ConfigException(Path file, IOException cause) {
            super(file + ": " + cause.getMessage(), cause);
            this.file = file;
            this.userMessage = Optional.empty();
        }

        public ConfigException(Path file, UserMessage problem) {
            super(file + ": " + problem.key() + " " + problem.args());
            this.file = file;
            this.userMessage = Optional.of(problem);
        }

        public Path file() {
            return file;
        }

        public Optional<UserMessage> userMessage() {
            return userMessage;
        }
    }
}
