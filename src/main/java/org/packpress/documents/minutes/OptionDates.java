package org.packpress.documents.minutes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.packpress.model.AgendaDocument.GeneratedSource;
import org.packpress.model.AgendaItem;
import org.packpress.common.BuildFailedException;

/** Reads date options of generated papers ({@code options: {asOf: 2024-01-15}}). */
final class OptionDates {

    private OptionDates() {
    }

    static LocalDate date(AgendaItem item, GeneratedSource source, String option, LocalDate otherwise) {
        String written = source.options().get(option);
        if (written == null) {
            return otherwise;
        }
        try {
            return LocalDate.parse(written);
        } catch (DateTimeParseException e) {
            throw new BuildFailedException("item " + item.number() + ": options." + option + " '" + written
                    + "' is not a date (yyyy-mm-dd)");
        }
    }

    static YearMonth month(AgendaItem item, GeneratedSource source, String option, YearMonth otherwise) {
        String written = source.options().get(option);
        if (written == null) {
            return otherwise;
        }
        try {
            return YearMonth.parse(written);
        } catch (DateTimeParseException e) {
            throw new BuildFailedException("item " + item.number() + ": options." + option + " '" + written
                    + "' is not a month (yyyy-mm)");
        }
    }
}
