package org.packpress.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.packpress.model.AuthoredReport;
import org.packpress.model.AuthoredReport.ParagraphNumbering;

/**
 * A report stored before authors were a list keeps its author line and its label: the names before any job
 * title that held " and " printed "Report authors", and read back they are as many authors.
 */
class ReportAuthorsTest {

    @Test
    void aListStoredIsReadAsItIs() {
        assertThat(ReportRepository.authors("[\"Rees and Partners, Auditors\"]", "Rees and Partners, Auditors"))
                .containsExactly("Rees and Partners, Auditors");
    }

    @Test
    void anAuthorLineStoredBeforeListsPrintsAsItDid() {
        List<String> two = ReportRepository.authors(null, "Esther Whittock and Jody Clark");
        assertThat(two).containsExactly("Esther Whittock", "Jody Clark");
        assertThat(report(two).authorLine()).isEqualTo("Esther Whittock and Jody Clark");
        List<String> withTitle = ReportRepository.authors(null, "Ann Lee and Bo Chan, Scrutiny Officers, Test Council");
        assertThat(report(withTitle).authorLine()).isEqualTo("Ann Lee and Bo Chan, Scrutiny Officers, Test Council");
        assertThat(withTitle).hasSize(2);
        assertThat(ReportRepository.authors(null, "Sarah Fradgley, Overview and Scrutiny Manager, Birmingham City Council"))
                .containsExactly("Sarah Fradgley, Overview and Scrutiny Manager, Birmingham City Council");
        assertThat(ReportRepository.authors(null, null)).isEmpty();
    }

    private static AuthoredReport report(List<String> authors) {
        return new AuthoredReport("T", null, null, authors, null, null, List.of(), ParagraphNumbering.NONE, null,
                List.of(), "text", List.of());
    }
}
