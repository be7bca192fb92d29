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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.packpress.model.style.FrontSheetStyle;
import org.packpress.model.style.HouseStyle;
import org.packpress.model.style.MinutesStyle;
import org.packpress.model.style.ReportProfile;
import org.packpress.model.style.TrackerStyle;

/** The published JSON Schemas (docs/schema) describe what the importer reads, and the examples follow them. */
class InputSchemaTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void schemasNameExactlyTheFieldsTheImporterReads() throws IOException {
        JsonNode body = schema("body");
        assertThat(properties(body)).isEqualTo(components(BodyFile.class));
        assertThat(properties(body.at("/properties/people/items"))).isEqualTo(components(BodyFile.PersonEntry.class));
        assertThat(properties(body.at("/properties/memberships/items"))).isEqualTo(components(BodyFile.MembershipEntry.class));
        assertThat(properties(body.at("/$defs/style"))).isEqualTo(components(HouseStyle.class));
        assertThat(properties(body.at("/$defs/frontSheet"))).isEqualTo(components(FrontSheetStyle.class));
        assertThat(properties(body.at("/$defs/minutes"))).isEqualTo(components(MinutesStyle.class));
        assertThat(properties(body.at("/$defs/tracker"))).isEqualTo(components(TrackerStyle.class));
        assertThat(properties(body.at("/$defs/status"))).isEqualTo(components(TrackerStyle.Status.class));
        assertThat(properties(body.at("/$defs/reportProfile"))).isEqualTo(components(ReportProfile.class));
        JsonNode meeting = schema("meeting");
        assertThat(properties(meeting)).isEqualTo(components(MeetingFile.class));
        assertThat(properties(meeting.at("/properties/broadcast"))).isEqualTo(components(MeetingFile.BroadcastEntry.class));
        assertThat(properties(meeting.at("/$defs/item"))).isEqualTo(components(MeetingFile.ItemEntry.class));
        assertThat(properties(meeting.at("/$defs/document"))).isEqualTo(components(MeetingFile.DocumentEntry.class));
        assertThat(properties(schema("report-front-matter"))).isEqualTo(components(ReportFrontMatter.class));
    }

    @Test
    void examplesValidateAgainstTheSchemas() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> bodies = Files.list(Path.of("examples"))) {
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
