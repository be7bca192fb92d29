package org.packpress.documents.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packpress.common.DateStyles;
import org.packpress.model.Body;
import org.packpress.model.minutes.WorkProgramme;
import org.packpress.testing.PackPressTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The work programme's standard phrases are text blocks: the default wording, and a body's own. */
@PackPressTest
class WorkProgrammeWordingTest {

    static final WorkProgramme PROGRAMME = new WorkProgramme("2024/25", List.of(new WorkProgramme.Item(
            LocalDate.of(2025, 2, 3), null, null, null, "Proposed precept", "To review the proposed precept.", null,
            true, true, true)), List.of());

    @Autowired
    WorkProgrammePaperProvider provider;

    @Test
    void standingStatutoryAndProvisionalItemsAreMarkedInTheStandardWording() {
        WorkProgrammeRow row = provider.rows(body(Map.of()), PROGRAMME, DateStyles.UK).get(0);
        assertThat(row.getTopic()).isEqualTo("Proposed precept (Standing Item)");
        assertThat(row.getInformation()).contains("This is a statutory duty.", "Provisional meeting date.");
    }

    @Test
    void aBodyWordsThemItsOwnWay() {
        WorkProgrammeRow row = provider.rows(body(Map.of("work-programme-standing", "– at every meeting",
                "work-programme-statutory", "Required by law.", "work-programme-provisional", "Date to be confirmed.")),
                PROGRAMME, DateStyles.UK).get(0);
        assertThat(row.getTopic()).isEqualTo("Proposed precept – at every meeting");
        assertThat(row.getInformation()).contains("Required by law.", "Date to be confirmed.")
                .doesNotContain("statutory duty", "Provisional");
    }

    private static Body body(Map<String, String> blocks) {
        return new Body("wording-panel", "Wording Panel", null, Body.BodyKind.PANEL, null, null, null, blocks,
                List.of(), List.of(), List.of());
    }
}
