package org.packpress.ingest.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.packpress.testing.SchemaChecks.components;
import static org.packpress.testing.SchemaChecks.properties;
import static org.packpress.testing.SchemaChecks.schema;
import static org.packpress.testing.SchemaChecks.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.packpress.model.AgendaItemType;
import org.packpress.model.GeneratedPaperKind;
import org.packpress.model.Limit;
import org.packpress.model.Meeting;
import org.packpress.model.TextLimit;
import org.packpress.model.style.FrontSheetStyle;
import org.packpress.model.style.HouseStyle;
import org.packpress.model.style.MembershipList;
import org.packpress.model.style.MinutesStyle;
import org.packpress.model.style.ReportProfile;
import org.packpress.model.style.PackStyle;
import org.packpress.model.style.PaperLanguage;
import org.packpress.model.style.StandaloneStyle;
import org.packpress.model.style.TrackerStyle;

/**
 * The published JSON Schemas (docs/schema) describe what the importer reads, and the examples (and the Joint Audit
 * Committee's fixture) follow them.
 */
class InputSchemaTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    /** Each object of the schemas (file, JSON pointer) and the record the importer reads it into. */
    static final List<Map.Entry<String, Class<? extends Record>>> OBJECTS = List.of(
            Map.entry("body:", BodyFile.class),
            Map.entry("body:/properties/people/items", BodyFile.PersonEntry.class),
            Map.entry("body:/properties/memberships/items", BodyFile.MembershipEntry.class),
            Map.entry("body:/$defs/style", HouseStyle.class),
            Map.entry("body:/$defs/frontSheet", FrontSheetStyle.class),
            Map.entry("body:/$defs/membershipList", MembershipList.class),
            Map.entry("body:/$defs/minutes", MinutesStyle.class),
            Map.entry("body:/$defs/tracker", TrackerStyle.class),
            Map.entry("body:/$defs/standalone", StandaloneStyle.class),
            Map.entry("body:/$defs/pack", PackStyle.class),
            Map.entry("body:/$defs/language", PaperLanguage.class),
            Map.entry("body:/$defs/status", TrackerStyle.Status.class),
            Map.entry("body:/$defs/reportProfile", ReportProfile.class),
            Map.entry("meeting:", MeetingFile.class),
            Map.entry("meeting:/properties/broadcast", MeetingFile.BroadcastEntry.class),
            Map.entry("meeting:/$defs/item", MeetingFile.ItemEntry.class),
            Map.entry("meeting:/$defs/document", MeetingFile.DocumentEntry.class),
            Map.entry("report-front-matter:", ReportFrontMatter.class));

    @Test
    void schemasNameExactlyTheFieldsTheImporterReads() throws IOException {
        for (Map.Entry<String, Class<? extends Record>> object : OBJECTS) {
            assertThat(properties(node(object.getKey()))).as(object.getKey()).isEqualTo(components(object.getValue()));
        }
    }

    /**
     * An editor checking a file against the schemas warns of a text too long as the import would refuse it: each
     * text's {@code maxLength} is its field's limit ({@code @Limit}, else {@link TextLimit#TEXT}); a list's texts
     * each have theirs, unless the limit is on the list's texts joined, which a schema cannot express.
     */
    @Test
    void everyTextsMaximumLengthIsTheImportersLimit() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Class<? extends Record>> object : OBJECTS) {
            JsonNode schema = node(object.getKey());
            for (RecordComponent component : object.getValue().getRecordComponents()) {
                Limit limit = component.getAnnotation(Limit.class);
                JsonNode property = schema.at("/properties/" + component.getName());
                JsonNode text = component.getType() == List.class ? property.path("items") : property;
                boolean textual = component.getType() == String.class || (component.getType() == List.class
                        && component.getGenericType().getTypeName().equals("java.util.List<java.lang.String>"));
                if (!textual || text.has("enum") || (limit != null && limit.joined())) {
                    continue;
                }
                int max = (limit == null ? TextLimit.TEXT : limit.value()).max();
                if (text.path("maxLength").asInt(-1) != max) {
                    problems.add(object.getKey() + " " + component.getName() + ": maxLength "
                            + text.path("maxLength") + ", the import allows " + max);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** An editor offers the choices the importer reads, no fewer and no more. */
    @Test
    void everyChoiceListIsTheImportersChoices() throws IOException {
        assertThat(choices("meeting:/$defs/item/properties/type"))
                .isEqualTo(Stream.of(AgendaItemType.values()).map(AgendaItemType::inputName).toList());
        assertThat(choices("meeting:/$defs/document/properties/generated"))
                .isEqualTo(Stream.of(GeneratedPaperKind.values()).map(GeneratedPaperKind::id).toList());
        assertThat(choices("meeting:/properties/type")).isEqualTo(spellings(Meeting.MeetingType.values()));
        assertThat(choices("meeting:/properties/status")).isEqualTo(spellings(Meeting.MeetingStatus.values()));
        assertThat(choices("body:/$defs/membershipList/properties/order"))
                .isEqualTo(spellings(MembershipList.Order.values()));
    }

    private static List<String> choices(String property) throws IOException {
        List<String> choices = new ArrayList<>();
        node(property).path("enum").forEach(choice -> choices.add(choice.asText()));
        return choices;
    }

    private static List<String> spellings(Enum<?>[] values) {
        return Stream.of(values).map(Enums::spelling).toList();
    }

    /** "body:/$defs/style": the node at that pointer in that schema. */
    private static JsonNode node(String object) throws IOException {
        String[] fileAndPointer = object.split(":", 2);
        return schema(fileAndPointer[0]).at(fileAndPointer[1]);
    }

    @Test
    void examplesValidateAgainstTheSchemas() throws IOException {
        List<String> problems = new ArrayList<>();
        // the Joint Audit Committee's fixture states choices no example states (a report header's agenda item), as
        // does the Fenmoor Panel's (a recorded vote's form)
        try (Stream<Path> bodies = Stream.concat(Files.list(Path.of("examples")),
                Stream.of(Path.of("src/test/resources/fixtures/sm-jac"), Path.of("src/test/resources/fixtures/fm-pcp")))) {
            for (Path folder : bodies.filter(f -> Files.isRegularFile(f.resolve("body.yaml"))).toList()) {
                problems.addAll(validate("body", YAML.readTree(folder.resolve("body.yaml").toFile()), folder.resolve("body.yaml")));
                Path meetings = folder.resolve("meetings");
                if (Files.isDirectory(meetings)) {
                    try (Stream<Path> files = Files.list(meetings)) {
                        for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                            problems.addAll(validate("meeting", YAML.readTree(file.toFile()), file));
                        }
                    }
                }
                try (Stream<Path> papers = Files.walk(folder)) {
                    for (Path paper : papers.filter(f -> f.toString().endsWith(".md")).toList()) {
                        String text = Files.readString(paper);
                        if (text.startsWith("---")) {
                            String front = text.split("(?m)^---\\s*$", 3)[1];
                            problems.addAll(validate("report-front-matter", YAML.readTree(front), paper));
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void schemaRejectsWhatTheImporterRejects() throws IOException {
        JsonNode meeting = YAML.readTree(Path.of("src/test/resources/fixtures/test-panel/meetings/2024-03-04.yaml").toFile());
        assertThat(validate("meeting", meeting, Path.of("fixture"))).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) meeting.at("/agenda/0")).put("colour", "red");
        assertThat(validate("meeting", meeting, Path.of("fixture"))).anyMatch(m -> m.contains("colour"));
    }
}
