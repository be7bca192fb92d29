package org.packpress.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.packpress.ingest.ImportService;
import org.packpress.store.MeetingRepository;
import org.packpress.testing.PackPressTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The README's sample bodies are clean: the checks find nothing in them (no false alarms). */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExamplesCheckCleanTest {

    @Autowired
    ImportService imports;
    @Autowired
    ChecksEngine checks;
    @Autowired
    MeetingRepository meetings;

    /**
     * The sample bodies, the Board without the Board's performance plan: the checks do not read it, and a plan in
     * the shared store would give the nightly run of other tests a monthly KPI workbook to build.
     */
    @BeforeAll
    void importExamples() {
        imports.importPaths(List.of(Path.of("examples/wm-pcp"), Path.of("examples/ns-pcp"),
                Path.of("examples/wm-spcb/body.yaml"), Path.of("examples/wm-spcb/meetings"),
                Path.of("examples/wm-spcb/minutes")));
    }

    @Test
    void everyRuleRunsOnBothBodiesAndFindsNothing() {
        assertThat(checks.rules()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(checks.checkBody("wm-pcp")).isEmpty();
        assertThat(checks.checkBody("wm-spcb")).isEmpty();
        assertThat(checks.checkBody("ns-pcp")).isEmpty();
    }

    @Test
    void eachMeetingAndItsPackIsClean() {
        for (String body : List.of("wm-pcp", "wm-spcb", "ns-pcp")) {
            for (LocalDate date : meetings.dates(body)) {
                assertThat(checks.checkMeeting(body, date)).as(body + "/" + date).isEmpty();
            }
        }
    }
}
