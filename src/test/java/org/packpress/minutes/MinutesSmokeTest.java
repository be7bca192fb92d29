package org.packpress.minutes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packpress.documents.Audience;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.documents.minutes.ActionTrackerPapers;
import org.packpress.documents.minutes.MinutesPapers;
import org.packpress.ingest.ImportService;
import org.packpress.store.BodyRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:minutes-smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class MinutesSmokeTest {

    @Autowired ImportService imports;
    @Autowired MinutesPapers minutes;
    @Autowired ActionTrackerPapers trackers;
    @Autowired AgendaPackBuilder packs;
    @Autowired BodyRepository bodies;

    @Test
    void renders() {
        imports.importPaths(List.of(Path.of("examples/wm-pcp"))).forEach(System.out::println);
        var body = bodies.get("wm-pcp");
        minutes.render(body, LocalDate.of(2023, 11, 13), Audience.PUBLIC, Path.of("/tmp/m-2023-11-13.pdf"));
        minutes.render(body, LocalDate.of(2023, 12, 18), Audience.PUBLIC, Path.of("/tmp/m-2023-12-18.pdf"));
        var tracker = trackers.tracker(body, LocalDate.of(2024, 1, 15));
        trackers.renderPdf(tracker, body, Path.of("/tmp/tracker.pdf"));
        trackers.writeWorkbook(tracker, Path.of("/tmp/tracker.xlsx"));
        packs.build("wm-pcp", LocalDate.of(2024, 1, 15), Path.of("/tmp/smoke-out"), null, AgendaPackBuilder.Progress.NONE);
    }
}
