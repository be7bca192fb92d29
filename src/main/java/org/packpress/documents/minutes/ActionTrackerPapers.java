package org.packpress.documents.minutes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.packpress.model.Body;
import org.packpress.model.minutes.TrackerProgress;
import org.packpress.common.DateStyles;
import org.packpress.common.Hashes;
import org.packpress.render.text.StyledText;
import org.packpress.render.text.TextBlocks;
import org.packpress.model.style.StandaloneStyle;
import org.packpress.model.style.TrackerStyle;
import org.packpress.model.style.Typography;
import org.packpress.render.DocumentInfo;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.jasper.TextWidths;
import org.packpress.render.jasper.WidenedColumn;
import org.packpress.render.pdf.PageFurniture;
import org.packpress.store.BodyRepository;
import org.packpress.store.minutes.MinutesRepository;
import org.springframework.stereotype.Service;

/** A body's action tracker on a date, as a PDF (for packs) and as an .xlsx workbook. */
@Service
public class ActionTrackerPapers {

    private static final String LAYOUT = "action-tracker";

    private final BodyRepository bodies;
    private final MinutesRepository minutes;
    private final JasperRenderer jasper;
    private final TextBlocks blocks;

    public ActionTrackerPapers(BodyRepository bodies, MinutesRepository minutes, JasperRenderer jasper,
            TextBlocks blocks) {
        this.bodies = bodies;
        this.minutes = minutes;
        this.jasper = jasper;
        this.blocks = blocks;
    }

    /**
     * The tracker's fixed words, the text blocks of the body in force on the tracker's date: its section headings,
     * the line of an empty section and the column headers (the layout's {@code LABELS}, the workbook's columns).
     */
    Map<String, String> labels(ActionTracker tracker, Body body) {
        List<String> names = new ArrayList<>(List.of("tracker-outstanding-heading", "tracker-completed-heading",
                "tracker-none"));
        names.addAll(ActionTrackerWorkbook.LABELS);
        return blocks.labels(body.asOn(tracker.asOf()), names);
    }

    public ActionTracker tracker(Body body, LocalDate asOf) {
        TrackerProgress progress = minutes.findPaperData(body.id(), MinutesRepository.ACTION_TRACKER,
                TrackerProgress.class).orElse(new TrackerProgress(List.of()));
        return ActionTracker.of(body, minutes.allMinutes(body.id()), progress, asOf);
    }

    public String dataHash(Body body, LocalDate asOf) {
        return Hashes.sha256(asOf + "|" + bodies.sourceHash(body.id()).orElse("") + "|"
                + minutes.sourceHashes(body.id()));
    }

    /**
     * Renders the tracker as a paper of a pack, opening with {@code appendixLine} ("Appendix A") unless it is null.
     *
     * @param confidential a paper of an exempt item: it carries the confidential security marking
     * @return the number of pages
     */
    public int renderPdf(ActionTracker tracker, Body body, String appendixLine, boolean confidential, Path target) {
        return renderPdf(tracker, body, null, appendixLine, confidential, null, target);
    }

    /**
     * Renders the tracker to be published on its own: with page numbers and an outline.
     *
     * @param dated the date it carries ({@link org.packpress.publish.Publisher.Dating})
     * @return the number of pages
     */
    public int renderStandalonePdf(ActionTracker tracker, Body body, OffsetDateTime dated, Path target) {
        return renderPdf(tracker, body, body.style(tracker.asOf()).standalone(), null, false, dated, target);
    }

    private int renderPdf(ActionTracker tracker, Body body, StandaloneStyle standalone, String appendixLine,
            boolean confidential, OffsetDateTime date, Path target) {
        Map<String, String> labels = labels(tracker, body);
        List<TrackerPdfRow> rows = new ArrayList<>();
        Body dated = body.asOn(tracker.asOf());
        section(rows, 1, labels.get("tracker-outstanding-heading"), tracker.outstanding(), dated, tracker, labels);
        if (!tracker.completed().isEmpty() || tracker.style().emptyCompleted()) {
            section(rows, 2, labels.get("tracker-completed-heading"), tracker.completed(), dated, tracker, labels);
        }
        Map<String, Object> parameters = new HashMap<>(Map.of("TITLE", tracker.title(), "LABELS", labels));
        parameters.put("APPENDIX_LINE", appendixLine);
        Typography typography = body.style(tracker.asOf()).typography();
        JasperReport layout = layout(tracker, typography, labels);
        JasperPrint print = jasper.fill(layout, typography, parameters, new JRBeanCollectionDataSource(rows));
        jasper.exportPdf(print, info(tracker, body).dated(date), PageFurniture.standalone(standalone)
                .marked(body.style(tracker.asOf()).securityMarking(confidential)), target);
        return print.getPages().size();
    }

    /**
     * The tracker's layout, its column of references as wide as the widest needs (a house style's minute numbers,
     * {@code OPCC/2022/090}, are wider than the layout's {@code 774 ii}), by what the Action column gives up. The
     * columns of owners and statuses take their room from the Action column, and that of due dates from the Update
     * column; each is left out, its room given back, unless the house style prints it, and then as wide as its longest
     * word needs ("Commissioner"; a due date whole), by what the Update column gives up; which gives up as much again
     * should the Action column, narrowed by them, be narrower than its longest word.
     */
    private JasperReport layout(ActionTracker tracker, Typography typography, Map<String, String> labels) {
        List<TrackerRow> rows = tracker.all();
        JasperDesign design = jasper.templates().design(LAYOUT);
        TrackerStyle style = tracker.style();
        Predicate<JRElement> action = WidenedColumn.printing("$F{action}");
        Predicate<JRElement> update = WidenedColumn.printing("$F{updates}");
        Column columns = new Column(design, typography, update);
        columns.print(style.ownerColumn(), "$F{owner}", action, labels.get("tracker-workbook-column-owner"),
                words(rows.stream().map(TrackerRow::owner)));
        columns.print(style.statusColumn(), "$F{status}", action, labels.get("tracker-workbook-column-status"),
                words(rows.stream().map(r -> r.statusWord(labels))));
        columns.print(style.dueColumn(), "$F{due}", update, labels.get("tracker-column-due"),
                rows.stream().map(tracker::dueDate).filter(Objects::nonNull).toList());
        WidenedColumn.widen(design, action, update, WidenedColumn.cellFor(Math.max(
                widest(typography, false, words(rows.stream().map(r -> StyledText.plain(StyledText.inline(r.action()))))),
                widest(typography, true, words(rows.stream().map(TrackerRow::title))))));
        WidenedColumn.widen(design, WidenedColumn.printing("$F{ref}"), action,
                WidenedColumn.cellFor(widest(typography, false, rows.stream().map(TrackerRow::ref).toList())));
        return jasper.templates().compiled(LAYOUT, design);
    }

    /** The tracker design's columns that the house style prints or leaves out, widened by what {@code donor} gives. */
    private record Column(JasperDesign design, Typography typography, Predicate<JRElement> donor) {

        /**
         * A column widened for its widest text or its header's widest word, when {@code printed}; else left out, its
         * room given to {@code taker}.
         */
        void print(boolean printed, String field, Predicate<JRElement> taker, String header, List<String> texts) {
            if (printed) {
                WidenedColumn.widen(design, WidenedColumn.printing(field), donor,
                        WidenedColumn.cellFor(Math.max(widest(typography, false, texts),
                                widest(typography, true, List.of(header.split("\\s+"))))));
            } else {
                WidenedColumn.remove(design, WidenedColumn.printing(field), taker);
            }
        }
    }

    private static List<String> words(Stream<String> texts) {
        return texts.filter(Objects::nonNull).flatMap(t -> List.of(t.split("\\s+")).stream()).toList();
    }

    private static double widest(Typography typography, boolean bold, List<String> texts) {
        return TextWidths.widest(typography.fontFamily(), bold, typography.smallSize(), texts);
    }

    /** @param dated the date it carries ({@link org.packpress.publish.Publisher.Dating}) */
    public void writeWorkbook(ActionTracker tracker, Body body, OffsetDateTime dated, Path target) {
        ActionTrackerWorkbook.write(tracker, labels(tracker, body), info(tracker, body).dated(dated), target);
    }

    private DocumentInfo info(ActionTracker tracker, Body body) {
        return new DocumentInfo(tracker.title(), body.name(),
                blocks.get(body.asOn(tracker.asOf()), "document-subject-action-tracker"))
                .inLanguage(body.style(tracker.asOf()).language().tag());
    }

    private void section(List<TrackerPdfRow> rows, int section, String title, List<TrackerRow> actions, Body dated,
            ActionTracker tracker, Map<String, String> labels) {
        if (actions.isEmpty()) {
            rows.add(new TrackerPdfRow(section, title, null, null, null, null));
        }
        boolean statusColumn = tracker.style().statusColumn();
        actions.forEach(a -> rows.add(new TrackerPdfRow(section, title, a, programmedFor(a, dated, tracker.dates()),
                tracker.dueDate(a), statusColumn ? a.statusWord(labels) : null)));
    }

    /** "Programmed for 15 January 2024" (the text block {@code tracker-programmed-for}), or null. */
    private String programmedFor(TrackerRow action, Body dated, DateStyles dates) {
        return action.programmedFor() == null ? null : blocks.get(dated, "tracker-programmed-for", Map.of(), dates,
                Map.of("date", d -> d.longDate(action.programmedFor())));
    }
}
