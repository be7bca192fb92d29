package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The meeting form keeps an item's paper "to follow" until a paper is added to it, which is the paper that came. */
class MeetingYamlTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final byte[] MEETING = """
            date: 2024-03-04
            start: "10:00"
            agenda:
              - number: "1"
                type: report
                title: BUDGET
                papersToFollow: true
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void aPaperToFollowStaysSoUntilAPaperIsAdded() throws Exception {
        MeetingForm form = MeetingYaml.read(MEETING);
        assertThat(form.getItems().get(0).getPapersToFollow()).isEqualTo("true");

        JsonNode kept = item(MeetingYaml.write(form, List.of(List.of())));
        assertThat(kept.get("papersToFollow").isBoolean()).isTrue();
        assertThat(kept.get("papersToFollow").asBoolean()).isTrue();

        ObjectNode paper = JsonNodeFactory.instance.objectNode().put("title", "Budget").put("file", "papers/budget.pdf");
        JsonNode arrived = item(MeetingYaml.write(MeetingYaml.read(MEETING), List.of(List.of(paper))));
        assertThat(arrived.has("papersToFollow")).isFalse();
        assertThat(arrived.get("documents").get(0).get("title").asText()).isEqualTo("Budget");

        MeetingForm unticked = MeetingYaml.read(MEETING);
        unticked.getItems().get(0).setPapersToFollow(null);
        assertThat(item(MeetingYaml.write(unticked, List.of(List.of()))).has("papersToFollow")).isFalse();
    }

    private static JsonNode item(byte[] yaml) throws Exception {
        return YAML.readTree(yaml).get("agenda").get(0);
    }
}
