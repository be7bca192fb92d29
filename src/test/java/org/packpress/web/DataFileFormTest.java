package org.packpress.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.packpress.ingest.InputError;
import org.packpress.web.DataFileForm.Entry;
import org.packpress.web.DataFiles.Spec;

/**
 * The data files as forms: every example file, shown as its form and posted back as a browser posts it
 * (textarea lines with CR LF, unticked boxes absent), is written as the same file; the buttons add, move and
 * remove entries; and the import's problems are placed beside the field, entry or list their paths name.
 */
class DataFileFormTest {

    @ParameterizedTest
    @CsvSource({
        "wm-pcp/action-tracker.yaml, action-tracker",
        "wm-pcp/key-decisions.yaml, key-decisions",
        "wm-pcp/work-programme.yaml, work-programme",
        "wm-pcp/minutes/2023-11-13.yaml, minutes",
        "wm-pcp/minutes/2023-12-18.yaml, minutes",
        "wm-spcb/minutes/2022-09-27.yaml, minutes",
        "ns-pcp/action-tracker.yaml, action-tracker"})
    void anExampleFilePostedBackUnchangedIsTheSameFile(String file, String kind) throws IOException {
        Spec spec = spec(kind);
        JsonNode original = MeetingYaml.parse(Files.readAllBytes(Path.of("examples", file)));
        Entry posted = DataFileForm.posted(asPosted(DataFileForm.read(original, spec.fields(), spec.sections()), spec),
                "", spec.fields(), spec.sections());
        JsonNode written = MeetingYaml.parse(MeetingYaml.yaml(DataFileForm.write(posted, spec.fields(), spec.sections())));
        assertThat(written).isEqualTo(original);
    }

    @Test
    void theButtonsAddMoveAndRemoveEntriesOfNestedLists() {
        Spec spec = DataFiles.TRACKER_FILE;
        Entry file = tracker("""
                  - ref: 774 iii
                """);
        assertThat(DataFileForm.apply(file, spec.sections(), "add:actions[2].updates")).isEqualTo("actions[2].updates[1]");
        assertThat(DataFileForm.apply(file, spec.sections(), "up:actions[2]")).isEqualTo("actions[1]");
        assertThat(DataFileForm.apply(file, spec.sections(), "remove:actions[2].updates[1]")).isNull();
        JsonNode written = DataFileForm.write(file, spec.fields(), spec.sections());
        assertThat(written.toString()).isEqualTo("{\"actions\":[{\"ref\":\"774 iii\",\"updates\":[{}]},{\"ref\":\"774 ii\"}]}");
    }

    @Test
    void aProblemIsPlacedBesideTheFieldItNamesElseItsEntryOrListElseOnlyInTheSummary() {
        Spec spec = DataFiles.TRACKER_FILE;
        Entry file = tracker("");
        var fields = DataFileViews.fields(file, "", spec.fields());
        var lists = DataFileViews.lists(file, "", spec.sections(), null);
        FieldErrors errors = DataFileViews.errors(List.of(
                new InputError("action-tracker.yaml", "actions[1].updates[1].note", "is required (or a status)"),
                new InputError("action-tracker.yaml", "actions[1].title", "is too long"),
                new InputError("action-tracker.yaml", "actions", "is required"),
                new InputError("minutes/2023-11-13.yaml", "items[1].number", "is taken")),
                "action-tracker.yaml", DataFileViews.ids(fields, lists));
        assertThat(errors.all()).extracting(FieldErrors.Problem::field)
                .containsExactly("actions-1-updates-1-note", "actions-1-entry", "actions-list", null);
        assertThat(errors.at("actions-1-updates-1-note"))
                .containsExactly("action-tracker.yaml: actions[1].updates[1].note: is required (or a status)");
    }

    /** A tracker of action 774 ii with one update, and the actions given after it. */
    private static Entry tracker(String more) {
        Spec spec = DataFiles.TRACKER_FILE;
        return DataFileForm.read(MeetingYaml.parse(("""
                actions:
                  - ref: 774 ii
                    updates:
                      - {date: 2024-01-03, note: first}
                """ + more).getBytes()), spec.fields(), spec.sections());
    }

    /** The form's fields as a browser posts them. */
    private static Map<String, String> asPosted(Entry file, Spec spec) {
        Map<String, String> params = new HashMap<>();
        params.put(DataFileForm.SOURCE, MeetingYaml.json(file.source));
        add(params, DataFileViews.fields(file, "", spec.fields()), DataFileViews.lists(file, "", spec.sections(), null));
        return params;
    }

    private static void add(Map<String, String> params, List<DataFileViews.FieldView> fields, List<DataFileViews.ListView> lists) {
        for (DataFileViews.FieldView f : fields) {
            if (f.kind().equals("check")) {
                if ("true".equals(f.value())) {
                    params.put(f.name(), "true");
                }
            } else {
                params.put(f.name(), f.value() == null ? "" : f.value().replace("\n", "\r\n"));
            }
        }
        for (DataFileViews.ListView list : lists) {
            for (DataFileViews.EntryView e : list.entries()) {
                if (e.source() != null) {
                    params.put(e.path() + "." + DataFileForm.SOURCE, e.source());
                }
                add(params, e.fields(), e.lists());
            }
        }
    }

    private static Spec spec(String kind) {
        return kind.equals("minutes") ? DataFiles.MINUTES_FILE : DataFiles.bodyFile(kind).orElseThrow();
    }
}
