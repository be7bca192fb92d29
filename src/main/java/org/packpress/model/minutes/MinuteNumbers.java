package org.packpress.model.minutes;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.packpress.model.Body;
import org.packpress.model.Body.BodyKind;
import org.packpress.model.CheckSettings;
import org.packpress.model.style.MinutesStyle;

/**
 * The numbering rule of minutes: the one home of how a minute number is written and when the numbers start
 * again, which the import, the checks and the documents ask. A Panel writes a running whole number (756, 757 …),
 * a Board {@code NNN/YY} (077/22), unless the house style's {@code minutes.numberForm} writes them otherwise
 * ({@code PCP/{yy}/{n}}: PCP/24/15). When the numbers start again at 001 is the house style's
 * {@code minutes.numberingYearStarts}, the first month of the body's numbering year: January (the calendar
 * year), April (a financial year), May (a municipal year, from the annual meeting), or never. By default a
 * Board's numbers start again each January and a Panel's run on across years. A Board's {@code YY} is the year
 * its numbering year starts in, so every number of one numbering year carries the same {@code YY}: under an
 * April start, minutes of February 2025 are numbered {@code …/24}, and the first minutes from April 2025 on
 * {@code 001/25}. The rule in force for a meeting is the style's on the meeting's date.
 */
public final class MinuteNumbers {

    /** The running number a body's numbering starts at (again at each numbering year's start). */
    public static final int FIRST = 1;
    /** What {@code numberingYearStarts} says of numbers that run on across years, never starting again. */
    public static final String NEVER = "never";

    private MinuteNumbers() {
    }

    /** The fields of a number's form: the running number, it in three digits, the numbering year's two or four digits. */
    private static final Pattern FIELD = Pattern.compile("\\{(n|nnn|yy|yyyy)}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,8}");
    /** The longest minute number the store holds. */
    private static final int STORED_LENGTH = 20;
    private static final String PANEL_FORM = "{n}";
    private static final String BOARD_FORM = "{nnn}/{yy}";

    /**
     * How a body numbers its minutes on a date.
     *
     * @param form how a number is written ({@code {n}}, {@code {nnn}/{yy}}, {@code PCP/{yy}/{n}} …)
     * @param yearStarts the first month of the numbering year, or null when the numbers run on across years
     */
    public record Numbering(String form, Month yearStarts) {

        /** The year the numbering year of a date starts in (2024 for 10 February 2025 under an April start). */
        int year(LocalDate date) {
            if (yearStarts == null) {
                return 0;
            }
            return date.getMonthValue() >= yearStarts.getValue() ? date.getYear() : date.getYear() - 1;
        }

        /** The number written in the numbering year of a date. */
        String format(int sequence, LocalDate date) {
            return fill(date, field -> switch (field) {
                case "n" -> Integer.toString(sequence);
                case "nnn" -> "%03d".formatted(sequence);
                default -> year(field, date);
            });
        }

        /** How numbers of the numbering year of a date look: NNN/22, PCP/24/N. */
        String shown(LocalDate date) {
            return fill(date, field -> switch (field) {
                case "n" -> "N";
                case "nnn" -> "NNN";
                default -> year(field, date);
            });
        }

        /** A pattern of the numbers of the numbering year of a date, the running number its group 1. */
        Pattern pattern(LocalDate date) {
            return Pattern.compile(fill(date, field -> switch (field) {
                case "n" -> "([1-9][0-9]{0,5})";
                case "nnn" -> "([0-9]{3})";
                default -> Pattern.quote(year(field, date));
            }, Pattern::quote));
        }

        private String year(String field, LocalDate date) {
            int year = year(date);
            return field.equals("yy") ? "%02d".formatted(Math.floorMod(year, 100)) : Integer.toString(year);
        }

        private String fill(LocalDate date, Function<String, String> field) {
            return fill(date, field, text -> text);
        }

        private String fill(LocalDate date, Function<String, String> field, UnaryOperator<String> text) {
            StringBuilder out = new StringBuilder();
            Matcher m = FIELD.matcher(form);
            int at = 0;
            while (m.find()) {
                out.append(text.apply(form.substring(at, m.start()))).append(field.apply(m.group(1)));
                at = m.end();
            }
            return out.append(text.apply(form.substring(at))).toString();
        }

        /** Whether a number carries its numbering year, and so must start again each year. */
        boolean carriesYear() {
            return form.contains("{yy}") || form.contains("{yyyy}");
        }
    }

    /** The numbering of the body's house style in force on a date. */
    public static Numbering numbering(Body body, LocalDate date) {
        MinutesStyle style = body.style(date).minutes();
        String form = form(body.kind(), style.numberForm());
        String written = style.numberingYearStarts();
        if (written == null) {
            // by default numbers start again each January when they carry their year, as a Board's do
            boolean yearly = body.kind() == BodyKind.BOARD || new Numbering(form, null).carriesYear();
            return new Numbering(form, yearly ? Month.JANUARY : null);
        }
        Month month = yearStart(written);
        if (month == null && !isNever(written)) {
            throw new IllegalStateException(body.id() + ": " + problem(body.kind(), written));
        }
        return new Numbering(form, month);
    }

    private static String form(BodyKind kind, String written) {
        return written != null ? written : kind == BodyKind.BOARD ? BOARD_FORM : PANEL_FORM;
    }

    /**
     * What is wrong with a style's {@code numberingYearStarts} for a body of this kind, or null when nothing is:
     * a month (April, april, 4) or never (not for numbers that carry their numbering year, as a Board's do).
     */
    public static String problem(BodyKind kind, String written) {
        return problem(kind, null, written);
    }

    /** As {@link #problem(BodyKind, String)}, for numbers written in {@code numberForm} (null: the kind's form). */
    public static String problem(BodyKind kind, String numberForm, String written) {
        if (isNever(written)) {
            String form = form(kind, numberForm);
            if (!new Numbering(form, null).carriesYear()) {
                return null;
            }
            String numbers = form.equals(BOARD_FORM) ? "a Board's numbers (NNN/YY)" : "numbers written " + form;
            return numbers + " carry the year they are numbered in, so they start again each year: name the month it"
                    + " starts (January to December, or 1 to 12)";
        }
        return yearStart(written) != null ? null
                : "'" + written + "' is not a month: write January to December, 1 to 12, or " + NEVER;
    }

    /**
     * What is wrong with a style's {@code numberForm}, or null when nothing is: it must hold the running number once,
     * as {@code {n}} or {@code {nnn}}, and no field but those and {@code {yy}}, {@code {yyyy}}.
     */
    public static String formProblem(String form) {
        long running = FIELD.matcher(form).results().filter(r -> r.group(1).startsWith("n")).count();
        if (running != 1) {
            return "'" + form + "' must hold the running number once, as {n} (15) or {nnn} (015)";
        }
        String text = FIELD.matcher(form).replaceAll("");
        if (text.contains("{") || text.contains("}")) {
            return "'" + form + "' holds a field that is none of {n}, {nnn}, {yy}, {yyyy}";
        }
        int longest = new Numbering(form, Month.JANUARY).format(999_999, LocalDate.of(2099, 1, 1)).length();
        if (longest > STORED_LENGTH) {
            return "'" + form + "' writes numbers of up to " + longest + " characters; at most " + STORED_LENGTH
                    + " are stored";
        }
        if (!form.strip().equals(form) || form.contains("  ")) {
            return "'" + form + "' starts or ends with a space, or holds two together: write the number as it is"
                    + " printed";
        }
        return null;
    }

    private static boolean isNever(String written) {
        return NEVER.equalsIgnoreCase(written.strip());
    }

    /** The month written as its name or its number, or null. */
    private static Month yearStart(String written) {
        String month = written.strip();
        if (month.matches("[0-9]{1,2}")) {
            int number = Integer.parseInt(month);
            return number >= 1 && number <= 12 ? Month.of(number) : null;
        }
        return CheckSettings.month(month).orElse(null);
    }

    /** The running number of a minute reference, or -1 if it is not written the body's way on its meeting's date. */
    public static int sequence(Body body, String number, LocalDate meeting) {
        return sequence(numbering(body, meeting).pattern(meeting), number);
    }

    private static int sequence(Pattern numbers, String number) {
        if (number == null) {
            return -1;
        }
        Matcher m = numbers.matcher(number);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** How a number is written: 776, or 089/22. */
    public static String format(Body body, int sequence, LocalDate meeting) {
        return numbering(body, meeting).format(sequence, meeting);
    }

    /** What a number must look like, for error messages: "a whole number such as 756", "NNN/22 such as 077/22". */
    public static String expectedForm(Body body, LocalDate meeting) {
        Numbering numbering = numbering(body, meeting);
        if (numbering.form().equals(PANEL_FORM)) {
            return "a whole number such as 756";
        }
        return numbering.shown(meeting) + " such as " + numbering.format(77, meeting);
    }

    /** The number a minute must have after the one before it in the same meeting. */
    public static int nextInMeeting(int previous) {
        return previous + 1;
    }

    /**
     * The first number a meeting must use after the previous meeting's last one: 1 again when the meeting's
     * numbering year (by the rule of the meeting's date) is not the previous meeting's.
     */
    public static int next(Body body, int previousLast, LocalDate previousMeeting, LocalDate meeting) {
        return sameNumberingYear(body, previousMeeting, meeting) ? previousLast + 1 : FIRST;
    }

    /**
     * Whether the minutes of {@code other} are numbered in the same run as those of {@code meeting} (by the rule of
     * {@code meeting}'s date): always, when the numbers run on across years.
     */
    public static boolean sameNumberingYear(Body body, LocalDate other, LocalDate meeting) {
        Numbering numbering = numbering(body, meeting);
        return numbering.year(other) == numbering.year(meeting);
    }

    /**
     * The year a meeting's numbering year starts in (the same number for every meeting when the numbers run on),
     * which orders references of different numbering years: 001/23 comes after 089/22.
     */
    public static int numberingYear(Body body, LocalDate meeting) {
        return numbering(body, meeting).year(meeting);
    }

    /**
     * A clause of a minute's resolution, by position.
     *
     * @param clause the clause, from 1
     * @param subClause its sub-clause, from 1, or 0 for the clause itself
     */
    public record Clause(int clause, int subClause) {
    }

    /**
     * A reference to a resolution clause as minutes files, tracker files and trackers write it, in the clause
     * labels of the minutes' house style without their punctuation: "774 ii" and "687 iii a" (i. with a.),
     * "43 b" and "43 c i" (a) with i.), "12 2" (1. with a.); "764" for a minute without a clause.
     */
    public static String reference(String minute, String clause) {
        return clause == null || clause.isBlank() ? minute : minute + " " + clause.trim();
    }

    /** The clause part of a reference: "iii a" for the first sub-clause of the third clause (i. with a.). */
    public static String clauseReference(MinutesStyle.ClauseLabels labels, Clause clause) {
        String numeral = ClauseLabels.numeral(labels, 1, clause.clause());
        return clause.subClause() == 0 ? numeral : numeral + " " + ClauseLabels.numeral(labels, 2, clause.subClause());
    }

    /**
     * The clause a reference's clause part names in the given labels ("iii a", "c i"; the labels' own
     * punctuation, as in "c) i.", is allowed), or null when it is not written that way.
     */
    public static Clause clause(MinutesStyle.ClauseLabels labels, String written) {
        String[] parts = written.replaceAll("[.)]", " ").trim().split("\s+");
        if (parts.length > 2) {
            return null;
        }
        int clause = ClauseLabels.position(labels, 1, parts[0]);
        int subClause = parts.length == 2 ? ClauseLabels.position(labels, 2, parts[1]) : 0;
        return clause < 1 || subClause < 0 ? null : new Clause(clause, subClause);
    }

    /**
     * The order of references written by {@link #reference} (or by hand in a tracker file), in the given
     * clause labels: "774 ii" after "774 i" and before "775"; "43 b" after "43 a"; "089/22" before "100/22";
     * a blank reference last.
     */
    public static String referenceSortKey(String ref, MinutesStyle.ClauseLabels labels) {
        if (ref == null || ref.isBlank()) {
            return "~";
        }
        List<String> words = List.of(ref.trim().split("\\s+"));
        // the clause is the last word or two, in the labels; a number may hold a space ("JAC 24/16 ii")
        for (int clauseWords = Math.min(2, words.size() - 1); clauseWords > 0; clauseWords--) {
            Clause clause = clause(labels, String.join(" ", words.subList(words.size() - clauseWords, words.size())));
            if (clause != null) {
                return padded(String.join(" ", words.subList(0, words.size() - clauseWords)))
                        + " %02d %02d".formatted(clause.clause(), clause.subClause());
            }
        }
        return padded(String.join(" ", words));
    }

    /** Every run of digits padded, so that PCP/24/9 sorts before PCP/24/15 and 99 before 100. */
    private static String padded(String number) {
        return DIGITS.matcher(number).replaceAll(r -> "%08d".formatted(Long.parseLong(r.group())));
    }

    /**
     * A reference to a minute and, if it names one, a clause: its minute's number (written the body's way on the
     * meeting's date, which may hold a space: "JAC 24/16"), that number's running number, and the clause or null.
     */
    public record Reference(String minute, int sequence, String clause) {
    }

    /**
     * A reference read as the longest run of its words that is a minute number the body's way, followed by a clause in
     * the labels of the house style of the meeting's date, or null when it is not one.
     */
    public static Reference reference(Body body, String ref, LocalDate meeting) {
        List<String> words = List.of(ref.trim().split("\\s+"));
        MinutesStyle.ClauseLabels labels = body.style(meeting).minutes().clauseLabels();
        Pattern numbers = numbering(body, meeting).pattern(meeting);
        for (int end = words.size(); end > 0; end--) {
            String minute = String.join(" ", words.subList(0, end));
            String clause = end == words.size() ? null : String.join(" ", words.subList(end, words.size()));
            int sequence = sequence(numbers, minute);
            if (sequence >= 0 && (clause == null || clause(labels, clause) != null)) {
                return new Reference(minute, sequence, clause);
            }
        }
        return null;
    }

    /**
     * The first and last running numbers of a meeting's minutes, or null when there are none or a number is
     * not written the body's way (reported by the minutes checks).
     */
    public static int[] range(Body body, Minutes minutes) {
        if (minutes.items().isEmpty() || minutes.meeting() == null) {
            return null;
        }
        int first = sequence(body, minutes.items().get(0).number(), minutes.meeting());
        int last = sequence(body, minutes.items().get(minutes.items().size() - 1).number(), minutes.meeting());
        return first < 0 || last < 0 ? null : new int[] {first, last};
    }
}
