package org.packpress.ingest.agenda;

import org.packpress.common.DateLanguages;
import org.packpress.common.FieldPaths;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.packpress.ingest.Problems;
import org.packpress.render.text.TextBlocks;
import org.packpress.model.Body.BodyKind;
import org.packpress.model.ItemNumbers;
import org.packpress.model.minutes.MinuteNumbers;
import org.packpress.model.style.HouseStyle;
import org.packpress.model.style.PaperLanguage;
import org.packpress.model.style.ReportProfile;
import org.packpress.model.style.TrackerStyle;
import org.packpress.model.style.Typography;

/** The checks of a house style that its schema cannot make: patterns, templates and statuses. */
final class StyleChecks {

    private StyleChecks() {
    }

    /** What separates run-on members: blank, it would run them together. */
    private static void separator(String separator, String field, String file, Problems problems) {
        if (separator.isBlank()) {
            problems.add(file, field, "'" + separator + "' would run the members together; give one such as ', ' or '; '");
        }
    }

    static void check(HouseStyle style, BodyKind kind, String at, String file, Problems problems) {
        pattern(style.tracker().meetingDateFormat(), at + ".tracker.meetingDateFormat", file, problems, true);
        pattern(style.tracker().dueDateFormat(), at + ".tracker.dueDateFormat", file, problems, true);
        pattern(style.minutes().closingTimeFormat(), at + ".minutes.closingTimeFormat", file, problems, false);
        mustName(style.minutes().closingLine(), "{time}", at + ".minutes.closingLine", file, problems);
        mustName(style.frontSheet().itemLabel(), "{number}", at + ".frontSheet.itemLabel", file, problems);
        String subItems = ItemNumbers.formProblem(style.frontSheet().subItemNumber());
        if (subItems != null) {
            problems.add(file, at + ".frontSheet.subItemNumber", subItems);
        }
        pattern(style.frontSheet().timeFormat(), at + ".frontSheet.timeFormat", file, problems, false);
        mustName(style.frontSheet().dateTimeLine(), "{date}", at + ".frontSheet.dateTimeLine", file, problems);
        mustName(style.frontSheet().contactLine(), "{name}", at + ".frontSheet.contactLine", file, problems);
        mustName(style.frontSheet().membership().memberLine(), "{name}", at + ".frontSheet.membership.memberLine",
                file, problems);
        mustName(style.standalone().pageNumbers(), "{page}", at + ".standalone.pageNumbers", file, problems);
        mustName(style.pack().pageNumbers(), "{page}", at + ".pack.pageNumbers", file, problems);
        mustName(style.pack().outlineEntry(), "{title}", at + ".pack.outlineEntry", file, problems);
        String form = style.minutes().numberForm();
        if (form != null && MinuteNumbers.formProblem(form) != null) {
            problems.add(file, at + ".minutes.numberForm", MinuteNumbers.formProblem(form));
        }
        String numbering = style.minutes().numberingYearStarts();
        if (numbering != null && MinuteNumbers.problem(kind, form, numbering) != null) {
            problems.add(file, at + ".minutes.numberingYearStarts", MinuteNumbers.problem(kind, form, numbering));
        }
        separator(style.minutes().membersSeparator(), at + ".minutes.membersSeparator", file, problems);
        separator(style.frontSheet().membership().separator(), at + ".frontSheet.membership.separator", file, problems);
        if (style.minutes().leadingRoles().isEmpty()) {
            problems.add(file, at + ".minutes.leadingRoles", "must name at least the chair's role");
        }
        statuses(style.tracker().statuses(), at + ".tracker.statuses", file, problems);
        typography(style.typography(), at + ".typography", file, problems);
        language(style.language(), at + ".language", file, problems);
        blockLanguages(style.textBlocks(), at + ".textBlocks", file, problems);
        style.reportProfiles().forEach((originator, profile) ->
                headerBlock(profile.headerBlock(), at + ".reportProfiles." + originator + ".headerBlock", file, problems));
        headerBlock(style.defaultReportProfile().headerBlock(), at + ".defaultReportProfile.headerBlock", file, problems);
    }

    /**
     * The title once, at most one line before it and six after it (the layout's slots around the title), no line
     * twice.
     */
    private static void headerBlock(List<ReportProfile.HeaderField> lines, String at, String file, Problems problems) {
        int title = lines.indexOf(ReportProfile.HeaderField.TITLE);
        if (title < 0) {
            problems.add(file, at, "must name title");
        } else if (title > 1) {
            problems.add(file, at, "puts " + title + " lines before title; at most one may come before it");
        } else if (lines.size() - title - 1 > ReportProfile.LINES_AFTER_TITLE) {
            problems.add(file, at, "puts " + (lines.size() - title - 1) + " lines after title; at most "
                    + ReportProfile.LINES_AFTER_TITLE + " may come after it");
        }
        if (new HashSet<>(lines).size() < lines.size()) {
            problems.add(file, at, "names a line twice");
        }
    }

    /**
     * A well-formed BCP 47 tag of a language whose names of days and months Java knows (its region, if any, a real
     * one), and twelve short months that are all different.
     */
    private static void language(PaperLanguage language, String at, String file, Problems problems) {
        String problem = DateLanguages.problem(language.tag());
        if (problem != null) {
            problems.add(file, at, "'" + language.tag() + "' " + problem);
        }
        List<String> months = language.shortMonths();
        if (months != null && (months.size() != 12 || new HashSet<>(months).size() != 12
                || months.stream().anyMatch(String::isBlank))) {
            problems.add(file, at + ".shortMonths", "give the twelve short month names from January, each different"
                    + " and none empty, not " + months);
        }
    }

    /** A text block that asks for a date in a language ({@code {{date:cy}}}) names one whose dates PackPress can word. */
    static void blockLanguages(Map<String, String> blocks, String at, String file, Problems problems) {
        blocks.forEach((key, text) -> TextBlocks.languagesAskedFor(text).stream().distinct().forEach(tag -> {
            String problem = DateLanguages.problem(tag);
            if (problem != null) {
                problems.add(file, at + "." + key, "'" + tag + "' " + problem);
            }
        }));
    }

    /** The fixed layouts' narrowest columns hold their words up to these sizes (the front sheet's "Approximate"). */
    private static final double LARGEST_BASE = 14;
    private static final double LARGEST_SMALL = 10;

    /** An embedded family, sizes a page can hold, four heading levels, and small text no larger than the base. */
    private static void typography(Typography typography, String at, String file, Problems problems) {
        if (!Typography.FAMILIES.contains(typography.fontFamily())) {
            problems.add(file, at + ".fontFamily", "'" + typography.fontFamily() + "' is not an embedded font family"
                    + " (expected one of: " + String.join(", ", Typography.FAMILIES) + ")");
        }
        size(typography.baseSize(), LARGEST_BASE, at + ".baseSize", file, problems);
        size(typography.smallSize(), LARGEST_SMALL, at + ".smallSize", file, problems);
        if (typography.smallSize() > typography.baseSize()) {
            problems.add(file, at + ".smallSize", typography.smallSize() + " is larger than baseSize ("
                    + typography.baseSize() + ")");
        }
        if (typography.headingSizes().size() != Typography.HEADING_LEVELS) {
            problems.add(file, at + ".headingSizes", "give " + Typography.HEADING_LEVELS + " sizes (the front sheet's"
                    + " title, a paper's title, its sections, their sub-sections), not " + typography.headingSizes().size());
        }
        for (int i = 0; i < typography.headingSizes().size(); i++) {
            size(typography.headingSizes().get(i), 36, at + ".headingSizes[" + (i + 1) + "]", file, problems);
        }
    }

    private static void size(Double points, double largest, String field, String file, Problems problems) {
        if (points == null || points < 6 || points > largest) {
            problems.add(file, field, points + " is not a size from 6 to " + (int) largest + " points");
        }
    }

    /**
     * A date or time pattern that Java understands; a numeric month, and the day of a date whose month is a number,
     * must be zero-padded ("5 Feb 2024" may be written d MMM yyyy, not 5/2/24).
     */
    private static void pattern(String pattern, String field, String file, Problems problems, boolean date) {
        try {
            DateTimeFormatter.ofPattern(pattern).format(date ? LocalDate.of(2024, 1, 15)
                    : LocalTime.of(18, 5));
        } catch (IllegalArgumentException e) {
            problems.add(file, field, "'" + pattern + "' is not a date or time pattern: " + e.getMessage());
            return;
        } catch (DateTimeException e) {
            problems.add(file, field, "'" + pattern + "' is not a " + (date ? "date" : "time") + " pattern: "
                    + e.getMessage());
            return;
        }
        String letters = pattern.replaceAll("'[^']*'", "");
        boolean numericMonth = !letters.matches(".*[ML]{3}.*");
        if (date && (numericMonth && letters.matches(".*(?<!d)d(?!d).*") || letters.matches(".*(?<!M)M(?!M).*"))) {
            problems.add(file, field, "'" + pattern + "' has a one-letter day or month: write dd and MM, so that"
                    + " numeric dates are zero-padded (07/10/24)");
        }
    }

    /** A template names its value (the closing line its {time}), or it would print the same words every time. */
    private static void mustName(String template, String name, String field, String file, Problems problems) {
        if (!template.contains(name)) {
            problems.add(file, field, "'" + template + "' must contain " + name);
        }
    }

    private static void statuses(List<TrackerStyle.Status> statuses, String at, String file, Problems problems) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < statuses.size(); i++) {
            TrackerStyle.Status status = statuses.get(i);
            String field = FieldPaths.entry(at, i);
            if (status.id() == null || status.id().isBlank()) {
                problems.add(file, field + ".id", "is required");
            } else if (!ids.add(status.id())) {
                problems.add(file, field + ".id", "'" + status.id() + "' is used by another status");
            }
            if (status.label() == null || status.label().isBlank()) {
                problems.add(file, field + ".label", "is required");
            } else if (status.needsMeeting() != status.label().contains("{date}")) {
                problems.add(file, field + ".label", status.needsMeeting()
                        ? "a status that needs a meeting must print its date: add {date}"
                        : "{date} needs needsMeeting: true");
            }
        }
    }
}
