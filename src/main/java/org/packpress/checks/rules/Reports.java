package org.packpress.checks.rules;

import java.util.ArrayList;
import java.util.List;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.AgendaDocument;
import org.packpress.model.AgendaItem;
import org.packpress.model.AuthoredReport;
import org.packpress.model.Body;
import org.packpress.model.Meeting;

/** The authored reports of the checked meetings, each with the item and paper it belongs to. */
final class Reports {

    private Reports() {
    }

    /**
     * @param paper the agenda document holding the report (a main paper or an appendix)
     */
    record Report(Body body, Meeting meeting, AgendaItem item, AgendaDocument paper, AuthoredReport report) {

        String document() {
            return Documents.paper(body, meeting, item, paper.title());
        }

        /** "line 12 of the text": where a character is in the report's Markdown after its front matter. */
        String lineOf(int offset) {
            return "line " + (report.markdown().substring(0, offset).chars().filter(c -> c == '\n').count() + 1)
                    + " of the text";
        }
    }

    /** A table of a report, with the report it is in. */
    @FunctionalInterface
    interface TableCheck {
        void check(Report report, TableNumbers.Table table);
    }

    /** Runs a check on every table of every report of the subject. */
    static void eachTable(Subject subject, TableCheck check) {
        for (Report report : of(subject)) {
            for (TableNumbers.Table table : TableNumbers.of(report.report().markdown())) {
                check.check(report, table);
            }
        }
    }

    static List<Report> of(Subject subject) {
        List<Report> reports = new ArrayList<>();
        for (Meeting meeting : subject.meetings()) {
            for (AgendaItem item : meeting.agenda()) {
                for (AgendaDocument main : item.documents()) {
                    for (AgendaDocument paper : main.inPrintOrder()) {
                        if (paper.source() instanceof AgendaDocument.ReportSource source) {
                            reports.add(new Report(subject.body(), meeting, item, paper, source.report()));
                        }
                    }
                }
            }
        }
        return reports;
    }
}
