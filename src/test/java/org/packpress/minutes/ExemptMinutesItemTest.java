package org.packpress.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.packpress.documents.agenda.AgendaPackBuilder;
import org.packpress.ingest.ImportService;
import org.packpress.testing.PackPressTest;
import org.packpress.testing.PdfInspection;
import org.packpress.testing.PdfInspection.OutlineEntry;
import org.packpress.testing.TestFolders;
import org.packpress.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agenda that confirms a meeting's minutes in two items, the public minutes in Part 1 and the exempt minutes in
 * Part 2 (the made-up Joint Audit Committee's December meeting, given a Part 2 item of its own for September's
 * exempt minute): in the confidential pack the Part 1 item holds the public minutes alone and the Part 2 item the
 * confidential minutes alone, so no minute is printed twice and none of the exempt ones in Part 1.
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExemptMinutesItemTest {

    private static final String PART_TWO_MINUTES = """
              - number: "12"
                type: minutes
                title: Exempt minutes of the previous meeting
                exempt: 7
                documents:
                  - {title: Exempt minutes of the meeting held on 24 September 2024, generated: minutes, options: {meeting: 2024-09-24}}
            """;

    @TempDir
    static Path temp;

    PdfInspection pack;
    Path packFile;

    @BeforeAll
    void importAndBuild(@Autowired ImportService imports, @Autowired AgendaPackBuilder packs) throws IOException {
        Path folder = TestFolders.copy(Path.of("src/test/resources/fixtures/sm-jac"), temp.resolve("in/jac-split"));
        Path body = folder.resolve("body.yaml");
        Files.writeString(body, Files.readString(body).replaceFirst("(?m)^id: sm-jac$", "id: jac-split"));
        Path december = folder.resolve("meetings/2024-12-10.yaml");
        String agenda = Files.readString(december);
        String session = agenda.substring(agenda.indexOf("  - {number: \"12\", type: private-session"));
        Files.writeString(december, agenda.replace(session, PART_TWO_MINUTES
                + session.replace("number: \"12\"", "number: \"13\"")));
        imports.importPaths(List.of(folder));
        Path out = temp.resolve("out");
        packs.build("jac-split", LocalDate.of(2024, 12, 10), out, null, AgendaPackBuilder.Progress.NONE);
        packFile = out.resolve("jac-split/2024-12-10/agenda-pack-confidential.pdf");
        pack = PdfInspection.open(packFile);
    }

    @Test
    void eachItemHoldsItsOwnPartOfTheMinutes() {
        String partOne = paperOf("3", "4");
        String partTwo = paperOf("12", null);

        assertThat(partOne).contains("JAC 24/14", "JAC 24/18").doesNotContain("JAC 24/19", "fuel cards");
        assertThat(partTwo).contains("JAC 24/19", "Counter Fraud Investigations Update", "fuel cards")
                .doesNotContain("JAC 24/14", "JAC 24/18");
        assertThat(VeraPdf.failedRules(packFile)).isEmpty();
    }

    /** The text of an item's papers, from its outline entry's page to the next item's. */
    private String paperOf(String item, String next) {
        List<OutlineEntry> outline = pack.outline();
        int from = page(outline, item);
        int to = next == null ? pack.pageCount() : page(outline, next) - 1;
        return pack.text(from, to).replaceAll("\\s+", " ");
    }

    private static int page(List<OutlineEntry> outline, String item) {
        return outline.stream().filter(e -> e.title().startsWith("Item " + item + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no outline entry of item " + item + " in " + outline)).page();
    }
}
