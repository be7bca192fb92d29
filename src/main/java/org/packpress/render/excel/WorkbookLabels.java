package org.packpress.render.excel;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.util.WorkbookUtil;
import org.packpress.common.DateStyles;
import org.packpress.model.performance.Completeness;
import org.packpress.model.performance.Direction;
import org.packpress.model.performance.Grade;
import org.packpress.model.performance.Inspection;
import org.packpress.model.performance.PeriodWording;
import org.packpress.model.performance.Rag;
import org.packpress.model.performance.Status;
import org.packpress.model.performance.Unit;
import org.packpress.render.DocumentInfo;
import org.packpress.render.text.OfficerTemplates;
import org.packpress.render.text.UnitWords;
import org.packpress.render.text.ValueWords;

/**
 * The KPI workbook's wording: sheet names, titles, column headings and fixed phrases, each the text block of
 * its key ({@code templates/blocks/default/kpi-*.md}, overridden per body like any other block), so that a body
 * words its workbook its own way. A block of column headings holds one heading per line.
 */
public final class WorkbookLabels {

    /** Every key the workbook prints, for {@code TextBlocks.labels}. */
    public static final List<String> KEYS = Stream.concat(Stream.of(
            "kpi-workbook-title",
            "kpi-workbook-subject",
            "kpi-sheet-contents",
            "kpi-sheet-summary",
            "kpi-sheet-inspections",
            "kpi-sheet-findings",
            "kpi-sheet-data-quality",
            "kpi-sheet-data",
            "kpi-contents-title",
            "kpi-contents-columns",
            "kpi-contents-summary",
            "kpi-contents-inspections",
            "kpi-contents-findings",
            "kpi-contents-data-quality",
            "kpi-contents-data",
            "kpi-indicator-title",
            "kpi-summary-title",
            "kpi-summary-title-year",
            "kpi-summary-columns",
            "kpi-status-not-recorded",
            "kpi-latest-flagged",
            "kpi-inspections-title",
            "kpi-inspections-columns",
            "kpi-inspection-published",
            "kpi-inspections-counts",
            "kpi-findings-title",
            "kpi-findings-columns",
            "kpi-findings-none",
            "kpi-data-quality-title",
            "kpi-data-quality-columns",
            "kpi-no-figures",
            "kpi-no-figures-reason",
            "kpi-data-columns",
            "kpi-data-completeness",
            "kpi-completeness-partial",
            "kpi-completeness-sample",
            "kpi-completeness-provisional",
            "kpi-completeness-forecast",
            "kpi-indicator-direction",
            "kpi-indicator-theme",
            "kpi-indicator-compared",
            "kpi-area",
            "kpi-change",
            "kpi-percent-change",
            "kpi-percentage-points",
            "kpi-difference",
            "kpi-rank-lowest",
            "kpi-rank-highest",
            "kpi-chart-columns",
            "kpi-chart-lines",
            "kpi-statuses",
            "kpi-directions",
            "kpi-grades",
            "kpi-rag",
            "kpi-finding-kinds"), Stream.concat(PeriodWording.KEYS.stream(), UnitWords.KEYS.stream())).toList();

    /** What COUNTIF reads as a pattern or a comparison rather than the word itself. */
    private static final Pattern CRITERION = Pattern.compile("[*?~]|^[<>=]");

    /**
     * The blocks that name sheets, in which Excel refuses some characters (: \\ / ? * [ ], an apostrophe at
     * either end).
     */
    private static final List<String> SHEET_NAMES = List.of(KpiWorkbookWriter.CONTENTS, KpiWorkbookWriter.SUMMARY,
            KpiWorkbookWriter.INSPECTIONS, KpiWorkbookWriter.FINDINGS, KpiWorkbookWriter.DATA_QUALITY,
            KpiWorkbookWriter.DATA);

    private final Map<String, String> labels;
    private final DateStyles dates;
    private final PeriodWording periods;
    private final UnitWords units;
    private final Map<Enum<?>, String> words = new HashMap<>();

    /** The wording of {@code labels}, its dates in British English. */
    public WorkbookLabels(Map<String, String> labels) {
        this(labels, DateStyles.UK);
    }

    /**
     * @param labels the text of every key in {@link #KEYS}
     * @param dates the wording of dates and months (inspections' dates, periods) in the house style's language
     */
    public WorkbookLabels(Map<String, String> labels, DateStyles dates) {
        List<String> missing = KEYS.stream().filter(k -> labels.get(k) == null).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The KPI workbook's wording lacks the text blocks " + missing);
        }
        this.labels = Map.copyOf(labels);
        this.dates = dates;
        this.periods = PeriodWording.of(dates, labels);
        this.units = UnitWords.of(labels);
        SHEET_NAMES.forEach(this::checkSheetName);
        // the words of each status, direction, grade and colour, which the formulas and conditional formats compare
        readWords(Status.class, "kpi-statuses");
        readWords(Direction.class, "kpi-directions");
        readWords(Grade.class, "kpi-grades");
        readWords(Rag.class, "kpi-rag");
        words.putAll(ValueWords.read("kpi-finding-kinds", get("kpi-finding-kinds"), Inspection.Finding.Kind.class));
    }

    /**
     * The words of one type's values. Excel compares text regardless of case, so two words that differ only in
     * case would be one value to the workbook's formulas.
     */
    private <E extends Enum<E>> void readWords(Class<E> type, String key) {
        Set<String> seen = new HashSet<>();
        ValueWords.read(key, get(key), type).forEach((value, word) -> {
            if (CRITERION.matcher(word).find() || !seen.add(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("The text block " + key + " names its values one a line, each once"
                        + " and without * ? ~ or a leading = < >, which the workbook's formulas compare; '" + word
                        + "' cannot be one");
            }
            words.put(value, word);
        });
    }

    private void checkSheetName(String key) {
        try {
            WorkbookUtil.validateSheetName(get(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The text block " + key + " names a sheet, which '" + get(key)
                    + "' cannot: " + e.getMessage(), e);
        }
    }

    String get(String key) {
        return labels.get(key);
    }

    /** Dates in the workbook's language: "15 January 2024". */
    DateStyles dates() {
        return dates;
    }

    /**
     * The workbook's word for a status, direction, grade, colour or kind of inspection finding ("Partly met",
     * "lower is better", "Red", "Cause of concern").
     */
    String word(Enum<?> value) {
        return words.get(value);
    }

    /** How a unit reads after a figure, in the workbook's words: "per 1,000", "days". */
    String unit(Unit unit) {
        return units.label(unit);
    }

    /** Periods in the workbook's language: "year ending September 2020", "Nov 2020". */
    PeriodWording periods() {
        return periods;
    }

    /**
     * The workbook's properties: its title ({@code kpi-workbook-title}, of the plan and the year) and subject
     * ({@code kpi-workbook-subject}), by {@code author}, dated.
     *
     * @param year the reporting year's label, or null
     */
    public DocumentInfo describe(String plan, String year, String author, OffsetDateTime dated) {
        String title = get("kpi-workbook-title", Map.of("plan", plan, "year", year == null ? "" : year)).strip();
        return new DocumentInfo(title, author, get("kpi-workbook-subject"), dated);
    }

    /** The block with its fields filled in: {@code {{name}}} by each value. */
    String get(String key, Map<String, String> values) {
        return OfficerTemplates.fill(get(key), values);
    }

    /** How a figure's completeness is worded ("partial data"); null for a figure from full data, which says nothing. */
    String completeness(Completeness completeness) {
        return completeness == Completeness.FULL ? null
                : get("kpi-completeness-" + completeness.name().toLowerCase(Locale.ROOT));
    }

    /** "partial data: statistics up to January 2021": the completeness in the workbook's words, with its note. */
    String flag(Completeness.Flag flag) {
        String note = flag.note();
        return completeness(flag.completeness()) + (note == null || note.isBlank() ? "" : ": " + note);
    }

    /**
     * A block of column headings, one per line.
     *
     * @throws IllegalStateException when the block does not have one line per column
     */
    String[] columns(String key, int count) {
        String[] lines = get(key).strip().split("\\R");
        if (lines.length != count) {
            throw new IllegalStateException("The text block " + key + " must have " + count + " lines, one heading per"
                    + " column; it has " + lines.length);
        }
        return lines;
    }
}
