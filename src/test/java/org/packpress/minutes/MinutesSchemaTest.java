package org.packpress.minutes;

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
import org.packpress.model.minutes.KeyDecision;
import org.packpress.model.minutes.KeyDecisions;
import org.packpress.model.minutes.MinuteAction;
import org.packpress.model.minutes.MinuteItem;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.minutes.RecordedVote;
import org.packpress.model.minutes.Resolution;
import org.packpress.model.minutes.TrackerEntry;
import org.packpress.model.minutes.TrackerProgress;
import org.packpress.model.minutes.WorkProgramme;

/** docs/schema describes the minutes, tracker, key decisions and work programme files, and the examples follow it. */
class MinutesSchemaTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void schemasNameExactlyTheFieldsTheImporterReads() throws IOException {
        JsonNode minutes = schema("minutes");
        assertThat(properties(minutes)).isEqualTo(components(Minutes.class));
        assertThat(properties(minutes.at("/$defs/attendee"))).isEqualTo(components(Minutes.Attendee.class));
        assertThat(properties(minutes.at("/properties/otherAttendees/items"))).isEqualTo(components(Minutes.OtherAttendees.class));
        assertThat(properties(minutes.at("/properties/declarations/items"))).isEqualTo(components(Minutes.Declaration.class));
        assertThat(properties(minutes.at("/$defs/item"))).isEqualTo(components(MinuteItem.class));
        assertThat(properties(minutes.at("/$defs/resolution"))).isEqualTo(components(Resolution.class));
        assertThat(properties(minutes.at("/$defs/clause"))).isEqualTo(components(Resolution.Clause.class));
        assertThat(properties(minutes.at("/$defs/action"))).isEqualTo(components(MinuteAction.class));
        assertThat(properties(minutes.at("/$defs/vote"))).isEqualTo(components(RecordedVote.class));
        JsonNode tracker = schema("action-tracker");
        assertThat(properties(tracker)).isEqualTo(components(TrackerProgress.class));
        assertThat(properties(tracker.at("/$defs/action"))).isEqualTo(components(TrackerEntry.class));
        assertThat(properties(tracker.at("/$defs/action/properties/updates/items"))).isEqualTo(components(TrackerEntry.Update.class));
        JsonNode decisions = schema("key-decisions");
        assertThat(properties(decisions)).isEqualTo(components(KeyDecisions.class));
        assertThat(properties(decisions.at("/properties/decisions/items"))).isEqualTo(components(KeyDecision.class));
        JsonNode programme = schema("work-programme");
        assertThat(properties(programme)).isEqualTo(components(WorkProgramme.class));
        assertThat(properties(programme.at("/properties/items/items"))).isEqualTo(components(WorkProgramme.Item.class));
        assertThat(properties(programme.at("/properties/menu/items"))).isEqualTo(components(WorkProgramme.Option.class));
    }

    @Test
    void examplesValidateAgainstTheSchemas() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        // the Fenmoor Panel's fixture states recorded votes, which no example states
        for (Path folder : List.of(MinutesTestSupport.PANEL, MinutesTestSupport.BOARD,
                Path.of("src/test/resources/fixtures/fm-pcp"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    String name = folder.relativize(file).toString();
                    String schema = name.startsWith("minutes/") ? "minutes" : name.replace(".yaml", "");
                    if (Set.of("minutes", "action-tracker", "key-decisions", "work-programme").contains(schema)) {
                        problems.addAll(validate(schema, YAML.readTree(file.toFile()), file));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(8);
        assertThat(problems).isEmpty();
    }
}
