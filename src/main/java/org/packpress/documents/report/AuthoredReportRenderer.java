package org.packpress.documents.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.engine.JRGroup;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.packpress.model.AuthoredReport;
import org.packpress.model.AuthoredReport.ParagraphNumbering;
import org.packpress.common.BuildFailedException;
import org.packpress.render.DocumentInfo;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.pdf.PageFurniture;
import org.packpress.render.text.Block;
import org.packpress.common.DateStyles;
import org.packpress.model.style.ReportProfile;
import org.packpress.render.text.OfficerTemplates;
import org.packpress.model.style.Typography;
import org.packpress.render.jasper.TextWidths;
import org.packpress.render.text.MarkdownBlocks;
import org.packpress.render.text.StyledText;
import org.springframework.stereotype.Component;

/**
 * Typesets an officer's {@link AuthoredReport} as a PDF with {@code reports/authored-report.jrxml}.
 *
 * <p>Besides the Markdown body, a report prints what its front matter asks for, as numbered sections
 * in the order of the Panel's cover reports: the recommendations (in bold) after the first section,
 * and the body's standard implications sections (finance, legal, equalities …) before the closing
 * sections (appendices, background papers, contact officers) or, without those, at the end.
 */
@Component
public class AuthoredReportRenderer {

    static final String LAYOUT = "authored-report";
    /**
     * The text blocks of the labels a report prints, which a body may word its own way: the header block's
     * ("Report of:"), the recommendations' heading and the implications' ({@code {{subject}}} is the
     * implications' name: "Finance"), and how the sections that close a report begin ("Appendices",
     * "Background papers", one a line), before which the implications go; and the subject a viewer shows.
     */
    public static final List<String> LABEL_KEYS = List.of("report-header-report-to", "report-header-item", "report-header-date",
            "report-header-report-of", "report-header-author", "report-header-authors", "report-header-email",
            "report-header-telephone", "report-recommendation-heading", "report-recommendations-heading",
            "report-implications-heading", "report-closing-sections", "caption-labels", "document-subject-report");
    /** Width of the text column: A4 less 56pt margins each side. */
    static final int TEXT_WIDTH = 483;
    /** Leaves room on a page for the running header and a two-line caption. */
    static final int LARGEST_IMAGE_HEIGHT = 620;
    private static final int NUMBERED_BODY_INDENT = 2;
    private static final int DEEPEST_INDENT = 7;
    /** A paragraph after a heading moves to the next page with it up to this length; a longer one splits. */
    private static final int KEPT_PARAGRAPH_LINES = 4;
    /** The level of the style a section heading is set in (reports/authored-report.jrxml: Heading3). */
    private static final int SECTION_HEADING_LEVEL = 3;
    /** A line of text, as a multiple of its size; and the space a heading or paragraph band adds to its lines. */
    private static final double LINE_HEIGHT = 1.35;
    private static final int BLOCK_SPACE = 12;
    /** Where a table starts in its band (reports/authored-report.jrxml). */
    private static final int TABLE_TOP = 2;

    private final JasperRenderer jasper;
    private final TableLayouts tables;

    public AuthoredReportRenderer(JasperRenderer jasper) {
        this.jasper = jasper;
        this.tables = new TableLayouts(jasper.templates());
    }

    /**
     * Writes the report as a PDF to {@code target} (atomically: a failure leaves no file) and returns
     * its number of pages.
     *
     * @throws BuildFailedException when an image or an implications block the report needs is missing
     */
    public int render(AuthoredReport report, ReportContext context, Path target) {
        JasperPrint print = fill(report, context);
        jasper.exportPdf(print,
                new DocumentInfo(report.title(), context.bodyName(), context.label("document-subject-report"))
                        .inLanguage(context.language().tag()),
                PageFurniture.runningHeader(runningHeader(report, context)).marked(context.securityMarking()), target);
        return print.getPages().size();
    }

    /** The filled report, for callers that export it themselves. */
    public JasperPrint fill(AuthoredReport report, ReportContext context) {
        List<Block> blocks = blocks(report, context);
        List<ReportRow> rows = rows(blocks, report, context);
        return jasper.fill(LAYOUT, context.typography(), parameters(report, context), new JRBeanCollectionDataSource(rows));
    }

    /** The report's blocks as printed: body, recommendations and implications, numbered. */
    public List<Block> blocks(AuthoredReport report, ReportContext context) {
        List<Block> blocks = new ArrayList<>(MarkdownBlocks.read(report.markdown(), context.lines("caption-labels")));
        insertRecommendations(blocks, report.recommendations(), context);
        insertImplications(blocks, report, context);
        return MarkdownBlocks.number(blocks, numbering(report), context.profile().numberedHeadings());
    }

    private static ParagraphNumbering numbering(AuthoredReport report) {
        return report.numbering() == null ? ParagraphNumbering.NONE : report.numbering();
    }

    private static void insertRecommendations(List<Block> blocks, List<String> recommendations, ReportContext context) {
        if (recommendations.isEmpty()) {
            return;
        }
        List<Block> section = new ArrayList<>();
        section.add(sectionHeading(context.label(recommendations.size() == 1
                ? "report-recommendation-heading" : "report-recommendations-heading")));
        for (String recommendation : recommendations) {
            section.add(new Block.Paragraph(null, StyledText.inline(recommendation), true));
        }
        int secondSection = nthSection(blocks, 2);
        int at = secondSection >= 0 ? secondSection : firstClosingSection(blocks, context);
        blocks.addAll(at, section);
    }

    private static void insertImplications(List<Block> blocks, AuthoredReport report, ReportContext context) {
        List<Block> sections = new ArrayList<>();
        for (String key : report.implications()) {
            String markdown = context.implicationsText(key);
            if (markdown == null) {
                throw new BuildFailedException("report \"" + report.title() + "\": implications: "
                        + context.bodyName() + " has no text block \"implications-" + key + "\"");
            }
            sections.add(sectionHeading(implicationsHeading(key, context)));
            sections.addAll(MarkdownBlocks.read(markdown, context.lines("caption-labels")));
        }
        blocks.addAll(firstClosingSection(blocks, context), sections);
    }

    private static Block.Heading sectionHeading(String title) {
        return new Block.Heading(2, null, StyledText.escape(title));
    }

    /** "finance" → "Finance Implications" (in the default wording). */
    private static String implicationsHeading(String key, ReportContext context) {
        String words = key.replace('-', ' ').replace('_', ' ').strip();
        String subject = words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
        return OfficerTemplates.fill(context.label("report-implications-heading"), Map.of("subject", subject));
    }

    private static int nthSection(List<Block> blocks, int n) {
        int seen = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.isSection() && ++seen == n) {
                return i;
            }
        }
        return -1;
    }

    private static int firstClosingSection(List<Block> blocks, ReportContext context) {
        List<String> starts = context.lines("report-closing-sections").stream()
                .map(line -> line.toLowerCase(Locale.UK)).toList();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.isSection()
                    && startsWithAny(StyledText.plain(h.text()).strip().toLowerCase(Locale.UK), starts)) {
                return i;
            }
        }
        return blocks.size();
    }

    /** "appendix 1 – data" starts with "appendix"; "appendixes" does not. */
    private static boolean startsWithAny(String heading, List<String> starts) {
        return starts.stream().anyMatch(start -> heading.startsWith(start)
                && (heading.length() == start.length() || !Character.isLetterOrDigit(heading.charAt(start.length()))));
    }

    private List<ReportRow> rows(List<Block> blocks, AuthoredReport report, ReportContext context) {
        int body = numbering(report) == ParagraphNumbering.NONE ? 0 : NUMBERED_BODY_INDENT;
        Map<Integer, TableLayouts.Filled> tables = tables(blocks, context);
        JRGroup[] layoutGroups = jasper.templates().get(LAYOUT).getGroups(); // read once: each get checks the file
        int spacers = Arrays.stream(layoutGroups).mapToInt(JRGroup::getMinDetailsToStartFromTop).max().orElse(0);
        TableBreaks breaks = tableBreaks(blocks, tables, body, context, tableStartRoom(layoutGroups));
        List<ReportRow> rows = new ArrayList<>();
        int group = 0;
        int keep = 0;
        int chain = 0;
        int tableStart = 0;
        addSpacers(rows, spacers, group, keep, chain, tableStart);
        Block previous = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Heading || block instanceof Block.Table && !(previous instanceof Block.Heading)) {
                group++;
            }
            ReportRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (block instanceof Block.Caption caption && last != null && last.takesCaption()) {
                last.setCaption(caption.text(), body);
                continue;
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (startsKeep(previous, block, next, body, context)) {
                keep++;
            }
            if (block instanceof Block.Heading && next instanceof Block.Heading && !(previous instanceof Block.Heading)) {
                chain++;
            }
            if (breaks.leads().contains(i)) {
                tableStart++;
            }
            ReportRow row = block instanceof Block.Table
                    ? ReportRow.table(group, tables.get(i), !breaks.splitting().contains(i))
                    : row(block, group, body, report, context);
            row.setKeep(keep, chain, tableStart);
            if (breaks.splitting().contains(i)) {
                addSpacers(rows, spacers, group, keep, chain, tableStart);
            }
            rows.add(row);
            previous = block;
        }
        return rows;
    }

    /** As many empty rows as the layout holds back to keep a heading or lead-in with what follows it. */
    private static void addSpacers(List<ReportRow> rows, int count, int group, int keep, int chain, int tableStart) {
        for (int spacer = 0; spacer < count; spacer++) {
            rows.add(ReportRow.spacer(group, keep, chain, tableStart));
        }
    }

    /** Each table's layout and data, by its place among the blocks (which numbers it among the report's tables). */
    private Map<Integer, TableLayouts.Filled> tables(List<Block> blocks, ReportContext context) {
        Map<Integer, TableLayouts.Filled> filled = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Table table) {
                filled.put(i, tables.fill(table, i, TEXT_WIDTH, context.typography()));
            }
        }
        return filled;
    }

    /**
     * Which tables may split across pages (by their place among the blocks), and where the headings and lead-in
     * that lead into each begin.
     */
    private record TableBreaks(Set<Integer> splitting, Set<Integer> leads) {
    }

    /**
     * A table taller than {@value TableLayouts#KEPT_TABLE_HEIGHT}pt may split across pages, starting on the page of what comes
     * before it, when its lead (the headings and lead-in right before it, which stay with it) with its header row
     * and first rows fits in the room the layout asks for before such a lead; a shorter table, or one whose first
     * rows are too tall for that, is kept on one page (unless it is taller than a page), moving to the next page
     * with its lead if need be.
     */
    private static TableBreaks tableBreaks(List<Block> blocks, Map<Integer, TableLayouts.Filled> tables, int body,
            ReportContext context, int tableStartRoom) {
        Set<Integer> splitting = new HashSet<>();
        Set<Integer> leads = new HashSet<>();
        for (Map.Entry<Integer, TableLayouts.Filled> entry : tables.entrySet()) {
            int table = entry.getKey();
            if (entry.getValue().keptWhole()) {
                continue;
            }
            int lead = table;
            double leadHeight = 0;
            while (lead > 0 && leadsInto(blocks.get(lead - 1))) {
                lead--;
                leadHeight += printedHeight(blocks.get(lead), body, context);
            }
            if (lead == table || leadHeight + TABLE_TOP + entry.getValue().headHeight() <= tableStartRoom) {
                splitting.add(table);
                if (lead < table) {
                    leads.add(lead);
                }
            }
        }
        return new TableBreaks(splitting, leads);
    }

    private static boolean leadsInto(Block block) {
        return block instanceof Block.Heading || block instanceof Block.Paragraph paragraph && leadIn(paragraph);
    }

    /** About how tall a heading or paragraph is printed, in points. */
    private static double printedHeight(Block block, int indent, ReportContext context) {
        Typography typography = context.typography();
        boolean heading = block instanceof Block.Heading;
        double size = block instanceof Block.Heading h && h.isSection() ? typography.headingSize(SECTION_HEADING_LEVEL)
                : typography.baseSize();
        String text = heading ? ((Block.Heading) block).text() : ((Block.Paragraph) block).text();
        return BLOCK_SPACE + lines(text, indent, size, heading, context) * LINE_HEIGHT * size;
    }

    /**
     * The room the layout asks for before what leads into a table that may split (its group TableStart): a new
     * page starts there when less is left.
     */
    private static int tableStartRoom(JRGroup[] layoutGroups) {
        return Arrays.stream(layoutGroups).filter(g -> g.getName().equals("TableStart")).findFirst()
                .orElseThrow(() -> new IllegalStateException("reports/" + LAYOUT + ".jrxml has no group TableStart"))
                .getMinHeightToStartNewPage();
    }

    /**
     * Whether a block starts rows that must not end a page on their own, which the layout keeps on the page of
     * the row after them: a heading, unless a paragraph too long to move follows it (the layout leaves room for
     * a heading and the first lines of a paragraph, which then splits); and a lead-in ("… as follows:") that
     * does not follow a heading.
     */
    private static boolean startsKeep(Block previous, Block block, Block next, int body, ReportContext context) {
        if (block instanceof Block.Heading) {
            return !(next instanceof Block.Paragraph paragraph) || leadIn(paragraph)
                    || lines(paragraph.text(), body, context) <= KEPT_PARAGRAPH_LINES;
        }
        return block instanceof Block.Paragraph paragraph && leadIn(paragraph) && !(previous instanceof Block.Heading);
    }

    /** About how many lines a paragraph takes in the report's typography. */
    private static int lines(String text, int indent, ReportContext context) {
        return lines(text, indent, context.typography().baseSize(), false, context);
    }

    private static int lines(String text, int indent, double size, boolean bold, ReportContext context) {
        double width = TextWidths.width(context.typography().fontFamily(), bold, size, StyledText.plain(text));
        return Math.max(1, (int) Math.ceil(width / (TEXT_WIDTH - 20 * indent)));
    }

    private static boolean leadIn(Block.Paragraph paragraph) {
        return StyledText.plain(paragraph.text()).strip().endsWith(":");
    }

    private ReportRow row(Block block, int group, int body, AuthoredReport report, ReportContext context) {
        if (block instanceof Block.Heading h) {
            String kind = h.isSection() ? ReportRow.SECTION : ReportRow.SUBHEADING;
            return ReportRow.text(kind, group, h.number(), h.text(), body).inLanguage(h.language());
        }
        if (block instanceof Block.Paragraph p) {
            String text = p.strong() ? StyledText.bold(p.text()) : p.text();
            return ReportRow.text(ReportRow.PARAGRAPH, group, p.number(), text, body).inLanguage(p.language());
        }
        if (block instanceof Block.ListItem item) {
            int markerIndent = Math.min(Math.max(body, 1) + item.depth() - 1, DEEPEST_INDENT - 1);
            return ReportRow.item(group, item.marker(), markerIndent, item.text()).inLanguage(item.language());
        }
        if (block instanceof Block.Quote quote) {
            return ReportRow.text(ReportRow.QUOTE, group, null, quote.text(), body + 1).inLanguage(quote.language());
        }
        if (block instanceof Block.Preformatted code) {
            return ReportRow.text(ReportRow.CODE, group, null, code.text(), body);
        }
        if (block instanceof Block.Caption caption) {
            return ReportRow.text(ReportRow.CAPTION, group, null, caption.text(), body);
        }
        Block.Image image = (Block.Image) block;
        return ReportRow.image(group, fitted(image, imageBytes(image, report, context), report),
                image.decorative() ? null : image.description());
    }

    private static FittedImage fitted(Block.Image image, byte[] bytes, AuthoredReport report) {
        try {
            return FittedImage.of(bytes, TEXT_WIDTH, LARGEST_IMAGE_HEIGHT);
        } catch (IllegalArgumentException e) {
            throw new BuildFailedException("report \"" + report.title() + "\": image " + image.path() + ": " + e.getMessage());
        }
    }

    private static byte[] imageBytes(Block.Image image, AuthoredReport report, ReportContext context) {
        AuthoredReport.ReportImage stored = report.images().stream()
                .filter(candidate -> candidate.path().equals(image.path()))
                .findFirst()
                .orElseThrow(() -> new BuildFailedException("report \"" + report.title() + "\": image "
                        + image.path() + ": not among the report's imported images"));
        byte[] bytes = context.images().apply(stored.sha256());
        if (bytes == null || bytes.length == 0) {
            throw new BuildFailedException("report \"" + report.title() + "\": image " + image.path()
                    + ": no stored content with SHA-256 " + stored.sha256());
        }
        return bytes;
    }

    /** Lines of the header block after the title: the layout has a slot for each, in order. */
    static final int HEADER_LINES_AFTER_TITLE = ReportProfile.LINES_AFTER_TITLE;

    private static Map<String, Object> parameters(AuthoredReport report, ReportContext context) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("APPENDIX_LINE", context.appendixLine());
        parameters.put("TITLE", report.title());
        List<ReportProfile.HeaderField> fields = context.profile().headerBlock();
        int title = fields.indexOf(ReportProfile.HeaderField.TITLE);
        parameters.put("LINE_BEFORE_TITLE", title > 0 ? headerLine(fields.get(0), report, context) : null);
        for (int slot = 1; slot <= HEADER_LINES_AFTER_TITLE; slot++) {
            int at = title + slot;
            parameters.put("LINE_" + slot, at < fields.size() ? headerLine(fields.get(at), report, context) : null);
        }
        parameters.put("RUNNING_HEADER", runningHeader(report, context));
        return parameters;
    }

    /**
     * A line of the header block as styled text, or null when the report has nothing for it (its slot then
     * closes up, leaving the space between lines).
     */
    private static String headerLine(ReportProfile.HeaderField field, AuthoredReport report, ReportContext context) {
        return switch (field) {
            case REPORT_TO -> line(context, "report-header-report-to", context.bodyName());
            case ITEM -> line(context, "report-header-item", context.itemNumber());
            case TITLE -> null;
            case DATE -> report.date() == null ? null
                    : StyledText.escape(context.label("report-header-date") + " ") + date(report, context.profile(), context.language().dates());
            case REPORT_OF -> line(context, "report-header-report-of", report.reportOf());
            case AUTHORS -> line(context, report.authors().size() > 1 ? "report-header-authors" : "report-header-author",
                    report.authorLine());
            case EMAIL -> line(context, "report-header-email", report.email());
            case TELEPHONE -> line(context, "report-header-telephone", report.telephone());
        };
    }

    /**
     * The line at the top of every page after the first, or null: the layout leaves its band free, and the
     * render layer stamps it there as a pagination artifact, so that screen readers do not read it on every page.
     */
    private static String runningHeader(AuthoredReport report, ReportContext context) {
        return blankToNull(report.runningHeader() != null ? report.runningHeader()
                : context.profile().runningHeader().replace("{title}", report.title()));
    }

    /** The header block's date in the profile's style, as styled text: "20 January 2025", "Monday January 20<sup>th</sup> 2025". */
    private static String date(AuthoredReport report, ReportProfile profile, DateStyles dates) {
        return switch (profile.dateStyle()) {
            case LONG -> StyledText.escape(dates.longDate(report.date()));
            case WEEKDAY_MONTH_ORDINAL -> dates.weekdayMonthOrdinal(report.date(), suffix -> "<sup>" + suffix + "</sup>");
        };
    }

    /** "Report of: " and the value; null without a value. */
    private static String line(ReportContext context, String labelKey, String value) {
        String text = blankToNull(value);
        return text == null ? null : StyledText.escape(context.label(labelKey) + " " + text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
