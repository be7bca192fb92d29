package org.packpress.checks.rules;

import java.time.LocalDate;
import java.time.Month;

/**
 * The municipal year a work programme covers ("2023/24"): from the first day of the body's first month
 * (May by default, the month of a council's annual meeting; {@code municipalYearStarts} in checks.yaml)
 * of its first year to the day before that date a year later.
 */
record MunicipalYear(LocalDate start, LocalDate end) {

    /** The year written "2023/24" or "2023/2024", or null when it is written otherwise. */
    static MunicipalYear of(String year, Month firstMonth) {
        if (year == null || !year.matches("[0-9]{4}/([0-9]{2}|[0-9]{4})")) {
            return null;
        }
        LocalDate start = LocalDate.of(Integer.parseInt(year.substring(0, 4)), firstMonth, 1);
        return new MunicipalYear(start, start.plusYears(1).minusDays(1));
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
