package no.smartmat.planner.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads fields out of a JSON tree and collects every problem with the path of the field
 * ({@code stops[12].windowEnd}), so a user sees all that is wrong with a file at once.
 */
final class JsonFields {

    /**
     * A JSON document from a file: the part every format shares. A missing or unreadable file is a problem of the
     * field "file", like any other, so the caller reports it the same way.
     */
    static <T> ReadResult<T> readFile(Path file, BiFunction<InputStream, String, ReadResult<T>> reader) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in, file.toString());
        } catch (NoSuchFileException e) {
            return ReadResult.failed(file.toString(), List.of(new FieldError("file", "not found")));
        } catch (IOException e) {
            return ReadResult.failed(file.toString(), List.of(new FieldError("file", "cannot be read: " + e)));
        }
    }

    /**
     * Parses {@code in} and hands its root to {@code content}, which records every problem in the fields it is
     * given; any problem at all makes the result a failure listing them.
     */
    static <T> ReadResult<T> readDocument(InputStream in, String source, BiFunction<JsonNode, JsonFields, Optional<T>> content) {
        JsonFields f = new JsonFields();
        Optional<JsonNode> root;
        try {
            root = f.parse(in);
        } catch (IOException e) {
            return ReadResult.failed(source, List.of(new FieldError("file", "cannot be read: " + e)));
        }
        if (root.isEmpty()) {
            return ReadResult.failed(source, f.errors());
        }
        Optional<T> value = content.apply(root.get(), f);
        if (f.hasErrors() || value.isEmpty()) {
            return ReadResult.failed(source, f.errors());
        }
        return ReadResult.ok(value.get());
    }

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?");
    private static final int MAX_ERRORS = 50;

    private final List<FieldError> errors = new ArrayList<>();

    List<FieldError> errors() {
        return errors;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void error(String field, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(field, message));
        }
    }

    /** Parses the stream, or records where the JSON syntax breaks and returns empty. */
    Optional<JsonNode> parse(InputStream in) throws IOException {
        try {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || root.isMissingNode()) {
                error("file", "is empty; expected a JSON object");
                return Optional.empty();
            }
            if (!root.isObject()) {
                error("file", "is not a JSON object");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonParseException e) {
            error(position(e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            error(position(e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private static String position(JsonLocation location) {
        return location == null ? "file" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    /** A value as the user wrote it: strings quoted, numbers as they are. */
    static String show(JsonNode node) {
        if (node.isTextual()) {
            return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(node.asText())) + "\"";
        }
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private Optional<JsonNode> present(JsonNode parent, String path, String name, boolean required, String expected) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                error(field(path, name), "missing; expected " + expected);
            }
            return Optional.empty();
        }
        return Optional.of(node);
    }

    Optional<JsonNode> object(JsonNode parent, String path, String name, boolean required) {
        Optional<JsonNode> node = present(parent, path, name, required, "an object");
        if (node.isPresent() && !node.get().isObject()) {
            error(field(path, name), show(node.get()) + " is not an object");
            return Optional.empty();
        }
        return node;
    }

    Optional<List<JsonNode>> array(JsonNode parent, String path, String name, boolean required) {
        Optional<JsonNode> node = present(parent, path, name, required, "a list");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isArray()) {
            error(field(path, name), show(node.get()) + " is not a list");
            return Optional.empty();
        }
        List<JsonNode> items = new ArrayList<>();
        node.get().forEach(items::add);
        return Optional.of(items);
    }

    Optional<String> text(JsonNode parent, String path, String name, boolean required) {
        Optional<JsonNode> node = present(parent, path, name, required, "a text");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (!node.get().isTextual()) {
            error(field(path, name), show(node.get()) + " is not a text (put it in quotes)");
            return Optional.empty();
        }
        String value = node.get().asText().strip();
        if (value.isEmpty()) {
            if (required) {
                error(field(path, name), "is empty");
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    OptionalDouble number(JsonNode parent, String path, String name, boolean required) {
        Optional<JsonNode> node = present(parent, path, name, required, "a number");
        if (node.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (!node.get().isNumber()) {
            error(field(path, name), show(node.get()) + " is not a number");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(node.get().asDouble());
    }

    OptionalDouble numberIn(JsonNode parent, String path, String name, boolean required, double min, double max,
            String what) {
        OptionalDouble value = number(parent, path, name, required);
        if (value.isPresent() && (value.getAsDouble() < min || value.getAsDouble() > max)) {
            error(field(path, name), show(parent.get(name)) + " is not " + what);
            return OptionalDouble.empty();
        }
        return value;
    }

    Optional<Integer> wholeNumber(JsonNode parent, String path, String name, boolean required, int min) {
        Optional<JsonNode> node = present(parent, path, name, required, "a whole number");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        JsonNode n = node.get();
        if (!n.isNumber() || !(n.isIntegralNumber() || n.decimalValue().stripTrailingZeros().scale() <= 0)
                || !n.canConvertToInt()) {
            error(field(path, name), show(n) + " is not a whole number");
            return Optional.empty();
        }
        int value = n.asInt();
        if (value < min) {
            error(field(path, name), show(n) + " is below " + min);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<Boolean> bool(JsonNode parent, String path, String name, boolean required) {
        Optional<JsonNode> node = present(parent, path, name, required, "true or false");
        if (node.isPresent() && !node.get().isBoolean()) {
            error(field(path, name), show(node.get()) + " is not true or false");
            return Optional.empty();
        }
        return node.map(JsonNode::asBoolean);
    }

    Optional<LocalTime> time(JsonNode parent, String path, String name, boolean required) {
        Optional<JsonNode> node = present(parent, path, name, required, "a time HH:MM");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        return parseTime(node.get(), field(path, name));
    }

    Optional<LocalTime> parseTime(JsonNode node, String field) {
        if (!node.isTextual() || !TIME.matcher(node.asText()).matches()) {
            error(field, show(node) + " is not a time HH:MM");
            return Optional.empty();
        }
        return Optional.of(LocalTime.parse(node.asText()));
    }

    Optional<LocalDate> date(JsonNode parent, String path, String name, boolean required) {
        Optional<JsonNode> node = present(parent, path, name, required, "a date YYYY-MM-DD");
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get().isTextual()) {
            try {
                return Optional.of(LocalDate.parse(node.get().asText()));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(field(path, name), show(node.get()) + " is not a date YYYY-MM-DD");
        return Optional.empty();
    }

    /** The {@code format} field must name exactly the format we read. */
    void requireFormat(JsonNode root, String expected) {
        JsonNode node = root.get("format");
        if (node == null || node.isNull()) {
            error("format", "missing; expected \"" + expected + "\"");
        } else if (!node.isTextual() || !node.asText().equals(expected)) {
            error("format", show(node) + " is not \"" + expected + "\"");
        }
    }
}
