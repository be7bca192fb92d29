package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.ingest.ImportService;
import org.packpress.store.MeetingRepository;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.StoreSnapshot;
import org.packpress.testing.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PackPressTest
class ImportIdempotenceTest {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeetingRepository meetings;

    @TempDir
    Path temp;

    @Test
    void importingTheSameFilesTwiceChangesNothing() {
        Path folder = TestFolders.testPanel(temp);
        imports.importPaths(List.of(folder));
        Map<String, List<String>> first = StoreSnapshot.take(jdbc);

        List<String> report = imports.importPaths(List.of(folder));

        assertThat(StoreSnapshot.take(jdbc)).isEqualTo(first);
        assertThat(report).allMatch(line -> line.endsWith("unchanged"));
    }

    @Test
    void aChangedFileUpdatesTheStore() {
        Path folder = TestFolders.testPanel(temp);
        imports.importPaths(List.of(folder));
        TestFolders.edit(folder.resolve("meetings/2024-03-04.yaml"), "Part one of the update", "First part of the update");
        TestFolders.edit(folder.resolve("papers/07a-neighbourhood.md"), "rose by a tenth", "rose by a fifth");

        List<String> report = imports.importPaths(List.of(folder));

        assertThat(report).anyMatch(line -> line.contains("meeting 2024-03-04 stored"));
        var meeting = meetings.get("test-panel", LocalDate.of(2024, 3, 4));
        assertThat(meeting.agenda().get(2).description()).startsWith("First part of the update");
        var report7a = (org.packpress.model.AgendaDocument.ReportSource) meeting.agenda().get(2).documents().get(0).source();
        assertThat(report7a.report().markdown()).contains("rose by a fifth");
    }

    @Test
    void jsonWithTheSameSchemaIsAccepted() throws Exception {
        Path folder = TestFolders.testPanel(temp);
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Path yamlFile = folder.resolve("meetings/2024-03-04.yaml");
        json.writeValue(folder.resolve("meetings/2024-03-04.json").toFile(), yaml.readTree(yamlFile.toFile()));
        java.nio.file.Files.delete(yamlFile);

        imports.importPaths(List.of(folder));

        assertThat(meetings.get("test-panel", LocalDate.of(2024, 3, 4)).agenda())
                .extracting(org.packpress.model.AgendaItem::number).containsExactly("1", "2", "7a", "7b", "8", "9");
    }
}
