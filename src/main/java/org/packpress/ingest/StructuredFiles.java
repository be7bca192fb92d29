package org.packpress.ingest;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON input files into their file types (records), strictly: unknown fields, wrong
 * types and impossible dates become {@link InputError}s naming the field path and line; every text is checked
 * against its field's limit ({@link TextChecks}). The one home of reading YAML and JSON inputs, and of their
 * bounds: a document of at most {@link #MAX_SIZE} bytes, and no YAML aliases (which Jackson would read
 * as their anchors' names, and which could otherwise repeat a value a billion times).
 */
public final class StructuredFiles {

    /** The most bytes a YAML or JSON input file may have (characters, for text held in memory). */
    public static final int MAX_SIZE = 5_000_000;

    private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_SIZE).build()).build();
    private static final ObjectMapper YAML = configure(new ObjectMapper(YAML_FACTORY));
    private static final ObjectMapper JSON = configure(new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_SIZE).build()).build()));

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_SIZE);
        return options;
    }

    private StructuredFiles() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule()).registerModule(KebabEnums.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // a list of one may be written as its value: exempt: 3 for exempt: [3]
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                // an entry of a list that could not be read is left out ({@link UnreadableValues}), as is an empty one
                .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.SKIP));
    }

    public static boolean isStructured(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Parses a file.
     *
     * @param displayName how errors name the file, e.g. {@code meetings/2024-01-15.yaml}
     * @throws InputRejectedException with one error naming field and line, or every text over its limit
     */
    public static <T> T read(Path file, String displayName, Class<T> type) {
        return rejectingAny(problems -> read(file, displayName, type, problems));
    }

    private static <T> T rejectingAny(Function<Problems, T> reading) {
        Problems problems = new Problems();
        T value = reading.apply(problems);
        problems.throwIfAny();
        return value;
    }

    /**
     * Parses a file, reading on past a value that cannot be read (a time {@code 25:30}, a date {@code 2024-13-01},
     * a number {@code twelve}, an unknown field): each is recorded in {@code problems} and left out, as if missing,
     * so that the file's other checks still run and an officer sees all of its problems at once.
     *
     * @return the file's content, or null when it cannot be parsed at all (the reason is in {@code problems})
     */
    public static <T> T read(Path file, String displayName, Class<T> type, Problems problems) {
        return problems.collect(() -> checked(displayName, parse(file, displayName, type, problems),
                "the file is empty", problems));
    }

    /** Parses YAML text held in memory, such as the front matter of a Markdown report. */
    public static <T> T readYaml(String yaml, String displayName, Class<T> type) {
        return rejectingAny(problems -> readYaml(yaml, displayName, type, problems));
    }

    /** As {@link #read(Path, String, Class, Problems)}, for YAML text held in memory. */
    public static <T> T readYaml(String yaml, String displayName, Class<T> type, Problems problems) {
        return problems.collect(() -> checked(displayName, parseYaml(yaml, displayName, type, problems),
                "the front matter is empty", problems));
    }

    /** A file as a tree of values (for a look at a field or two before the file is imported), within the same bounds. */
    public static JsonNode readTree(Path file, String displayName) {
        return orMissing(parse(file, displayName, JsonNode.class, new Problems()));
    }

    private static JsonNode orMissing(JsonNode node) {
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    private static <T> T parse(Path file, String displayName, Class<T> type, Problems problems) {
        try {
            if (Files.size(file) > MAX_SIZE) {
                throw tooLarge(displayName);
            }
            byte[] content = Files.readAllBytes(file);
            ObjectMapper mapper = displayName.endsWith(".json") ? JSON : YAML;
            problems.locate(displayName, fieldLines(mapper.getFactory().createParser(content), displayName));
            return mapper.readerFor(type).withHandler(new UnreadableValues(displayName, problems,
                    () -> mapper.getFactory().createParser(content))).readValue(content);
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(toError(displayName, e));
        } catch (IOException e) {
            throw new InputRejectedException(new InputError(displayName, null, "cannot be read: " + e.getMessage()));
        }
    }

    private static <T> T parseYaml(String text, String displayName, Class<T> type, Problems problems) {
        if (text.length() > MAX_SIZE) {
            throw tooLarge(displayName);
        }
        try {
            problems.locate(displayName, fieldLines(YAML_FACTORY.createParser(text), displayName));
            return YAML.readerFor(type).withHandler(new UnreadableValues(displayName, problems,
                    () -> YAML_FACTORY.createParser(text))).readValue(text);
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(toError(displayName, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the document's fields start. YAML aliases ({@code *name}) are refused: Jackson does not expand them,
     * and expanding them is unbounded.
     */
    private static FieldLines fieldLines(JsonParser document, String displayName) throws IOException {
        FieldLines lines = new FieldLines();
        try (JsonParser parser = document) {
            while (parser.nextToken() != null) {
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw new InputRejectedException(new InputError(displayName, null, "uses the YAML alias *"
                            + parser.getText() + lineOf(parser.currentLocation()) + ": aliases are not accepted in"
                            + " input files (they could repeat a value without bound); write the value out"));
                }
                lines.note(parser);
            }
        }
        return lines;
    }

    private static InputRejectedException tooLarge(String displayName) {
        return new InputRejectedException(new InputError(displayName, null, String.format(Locale.UK,
                "is larger than %,d bytes, the most a YAML or JSON input may be", MAX_SIZE)));
    }

    /** The value, its texts checked against their limits; null (recorded) when the document holds nothing. */
    private static <T> T checked(String displayName, T value, String whenEmpty, Problems problems) {
        if (value == null) {
            problems.add(displayName, null, whenEmpty);
            return null;
        }
        TextChecks.of(displayName, value).forEach(e -> problems.unreadable(e.file(), e.location(), e.reason()));
        return value;
    }

    static InputError toError(String file, JsonProcessingException e) {
        String line = lineOf(e.getLocation());
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return new InputError(file, path(unknown), unknownField(unknown.getPropertyName(), line, known));
        }
        if (e instanceof InvalidFormatException invalid) {
            return new InputError(file, path(invalid),
                    "'" + invalid.getValue() + "' is not " + expected(invalid) + line);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return new InputError(file, path(mismatched), "expected " + kindOf(mismatched.getTargetType())
                    + " but found " + foundIn(mismatched.getOriginalMessage()) + line);
        }
        if (e instanceof JsonMappingException mapping && mapping.getCause() instanceof DateTimeParseException bad) {
            return new InputError(file, path(mapping), "'" + bad.getParsedString() + "' is not a valid date or time" + line);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new InputError(file, path(mapping), firstLine(mapping.getOriginalMessage()) + line);
        }
        MarkedYAMLException yaml = yamlSyntax(e);
        if (yaml != null && yaml.getProblemMark() != null) {
            return new InputError(file, null, "is not well-formed at " + place(yaml.getProblemMark()) + ": "
                    + firstLine(yaml.getProblem()) + (yaml.getContextMark() == null || yaml.getContext() == null ? ""
                            : " (" + yaml.getContext() + " that starts at " + place(yaml.getContextMark()) + ")")
                    + "; look for an unclosed quote or bracket, a tab, or a line indented differently from those"
                    + " beside it");
        }
        return new InputError(file, null, "is not well-formed" + line + ": " + firstLine(e.getOriginalMessage()));
    }

    static String unknownField(String name, String line, String known) {
        return "unknown field '" + name + "'" + line + " (expected one of: " + known + ")";
    }

    /** SnakeYAML's account of a syntax error, with where it was found and what it was reading, or null. */
    private static MarkedYAMLException yamlSyntax(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException marked) {
                return marked;
            }
        }
        return null;
    }

    private static String place(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
    }

    private static String expected(InvalidFormatException e) {
        return expected(e.getTargetType());
    }

    static String expected(Class<?> target) {
        if (target != null && target.isEnum()) {
            return "one of: " + KebabEnums.names(target);
        }
        if (target == LocalDate.class) {
            return "a valid date (yyyy-mm-dd)";
        }
        if (target == LocalTime.class) {
            return "a valid time (HH:mm)";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a number";
        }
        return "a valid " + target.getSimpleName();
    }

    static String kindOf(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of fields";
        }
        if (type == String.class) {
            return "a text value";
        }
        return "a single value (" + type.getSimpleName() + ")";
    }

    private static String foundIn(String message) {
        if (message == null) {
            return "something else";
        }
        if (message.contains("Array value") || message.contains("START_ARRAY")) {
            return "a list";
        }
        if (message.contains("Object value") || message.contains("START_OBJECT")) {
            return "a mapping";
        }
        return "something else";
    }

    /** {@code agenda[7].time}, counting list positions from 1 as officers do. */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex() + 1).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    static String lineOf(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
