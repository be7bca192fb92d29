package org.packpress.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

/**
 * Reads YAML or JSON input files into their file types (records), strictly: unknown fields, wrong
 * types and impossible dates become {@link InputError}s naming the field path and line.
 */
public final class StructuredFiles {

    private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));
    private static final ObjectMapper JSON = configure(new ObjectMapper());

    private StructuredFiles() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule()).registerModule(KebabEnums.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // a list of one may be written as its value: exempt: 3 for exempt: [3]
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    public static boolean isStructured(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * Parses a file.
     *
     * @param displayName how errors name the file, e.g. {@code meetings/2024-01-15.yaml}
     * @throws InputRejectedException with one error naming field and line
     */
    public static <T> T read(Path file, String displayName, Class<T> type) {
        ObjectMapper mapper = displayName.endsWith(".json") ? JSON : YAML;
        try {
            T value = mapper.readValue(Files.readAllBytes(file), type);
            if (value == null) {
                throw new InputRejectedException(new InputError(displayName, null, "the file is empty"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(toError(displayName, e));
        } catch (IOException e) {
            throw new InputRejectedException(new InputError(displayName, null, "cannot be read: " + e.getMessage()));
        }
    }

    /** Parses YAML text held in memory, such as the front matter of a Markdown report. */
    public static <T> T readYaml(String yaml, String displayName, Class<T> type) {
        try {
            T value = YAML.readValue(yaml, type);
            if (value == null) {
                throw new InputRejectedException(new InputError(displayName, null, "the front matter is empty"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(toError(displayName, e));
        }
    }

    static InputError toError(String file, JsonProcessingException e) {
        String line = lineOf(e.getLocation());
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return new InputError(file, path(unknown),
                    "unknown field '" + unknown.getPropertyName() + "'" + line + " (expected one of: " + known + ")");
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
        return new InputError(file, null, "is not well-formed" + line + ": " + firstLine(e.getOriginalMessage()));
    }

    private static String expected(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return "one of: " + KebabEnums.names(target);
        }
        if (target == java.time.LocalDate.class) {
            return "a valid date (yyyy-mm-dd)";
        }
        if (target == java.time.LocalTime.class) {
            return "a valid time (HH:mm)";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a number";
        }
        return "a valid " + target.getSimpleName();
    }

    private static String kindOf(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
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

    private static String lineOf(JsonLocation location) {
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
