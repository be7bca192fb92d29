package org.packpress.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The one home of every date and time wording the papers use. Each method names the place in the
 * papers where its style appears.
 */
public final class DateStyles {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter COMPACT_TIME = DateTimeFormatter.ofPattern("HHmm", Locale.UK);
    private static final DateTimeFormatter TWELVE_HOUR = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM.yy", Locale.UK);

    private DateStyles() {
    }

    /** Front sheet: "Monday 15 January 2024 at 14:00 hours". */
    public static String meetingDateTime(LocalDate date, LocalTime time) {
        return DAY_DATE.format(date) + " at " + hours(time);
    }

    /** Reports, key decisions, work programme: "15 January 2024". */
    public static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** With the weekday: "Monday 15 January 2024". */
    public static String dayDate(LocalDate date) {
        return DAY_DATE.format(date);
    }

    /** Agenda times: "14:05". */
    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** Minutes: "14:00 hours", as in "The meeting ended at 16:24 hours.". */
    public static String hours(LocalTime time) {
        return TIME.format(time) + " hours";
    }

    /** A date or time in a house style's own pattern ("dd/MM/yy" → "07/10/24", "HH.mm" → "17.03"). */
    public static String pattern(TemporalAccessor date, String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.UK).format(date);
    }

    /** Tracker editions and report periods: "January 2024". */
    public static String monthYear(YearMonth month) {
        return MONTH_YEAR.format(month);
    }

    /**
     * Action tracker meeting column: "Jan 2024", "Sept 2023". The papers abbreviate to three letters
     * except September, which they write "Sept".
     */
    public static String shortMonthYear(YearMonth month) {
        String full = month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
        String abbreviation = full.startsWith("September") ? "Sept" : full.substring(0, 3);
        return abbreviation + " " + month.getYear();
    }

    /** PCC update headings: "15th January 2024". */
    public static String ordinalDate(LocalDate date) {
        return date.getDayOfMonth() + ordinalSuffix(date.getDayOfMonth()) + " "
                + MONTH_YEAR.format(date);
    }

    /** Target dates in bullets: "31.01.24". */
    public static String shortNumericDate(LocalDate date) {
        return SHORT_DAY_MONTH.format(date);
    }

    /**
     * Board notes heading: "Tuesday 27 September 2022 - 1000 – 1300 hrs" (24-hour times without a
     * colon, an en dash between them); without an end time "Tuesday 27 September 2022 - 1000 hrs".
     */
    public static String boardMeetingTimes(LocalDate date, LocalTime start, LocalTime end) {
        String times = COMPACT_TIME.format(start) + (end == null ? "" : " \u2013 " + COMPACT_TIME.format(end));
        return DAY_DATE.format(date) + " - " + times + " hrs";
    }

    /**
     * A Commissioner's report date: "Monday January 20th 2025", the ordinal suffix passed through
     * {@code suffix} (to raise it, for example).
     */
    public static String weekdayMonthOrdinal(LocalDate date, UnaryOperator<String> suffix) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                + date.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                + date.getDayOfMonth() + suffix.apply(ordinalSuffix(date.getDayOfMonth())) + " " + date.getYear();
    }

    /** Board notes, next meeting: "Tuesday 25th October 2022". */
    public static String dayOrdinalDate(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                + ordinalDate(date);
    }

    /** Key decisions period: "November 2023 – January 2024". */
    public static String monthRange(YearMonth from, YearMonth to) {
        return from.equals(to) ? monthYear(to) : monthYear(from) + " \u2013 " + monthYear(to);
    }

    /** Work programme, times of sub-group sessions: "12:30pm". */
    public static String twelveHourTime(LocalTime time) {
        return TWELVE_HOUR.format(time).toLowerCase(Locale.UK);
    }

    /** Build stamps in manifests and logs: ISO local date-time to the second. */
    public static String isoTimestamp(LocalDateTime time) {
        return time.withNano(0).toString();
    }

    static String ordinalSuffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
