package org.packpress.checks.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.model.Finding.Severity;
import org.packpress.model.minutes.WorkProgramme;
import org.springframework.stereotype.Component;

/** A work programme's rows are dated within the municipal year it covers. */
@Component
public class WorkProgrammeDates extends CheckRule {

    public WorkProgrammeDates() {
        super("work-programme.municipal-year", Severity.ERROR, "A work programme covers one municipal year (from"
                + " 1 May to 30 April, unless checks.yaml names another first month); a row dated outside it belongs"
                + " to another year's programme or has a mistyped year.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        subject.workProgramme().ifPresent(programme -> {
            MunicipalYear year = MunicipalYear.of(programme.year(), subject.settings().municipalYearFirstMonth());
            for (int i = 0; year != null && i < programme.items().size(); i++) {
                WorkProgramme.Item item = programme.items().get(i);
                if (item.date() != null && !year.contains(item.date())) {
                    findings.add(Documents.workProgramme(programme), Documents.workProgrammeRow(item, i + 1), "date",
                            Documents.date(item.date()) + " is outside the municipal year " + programme.year() + " ("
                                    + Documents.date(year.start()) + " to " + Documents.date(year.end()) + ")");
                }
            }
        });
    }

    /** Whether a date written in a row is within six months of the row's meeting. */
    static boolean plausibleFor(LocalDate mentioned, LocalDate row) {
        return Math.abs(ChronoUnit.DAYS.between(mentioned, row)) <= 183;
    }
}
