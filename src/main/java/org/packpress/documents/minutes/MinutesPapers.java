package org.packpress.documents.minutes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.packpress.model.Audience;
import org.packpress.render.text.TextBlocks;
import org.packpress.model.Body;
import org.packpress.model.Meeting;
import org.packpress.model.minutes.Minutes;
import org.packpress.common.BuildFailedException;
import org.packpress.common.Hashes;
import org.packpress.documents.report.TableLayouts;
import org.packpress.model.style.StandaloneStyle;
import org.packpress.render.DocumentInfo;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.jasper.WidenedColumn;
import org.packpress.render.pdf.PageFurniture;
import org.packpress.store.BodyRepository;
import org.packpress.store.MeetingRepository;
import org.packpress.store.minutes.MinutesRepository;
import org.springframework.stereotype.Service;

/** Renders a meeting's minutes from the store, in its body's house style. */
@Service
public class MinutesPapers {
    private final BodyRepository bodies;
    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final TextBlocks blocks;
    private final JasperRenderer jasper;
    private final TableLayouts tables;

    public MinutesPapers(BodyRepository bodies, MeetingRepository meetings, MinutesRepository minutes,
            TextBlocks blocks, JasperRenderer jasper) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.minutes = minutes;
        this.blocks = blocks;
        this.jasper = jasper;
        this.tables = new TableLayouts(jasper.templates());
    }

    /** The minutes of a meeting, ready to render. */
    public MinutesDocument document(Body body, LocalDate date) {
        Minutes recorded = minutes.findMinutes(body.id(), date).orElseThrow(() -> new BuildFailedException(
                "there are no minutes of " + body.id() + " for " + date + " (import minutes/" + date + ".yaml)"));
        Meeting meeting = meetings.find(body.id(), date).orElseThrow(() -> new BuildFailedException(
                "there is no meeting of " + body.id() + " on " + date));
        return new MinutesDocument(body, meeting, recorded, minutes.confirmation(body.id(), date).orElse(null), blocks,
                tables);
    }

    /** A hash of everything the minutes of {@code date} are made from. */
    public String dataHash(Body body, LocalDate date) {
        return Hashes.sha256(String.join("|", bodies.sourceHash(body.id()).orElse(""),
                meetings.sourceHash(body.id(), date).orElse(""), minutes.minutesHash(body.id(), date).orElse(""),
                minutes.confirmation(body.id(), date).map(Object::toString).orElse("draft")));
    }

    /** Which of a meeting's minutes an agenda item's paper holds. */
    public enum Held {
        /** the public minutes, followed for the confidential audience by the confidential minutes of the exempt items */
        ALL,
        /** the public minutes alone: an exempt item of the same agenda holds the confidential ones */
        PUBLIC,
        /** the confidential minutes alone (Part 2's "exempt minutes"), or the public ones when there are none */
        EXEMPT
    }

    /**
     * Renders the minutes for an audience, all that it may see.
     *
     * @param exemptItem a paper of an exempt item: it carries the confidential security marking whatever it holds
     * @return the number of pages
     */
    public int render(Body body, LocalDate date, Audience audience, boolean exemptItem, Path target) {
        return render(body, date, audience, Held.ALL, exemptItem, target);
    }

    /**
     * Renders the minutes for an audience, as an agenda item's paper.
     *
     * @param held which of the minutes the item holds
     * @param exemptItem a paper of an exempt item: it carries the confidential security marking whatever it holds
     * @return the number of pages
     */
    public int render(Body body, LocalDate date, Audience audience, Held held, boolean exemptItem, Path target) {
        MinutesDocument document = document(body, date);
        boolean confidential = audience == Audience.CONFIDENTIAL && document.hasExemptItems() && held != Held.PUBLIC;
        List<PaperRow> rows = new ArrayList<>();
        if (!(confidential && held == Held.EXEMPT)) {
            rows.addAll(document.rows(false));
        }
        if (confidential) {
            rows.addAll(document.rows(true));
        }
        Audience titled = confidential ? Audience.CONFIDENTIAL : Audience.PUBLIC;
        return export(body, document, rows, document.title(titled), confidential || exemptItem, null, null, target);
    }

    /**
     * Renders the public minutes to be published on their own: with page numbers and an outline of the minutes.
     *
     * @param dated the date they carry ({@link org.packpress.publish.Publisher.Dating})
     */
    public int renderStandalone(Body body, LocalDate date, OffsetDateTime dated, Path target) {
        MinutesDocument document = document(body, date);
        return export(body, document, document.rows(false), document.title(Audience.PUBLIC), false,
                body.style(date).standalone(), dated, target);
    }

    /**
     * Renders only the confidential minutes (the exempt items), to be published on their own; call when
     * {@link MinutesDocument#hasExemptItems()}.
     */
    public int renderConfidential(Body body, LocalDate date, OffsetDateTime dated, Path target) {
        MinutesDocument document = document(body, date);
        return export(body, document, document.rows(true), document.title(Audience.CONFIDENTIAL), true,
                body.style(date).standalone(), dated, target);
    }

    /**
     * The minutes' layout, its column of minute numbers as wide as the numbers need (a house style's
     * {@code PCP/24/15} is wider than the layout's 756).
     */
    private JasperReport layout(MinutesDocument document) {
        return WidenedColumn.layout(jasper.templates(), document.layout(), WidenedColumn.printing("$F{ref}"),
                document.numberColumnWidth());
    }

    /**
     * @param confidential whether they carry the confidential security marking: minutes that hold their exempt items,
     *     and minutes that are a paper of an exempt item
     * @param standalone the page numbers of minutes published on their own; null for a pack's paper
     * @param dated the date minutes published on their own carry; null for a pack's paper
     */
    private int export(Body body, MinutesDocument document, List<PaperRow> rows, String title, boolean confidential,
            StandaloneStyle standalone, OffsetDateTime dated, Path target) {
        JasperPrint print = jasper.fill(layout(document), document.typography(), Map.of(),
                new JRBeanCollectionDataSource(PaperRow.sectioned(rows)));
        DocumentInfo info = new DocumentInfo(title, body.name(), document.subject(), dated)
                .inLanguage(document.language());
        jasper.exportPdf(print, info, PageFurniture.standalone(standalone)
                .marked(document.securityMarking(confidential)), target);
        return print.getPages().size();
    }
}
