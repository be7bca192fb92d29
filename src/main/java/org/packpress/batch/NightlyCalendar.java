package org.packpress.batch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in England and Wales, and when an agenda is due for publication. The one home of the
 * bank-holiday rules: New Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank
 * holidays, Christmas Day and Boxing Day (with substitute days when they fall at a weekend), and the
 * one-off changes proclaimed since 2020.
 */
public final class NightlyCalendar {

    /** Holidays proclaimed for one year only. */
    private static final Set<LocalDate> ONE_OFF = Set.of(
            LocalDate.of(2020, 5, 8),   // VE Day 75th anniversary (instead of 4 May)
            LocalDate.of(2022, 6, 2),   // spring bank holiday moved for the Platinum Jubilee
            LocalDate.of(2022, 6, 3),   // Platinum Jubilee
            LocalDate.of(2022, 9, 19),  // State Funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8));  // Coronation of King Charles III
    /** Regular holidays those proclamations replaced. */
    private static final Set<LocalDate> MOVED_AWAY = Set.of(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));

    private NightlyCalendar() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays(date.getYear()).contains(date);
    }

    /**
     * The day an agenda must be published for {@code clearDays} clear working days before the meeting:
     * neither that day nor the meeting day counts, so it is the working day before the earliest of the
     * {@code clearDays} working days preceding the meeting.
     */
    public static LocalDate publicationDate(LocalDate meeting, int clearDays) {
        LocalDate day = meeting;
        for (int counted = 0; counted <= clearDays; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The bank holidays of England and Wales in a year. */
    public static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(substitute(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.addAll(christmas(year));
        days.removeAll(MOVED_AWAY);
        ONE_OFF.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return days;
    }

    /** Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a weekend. */
    private static Set<LocalDate> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, 12, 25);
        LocalDate boxing = LocalDate.of(year, 12, 26);
        Set<LocalDate> days = new TreeSet<>();
        LocalDate first = substitute(christmas);
        days.add(first);
        LocalDate second = substitute(boxing);
        if (!second.isAfter(first)) {
            second = first.plusDays(1);
        }
        days.add(second);
        return days;
    }

    /** A weekend date's substitute: the following Monday. */
    private static LocalDate substitute(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
