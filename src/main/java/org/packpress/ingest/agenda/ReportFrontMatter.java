package org.packpress.ingest.agenda;

import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import java.time.LocalDate;
import java.util.List;

/** The YAML front matter of an authored Markdown report; see docs/input-format.md. */
record ReportFrontMatter(@Limit(TextLimit.TITLE) String title, LocalDate date, @Limit(TextLimit.LONG_LINE) String reportOf,
        @Limit(TextLimit.TITLE) String author, @Limit(value = TextLimit.TITLE) List<String> authors,
        @Limit(TextLimit.EMAIL) String email, @Limit(TextLimit.NAME) String telephone, List<String> recommendations,
        @Limit(TextLimit.CHOICE) String numbering, @Limit(TextLimit.NAME) String runningHeader,
        @Limit(value = TextLimit.LONG_LINE, joined = true) List<String> implications) {
}
