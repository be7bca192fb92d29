package org.packpress.documents.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
    /** Width of the text column: A4 less 56pt margins each side. */
    static final int TEXT_WIDTH = 483;
    /** Leaves room on a page for the running header and a two-line caption. */
    static final int LARGEST_IMAGE_HEIGHT = 620;
    private static final int NUMBERED_BODY_INDENT = 2;
    private static final int DEEPEST_INDENT = 7;
    private static final Pattern CLOSING_SECTION = Pattern.compile(
            "^(list of )?appendi(x|ces)\\b.*|^background papers?\\b.*|^contact officers?\\b.*", Pattern.CASE_INSENSITIVE);

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
        jasper.exportPdf(print, new DocumentInfo(report.title(), context.bodyName(), "Report"),
                PageFurniture.runningHeader(runningHeader(report, context)), target);
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
        List<Block> blocks = new ArrayList<>(MarkdownBlocks.read(report.markdown()));
        insertRecommendations(blocks, report.recommendations());
        insertImplications(blocks, report, context);
        return MarkdownBlocks.number(blocks, numbering(report));
    }

    private static ParagraphNumbering numbering(AuthoredReport report) {
        return report.numbering() == null ? ParagraphNumbering.NONE : report.numbering();
    }

    private static void insertRecommendations(List<Block> blocks, List<String> recommendations) {
        if (recommendations.isEmpty()) {
            return;
        }
        List<Block> section = new ArrayList<>();
        section.add(sectionHeading(recommendations.size() == 1 ? "Recommendation" : "Recommendations"));
        for (String recommendation : recommendations) {
            section.add(new Block.Paragraph(null, StyledText.inline(recommendation), true));
        }
        int secondSection = nthSection(blocks, 2);
        int at = secondSection >= 0 ? secondSection : firstClosingSection(blocks);
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
            sections.add(sectionHeading(implicationsHeading(key)));
            sections.addAll(MarkdownBlocks.read(markdown));
        }
        blocks.addAll(firstClosingSection(blocks), sections);
    }

    private static Block.Heading sectionHeading(String title) {
        return new Block.Heading(2, null, StyledText.escape(title));
    }

    /** "finance" → "Finance Implications". */
    static String implicationsHeading(String key) {
        String words = key.replace('-', ' ').replace('_', ' ').strip();
        return words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1) + " Implications";
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

    private static int firstClosingSection(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.isSection()
                    && CLOSING_SECTION.matcher(StyledText.plain(h.text()).strip()).matches()) {
                return i;
            }
        }
        return blocks.size();
    }

    private List<ReportRow> rows(List<Block> blocks, AuthoredReport report, ReportContext context) {
        int body = numbering(report) == ParagraphNumbering.NONE ? 0 : NUMBERED_BODY_INDENT;
        List<ReportRow> rows = new ArrayList<>();
        int group = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Heading || block instanceof Block.Table) {
                group++;
            }
            ReportRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (block instanceof Block.Caption caption && last != null && last.takesCaption()) {
                last.setCaption(caption.text(), body);
            } else {
                rows.add(row(block, group, body, report, context));
            }
        }
        return rows;
    }

    private ReportRow row(Block block, int group, int body, AuthoredReport report, ReportContext context) {
        if (block instanceof Block.Heading h) {
            String kind = h.isSection() ? ReportRow.SECTION : ReportRow.SUBHEADING;
            return ReportRow.text(kind, group, h.number(), h.text(), body);
        }
        if (block instanceof Block.Paragraph p) {
            String text = p.strong() ? StyledText.bold(p.text()) : p.text();
            return ReportRow.text(ReportRow.PARAGRAPH, group, p.number(), text, body);
        }
        if (block instanceof Block.ListItem item) {
            int markerIndent = Math.min(Math.max(body, 1) + item.depth() - 1, DEEPEST_INDENT - 1);
            return ReportRow.item(group, item.marker(), markerIndent, item.text());
        }
        if (block instanceof Block.Quote quote) {
            return ReportRow.text(ReportRow.QUOTE, group, null, quote.text(), body + 1);
        }
        if (block instanceof Block.Preformatted code) {
            return ReportRow.text(ReportRow.CODE, group, null, code.text(), body);
        }
        if (block instanceof Block.Caption caption) {
            return ReportRow.text(ReportRow.CAPTION, group, null, caption.text(), body);
        }
        if (block instanceof Block.Image image) {
            return ReportRow.image(group, fitted(image, imageBytes(image, report, context), report),
                    image.decorative() ? null : image.description());
        }
        return ReportRow.table(group, tables.fill((Block.Table) block, TEXT_WIDTH, context.typography()));
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

    private static Map<String, Object> parameters(AuthoredReport report, ReportContext context) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("APPENDIX_LINE", context.appendixLabel() == null ? null : "Appendix " + context.appendixLabel());
        parameters.put("TITLE", report.title());
        parameters.put("DATE_LINE", report.date() == null ? null : "Date: " + date(report, context.profile()));
        parameters.put("REPORT_OF_LINE", line("Report of: ", report.reportOf()));
        parameters.put("AUTHOR_LINE", line(authorLabel(report.author()), report.author()));
        parameters.put("EMAIL_LINE", line("Email: ", report.email()));
        parameters.put("RUNNING_HEADER", runningHeader(report, context));
        return parameters;
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
    private static String date(AuthoredReport report, ReportProfile profile) {
        return switch (profile.dateStyle()) {
            case LONG -> StyledText.escape(DateStyles.longDate(report.date()));
            case WEEKDAY_MONTH_ORDINAL -> DateStyles.weekdayMonthOrdinal(report.date(), suffix -> "<sup>" + suffix + "</sup>");
        };
    }

    /**
     * "Report authors:" when the names (before any job title) list several people, as in "Esther
     * Whittock and Jody Clark"; "Report author:" for "Sarah Fradgley, Overview and Scrutiny Manager, …".
     */
    static String authorLabel(String author) {
        if (author == null) {
            return "Report author: ";
        }
        String names = author.split(",", 2)[0];
        return names.contains(" and ") || names.contains(" & ") ? "Report authors: " : "Report author: ";
    }

    private static String line(String label, String value) {
        String text = blankToNull(value);
        return text == null ? null : label + text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
