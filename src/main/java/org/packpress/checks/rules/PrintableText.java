package org.packpress.checks.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.packpress.checks.CheckRule;
import org.packpress.checks.Documents;
import org.packpress.checks.Subject;
import org.packpress.common.FieldPaths;
import org.packpress.model.AuthoredReport;
import org.packpress.model.Body;
import org.packpress.model.Finding.Severity;
import org.packpress.model.Meeting;
import org.packpress.model.minutes.Minutes;
import org.packpress.model.style.HouseStyle;
import org.packpress.render.jasper.FontCoverage;
import org.springframework.stereotype.Component;

/**
 * Every text of the papers (a meeting's agenda, its reports, minutes, the tracker, an annual-report review and the
 * performance files' words it prints, the body's own names and text blocks) can be printed in the font family of the house style in force: a character the family has no glyph for
 * (an emoji, a script it does not cover) would be left out of the PDF without a trace.
 */
@Component
public class PrintableText extends CheckRule {

    /** How much of the text on either side of the character a finding shows. */
    private static final int AROUND = 20;

    public PrintableText() {
        super("text.font-coverage", Severity.ERROR, "Every character of a paper must be one its font can print: the"
                + " PDF would leave out a character the house style's font family has no glyph for (an emoji, a"
                + " script the family does not cover), and no reader would know. Write it another way (in words),"
                + " or choose a font family that has it.");
    }

    @Override
    public void check(Subject subject, Sink findings) {
        Body body = subject.body();
        for (Meeting meeting : subject.meetings()) {
            walk(meeting, "", family(body, meeting.date()), (field, message) ->
                    findings.add(Documents.agenda(meeting), null, field, message));
        }
        Reports.of(subject).forEach(report -> checkReport(report, family(body, report.meeting().date()), findings));
        for (Minutes minutes : subject.minutes()) {
            walk(minutes, "", family(body, minutes.meeting()), (field, message) ->
                    findings.add(Documents.minutes(minutes.meeting()), null, field, message));
        }
        subject.reviews().forEach(review -> checkReview(review, family(body, review.paper().meetingDate()), findings));
        for (String family : families(body)) {
            subject.tracker().ifPresent(tracker -> walk(tracker, "", family,
                    (field, message) -> findings.add(Documents.TRACKER, null, field, message)));
            walk(body, "", family, (field, message) -> findings.add("body " + body.id(), null, field, message));
        }
    }

    /** A report's text line by line, naming the line; then its other fields. */
    private static void checkReport(Reports.Report report, String family, Sink findings) {
        String markdown = report.report().markdown();
        int start = 0;
        for (String line : markdown.split("\n", -1)) {
            String problem = problem(line, family);
            if (problem != null) {
                findings.add(report.document(), report.lineOf(start), null, problem);
            }
            start += line.length() + 1;
        }
        walk(report.report(), "", family, (field, message) -> findings.add(report.document(), null, field, message));
    }

    /** A review's paper, and the words it prints from the performance files (its figures are numbers). */
    private static void checkReview(Subject.Review review, String family, Sink findings) {
        Found found = (field, message) -> findings.add(review.document(), null, field, message);
        walk(review.paper(), "", family, found);
        walk(review.data().plan(), "plan", family, found);
        walk(review.data().statuses(), "statuses", family, found);
        walk(review.data().inspections(), "inspections", family, found);
    }

    private interface Found {
        void add(String field, String message);
    }

    /** The font family of the house style in force on a paper's date. */
    private static String family(Body body, LocalDate date) {
        return family(body.style(date));
    }

    private static String family(HouseStyle style) {
        return style.typography().fontFamily();
    }

    /** The font families of every house style of the body, the default's included. */
    private static Set<String> families(Body body) {
        Set<String> families = new TreeSet<>();
        families.add(family(HouseStyle.DEFAULT));
        body.styles().forEach(style -> families.add(family(style)));
        return families;
    }

    /** Every text inside {@code value}; a report inside a meeting is checked on its own, naming its lines. */
    private static void walk(Object value, String path, String family, Found found) {
        if (value instanceof AuthoredReport && !path.isEmpty()) {
            return;
        }
        if (value instanceof String text) {
            String problem = problem(text, family);
            if (problem != null) {
                found.add(path, problem);
            }
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, FieldPaths.entry(path, index++), family, found);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, join(path, String.valueOf(key)), family, found));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (!(value instanceof AuthoredReport && component.getName().equals("markdown"))) {
                    walk(read(component, value), join(path, component.getName()), family, found);
                }
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * "'📊' (U+1F4CA BAR CHART) in '…report 📊 to the…' is not in the font DejaVu Sans: the PDF would leave it out",
     * or null when the font prints every character of the text.
     */
    private static String problem(String text, String family) {
        List<Integer> missing = FontCoverage.missing(family, text);
        if (missing.isEmpty()) {
            return null;
        }
        String characters = missing.stream().map(c -> String.format(Locale.ROOT, "'%s' (U+%04X%s)",
                Character.toString(c), c, Character.getName(c) == null ? "" : " " + Character.getName(c)))
                .collect(Collectors.joining(", "));
        int at = text.indexOf(Character.toString(missing.get(0)));
        int from = Math.max(0, at - AROUND);
        int to = Math.min(text.length(), at + AROUND);
        from -= from > 0 && Character.isLowSurrogate(text.charAt(from)) ? 1 : 0;
        to += to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? 1 : 0;
        String around = (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ")
                + (to < text.length() ? "…" : "");
        String fonts = family.equals(FontCoverage.FALLBACK) ? "the font " + family
                : "the fonts " + family + " and " + FontCoverage.FALLBACK;
        return characters + " in '" + around + "' " + (missing.size() == 1 ? "is" : "are") + " not in " + fonts
                + ": the PDF would leave " + (missing.size() == 1 ? "it" : "them") + " out";
    }
}
