package org.packpress.checks.rules;

import java.time.LocalDate;
import java.time.Month;

/**
 * The municipal year a work programme covers ("2023/24"): from 1 May of its first year to 30 April
 * of the next, the year of a council's annual meeting.
 */
record MunicipalYear(LocalDate start, LocalDate end) {

    static final Month FIRST_MONTH = Month.MAY;

    /** The year written "2023/24" or "2023/2024", or null when it is written otherwise. */
    static MunicipalYear of(String year) {
        if (year == null || !year.matches("[0-9]{4}/([0-9]{2}|[0-9]{4})")) {
            return null;
        }
        LocalDate start = LocalDate.of(Integer.parseInt(year.substring(0, 4)), FIRST_MONTH, 1);
        return new MunicipalYear(start, start.plusYears(1).minusDays(1));
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
