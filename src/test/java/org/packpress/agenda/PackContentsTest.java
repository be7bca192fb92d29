package org.packpress.agenda;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.packpress.testing.PdfInspection.Word;
import org.packpress.testing.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The front sheet's list of papers with an appendix whose title takes two lines: the appendix is indented, and
 * so is its second line (an indent of spaces before the title left the second line under the papers' titles, or,
 * measured one way and drawn another, an empty line in the list).
 */
@PackPressTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackContentsTest {

    static final String LONG_TITLE = "Road safety slides – casualties on the county's roads from 2019 to 2024, by"
            + " district, mode of travel & age band (landscape)";

    @TempDir
    static Path temp;

    @Autowired
    ImportService imports;
    @Autowired
    AgendaPackBuilder builder;

    Path pack;

    @BeforeAll
    void build() {
        Path input = TestFolders.testPanel(temp.resolve("in"));
        TestFolders.edit(input.resolve("meetings/2024-03-04.yaml"), "title: Road safety slides",
                "title: \"" + LONG_TITLE + "\"");
        imports.importPaths(List.of(input));
        builder.build("test-panel", LocalDate.of(2024, 3, 4), temp.resolve("out"), null, AgendaPackBuilder.Progress.NONE);
        pack = temp.resolve("out/test-panel/2024-03-04/agenda-pack.pdf");
    }

    @Test
    void aLongAppendixTitleWrapsUnderItsOwnIndent() {
        try (PdfInspection pdf = PdfInspection.open(pack)) {
            List<Word> words = pdf.words(1);
            Word paper = only(words, "Road safety update");
            Word appendix = only(words, "Appendix A: Road safety slides");
            Word secondLine = only(words, "(landscape)");

            assertThat(appendix.x()).as("the appendix is indented").isGreaterThan(paper.x() + 10);
            assertThat(secondLine.y()).as("the title takes two lines").isGreaterThan(appendix.y() + 5);
            assertThat(secondLine.x()).as("its second line keeps the indent").isCloseTo(appendix.x(),
                    org.assertj.core.data.Offset.offset(1f));
            assertThat(secondLine.y() - appendix.y()).as("with no empty line between").isLessThan(15f);
        }
    }

    private static Word only(List<Word> words, String start) {
        List<Word> found = words.stream().filter(w -> w.text().startsWith(start)
                || w.text().endsWith(start) && start.startsWith("(")).toList();
        assertThat(found).as(start).hasSize(1);
        return found.get(0);
    }
}
