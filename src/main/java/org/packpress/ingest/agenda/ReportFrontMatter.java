package org.packpress.ingest.agenda;

import java.time.LocalDate;
import java.util.List;

/** The YAML front matter of an authored Markdown report; see docs/input-format.md. */
record ReportFrontMatter(String title, LocalDate date, String reportOf, String author, String email,
        List<String> recommendations, String numbering, String runningHeader, List<String> implications) {
}
