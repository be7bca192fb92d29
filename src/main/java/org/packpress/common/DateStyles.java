package org.packpress.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one home of every date and time wording the papers use, in one language: the names of days and months are
 * the locale's (Java's CLDR data), and the short months ({@code MMM}) those the body chose or else the locale's.
 * A paper asks for the wording of its house style's language ({@code HouseStyle.dates()}); messages, logs and
 * emails use {@link #UK}. Each method names the place in the papers where its style appears.
 */
public final class DateStyles {

    /** British English with its own short months ("Sept"): every paper's wording before languages were data. */
    public static final DateStyles UK = new DateStyles(Locale.UK, null);

    private static final Map<List<Object>, DateStyles> KNOWN = new ConcurrentHashMap<>();
    /** A run of three M or L outside quotes: the short month, which the body may word itself. */
    private static final Pattern SHORT_MONTH = Pattern.compile("'(?:[^']|'')*'|(?<![ML])[ML]{3}(?![ML])");

    private final Locale locale;
    private final Map<Long, String> shortMonths;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dayDate;
    private final DateTimeFormatter monthYear;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private final DateTimeFormatter compactTime = DateTimeFormatter.ofPattern("HHmm", Locale.UK);
    private final DateTimeFormatter twelveHour;
    private final DateTimeFormatter shortDayMonth = DateTimeFormatter.ofPattern("dd.MM.yy", Locale.UK);

    private DateStyles(Locale locale, List<String> shortMonths) {
        this.locale = locale;
        this.shortMonths = shortMonths(locale, shortMonths);
        longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        dayDate = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        monthYear = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        twelveHour = DateTimeFormatter.ofPattern("h:mma", locale);
    }

    /**
     * The wording in a language: {@code shortMonths} are the twelve short month names from January, or null for
     * the locale's own (en-GB: "Jan" … "Sept" … "Dec"; cy: "Ion" … "Medi" … "Rhag").
     */
    public static DateStyles of(Locale locale, List<String> shortMonths) {
        if (shortMonths != null && shortMonths.size() != 12) {
            throw new IllegalArgumentException("twelve short month names are needed, not " + shortMonths.size());
        }
        List<Object> key = new ArrayList<>();
        key.add(locale);
        key.add(shortMonths);
        return KNOWN.computeIfAbsent(key, k -> new DateStyles(locale, shortMonths));
    }

    /** The locale's own short month names, January first: what a body that names none prints. */
    public static List<String> shortMonthsOf(Locale locale) {
        return Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.SHORT, locale)).toList();
    }

    private static Map<Long, String> shortMonths(Locale locale, List<String> chosen) {
        List<String> names = chosen == null ? shortMonthsOf(locale) : chosen;
        Map<Long, String> byMonth = new HashMap<>();
        for (int m = 1; m <= 12; m++) {
            byMonth.put((long) m, names.get(m - 1));
        }
        return Map.copyOf(byMonth);
    }

    public Locale locale() {
        return locale;
    }

    /** Reports, key decisions, work programme: "15 January 2024". */
    public String longDate(LocalDate date) {
        return longDate.format(date);
    }

    /** With the weekday: "Monday 15 January 2024" ("Dydd Llun 15 Ionawr 2024" in Welsh). */
    public String dayDate(LocalDate date) {
        return dayDate.format(date);
    }

    /** Agenda times: "14:05". */
    public String time(LocalTime time) {
        return this.time.format(time);
    }

    /**
     * A date or time in a house style's own pattern ("dd/MM/yy" → "07/10/24", "HH.mm" → "17.03", "MMM yyyy" →
     * "Sept 2024"), its words in this language and its short month ({@code MMM}) as this wording names it.
     */
    public String pattern(TemporalAccessor date, String pattern) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
        Matcher m = SHORT_MONTH.matcher(pattern);
        int from = 0;
        while (m.find()) {
            if (m.group().startsWith("'")) {
                continue;
            }
            builder.appendPattern(pattern.substring(from, m.start()));
            builder.appendText(ChronoField.MONTH_OF_YEAR, shortMonths);
            from = m.end();
        }
        builder.appendPattern(pattern.substring(from));
        return builder.toFormatter(locale).format(date);
    }

    /** Tracker editions and report periods: "January 2024". */
    public String monthYear(YearMonth month) {
        return monthYear.format(month);
    }

    /** Action tracker meeting column, a KPI column's month: "Jan 2024", "Sept 2023" (the body's short months). */
    public String shortMonthYear(YearMonth month) {
        return shortMonths.get((long) month.getMonthValue()) + " " + month.getYear();
    }

    /** PCC update headings: "15th January 2024" (a day without a suffix in a language other than English). */
    public String ordinalDate(LocalDate date) {
        return date.getDayOfMonth() + ordinalSuffix(date.getDayOfMonth()) + " " + monthYear.format(date);
    }

    /** Target dates in bullets: "31.01.24". */
    public String shortNumericDate(LocalDate date) {
        return shortDayMonth.format(date);
    }

    /**
     * Board notes heading: "Tuesday 27 September 2022 - 1000 – 1300 hrs" (24-hour times without a
     * colon, an en dash between them); without an end time "Tuesday 27 September 2022 - 1000 hrs".
     */
    public String boardMeetingTimes(LocalDate date, LocalTime start, LocalTime end) {
        String times = compactTime.format(start) + (end == null ? "" : " \u2013 " + compactTime.format(end));
        return dayDate.format(date) + " - " + times + " hrs";
    }

    /**
     * A Commissioner's report date: "Monday January 20th 2025", the ordinal suffix passed through
     * {@code suffix} (to raise it, for example). The month before the day is English's order with an ordinal; a
     * language without ordinals writes the day first, as {@link #dayDate} ("Dydd Llun 20 Ionawr 2025").
     */
    public String weekdayMonthOrdinal(LocalDate date, UnaryOperator<String> suffix) {
        String ordinal = ordinalSuffix(date.getDayOfMonth());
        if (ordinal.isEmpty()) {
            return dayDate(date);
        }
        return weekday(date) + " " + date.getMonth().getDisplayName(TextStyle.FULL, locale) + " "
                + date.getDayOfMonth() + suffix.apply(ordinal) + " " + date.getYear();
    }

    /** Board notes, next meeting: "Tuesday 25th October 2022". */
    public String dayOrdinalDate(LocalDate date) {
        return weekday(date) + " " + ordinalDate(date);
    }

    /** Key decisions period: "November 2023 – January 2024". */
    public String monthRange(YearMonth from, YearMonth to) {
        return from.equals(to) ? monthYear(to) : monthYear(from) + " \u2013 " + monthYear(to);
    }

    /** Work programme, times of sub-group sessions: "12:30pm". */
    public String twelveHourTime(LocalTime time) {
        return twelveHour.format(time).toLowerCase(locale);
    }

    /** Build stamps in manifests and logs: ISO local date-time to the second. */
    public static String isoTimestamp(LocalDateTime time) {
        return time.withNano(0).toString();
    }

    private String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    /** English ordinals ("1st", "22nd"); Java has no ordinals for other languages, which print the day alone. */
    String ordinalSuffix(int day) {
        if (!locale.getLanguage().equals("en")) {
            return "";
        }
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
