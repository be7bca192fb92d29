package org.packpress.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks against the published JSON Schemas in docs/schema/. */
public final class SchemaChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaChecks() {
    }

    /** The schema's complaints about a document, each prefixed with the file's name. */
    public static List<String> validate(String schema, JsonNode document, Path file) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Path.of("docs/schema/" + schema + ".schema.json").toUri()).validate(document).stream()
                .map(m -> file + ": " + m.getMessage()).toList();
    }

    public static JsonNode schema(String name) {
        try {
            return JSON.readTree(Path.of("docs/schema/" + name + ".schema.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The property names a schema (or sub-schema) declares. */
    public static Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The fields an input record reads. */
    public static Set<String> components(Class<? extends Record> type) {
        Set<String> names = new TreeSet<>();
        // a component whose input name is not its own (RecordedVote's "for") is read by that name
        Arrays.stream(type.getRecordComponents()).forEach(c -> names.add(
                c.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonProperty.class)
                        ? c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class).value()
                        : c.getName()));
        return names;
    }
}
