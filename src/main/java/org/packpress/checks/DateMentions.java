package org.packpress.checks;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates written in a text: "15 January 2024", "Monday 15th January 2024", "Monday January 15th
 * 2024", and dates without a year such as "22nd November".
 */
public final class DateMentions {

    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?([0-9]{1,2})"
            + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+([0-9]{4})\\b)?");
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH
            + "\\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\\s+([0-9]{4})\\b");

    private DateMentions() {
    }

    /**
     * A date as written.
     *
     * @param weekday the weekday written with it, or null
     * @param year the year written, or null when the text gives none
     */
    public record Mention(String text, DayOfWeek weekday, int day, Month month, Integer year) {

        /** The date, or null when it has no year or is no real date (31 February). */
        public LocalDate date() {
            if (year == null) {
                return null;
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    public static List<Mention> in(String text) {
        List<Mention> mentions = new ArrayList<>();
        if (text == null) {
            return mentions;
        }
        Matcher m = DAY_FIRST.matcher(text);
        while (m.find()) {
            mentions.add(new Mention(m.group().trim(), weekday(m.group(1)), Integer.parseInt(m.group(2)),
                    month(m.group(3)), m.group(4) == null ? null : Integer.valueOf(m.group(4))));
        }
        m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            mentions.add(new Mention(m.group().trim(), weekday(m.group(1)), Integer.parseInt(m.group(3)),
                    month(m.group(2)), Integer.valueOf(m.group(4))));
        }
        return mentions;
    }

    private static DayOfWeek weekday(String name) {
        return name == null ? null : DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
