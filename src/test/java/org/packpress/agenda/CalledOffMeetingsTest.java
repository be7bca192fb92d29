package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.ingest.InputError;
import org.packpress.ingest.InputRejectedException;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.web.SamplePanel;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15 item 4: a cancelled or postponed meeting's front sheet opens with a clear statement, in the wording of
 * the text blocks (which a body may change), and a meeting file that says so is checked like the rest.
 */
@PackPressTest
class CalledOffMeetingsTest {

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder packs;

    @Test
    void theFrontSheetSaysTheMeetingIsPostponedOrCancelledInTheBodysWording(@TempDir Path temp) throws Exception {
        SamplePanel panel = SamplePanel.copy(temp.resolve("in"), "off-pcp").withMeetingOn("2024-02-05")
                .withStatus("2024-01-15", "status: postponed\npostponedTo: {date: 2024-01-22, start: \"15:30\"}")
                .withStatus("2024-02-05", "status: cancelled")
                .withTextBlock("meeting-cancelled", "THIS MEETING OF {{body.name}} WILL NOT BE HELD ON {{date}}.");
        imports.importPaths(List.of(panel.root()));

        assertThat(frontSheet(temp, "2024-01-15")).contains("THIS MEETING HAS BEEN POSTPONED to Monday 22 January 2024"
                + " at 15:30 hours").contains("AGENDA");
        assertThat(frontSheet(temp, "2024-02-05"))
                .contains("THIS MEETING OF West Midlands Police and Crime Panel WILL NOT BE HELD ON 5 February 2024.")
                .doesNotContain("POSTPONED");
    }

    @Test
    void aPostponementNamesALaterDateAndOnlyAPostponedMeetingHasOne(@TempDir Path temp) {
        SamplePanel panel = SamplePanel.copy(temp.resolve("in"), "off-bad-pcp").withMeetingOn("2024-02-05")
                .withMeetingOn("2024-03-04")
                .withStatus("2024-01-15", "status: postponed")
                .withStatus("2024-02-05", "status: postponed\npostponedTo: {date: 2024-02-05}")
                .withStatus("2024-03-04", "status: scheduled\npostponedTo: {date: 2024-03-11}");
        assertThatThrownBy(() -> imports.importPaths(List.of(panel.root()))).isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).errors()).extracting(InputError::toString)
                        .contains("meetings/2024-01-15.yaml: postponedTo: is required: the date the postponed meeting"
                                + " moves to",
                                "meetings/2024-02-05.yaml: postponedTo.date: 2024-02-05 is not after the meeting's date"
                                + " (2024-02-05): a postponed meeting moves to a later date (to change only its time,"
                                + " change its start) (line 8)",
                                "meetings/2024-03-04.yaml: postponedTo: only a postponed meeting has one (status:"
                                + " postponed) (line 8)"));
    }

    private String frontSheet(Path temp, String date) throws Exception {
        packs.build("off-pcp", LocalDate.parse(date), temp.resolve("out"), null, AgendaPackBuilder.Progress.NONE);
        try (PdfInspection pack = PdfInspection.open(temp.resolve("out/off-pcp/" + date + "/agenda-pack.pdf"))) {
            return pack.text(1, 1).replaceAll("\\s+", " ");
        }
    }
}
