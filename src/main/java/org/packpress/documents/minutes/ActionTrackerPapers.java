package org.packpress.documents.minutes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.packpress.model.Body;
import org.packpress.model.minutes.TrackerProgress;
import org.packpress.common.Hashes;
import org.packpress.model.style.StandaloneStyle;
import org.packpress.render.DocumentInfo;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.pdf.PageFurniture;
import org.packpress.store.BodyRepository;
import org.packpress.store.minutes.MinutesRepository;
import org.springframework.stereotype.Service;

/** A body's action tracker on a date, as a PDF (for packs) and as an .xlsx workbook. */
@Service
public class ActionTrackerPapers {

    private final BodyRepository bodies;
    private final MinutesRepository minutes;
    private final JasperRenderer jasper;

    public ActionTrackerPapers(BodyRepository bodies, MinutesRepository minutes, JasperRenderer jasper) {
        this.bodies = bodies;
        this.minutes = minutes;
        this.jasper = jasper;
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

    /** Renders the tracker as a paper of a pack. @return the number of pages */
    public int renderPdf(ActionTracker tracker, Body body, Path target) {
        return renderPdf(tracker, body, null, target);
    }

    /** Renders the tracker to be published on its own: with page numbers and an outline. @return the number of pages */
    public int renderStandalonePdf(ActionTracker tracker, Body body, Path target) {
        return renderPdf(tracker, body, body.style(tracker.asOf()).standalone(), target);
    }

    private int renderPdf(ActionTracker tracker, Body body, StandaloneStyle standalone, Path target) {
        List<TrackerPdfRow> rows = new ArrayList<>();
        section(rows, 1, "1. Outstanding Actions", tracker.outstanding());
        if (!tracker.completed().isEmpty() || tracker.style().emptyCompleted()) {
            section(rows, 2, "2. Completed Actions", tracker.completed());
        }
        JasperPrint print = jasper.fill("action-tracker", body.style(tracker.asOf()).typography(), Map.of("TITLE", tracker.title(),
                "EMPTY_NOTE", "None."), new JRBeanCollectionDataSource(rows));
        DocumentInfo info = new DocumentInfo(tracker.title(), body.name(), "Action tracker");
        jasper.exportPdf(print, info, PageFurniture.standalone(standalone), target);
        return print.getPages().size();
    }

    public void writeWorkbook(ActionTracker tracker, Path target) {
        ActionTrackerWorkbook.write(tracker, target);
    }

    private static void section(List<TrackerPdfRow> rows, int section, String title, List<TrackerRow> actions) {
        if (actions.isEmpty()) {
            rows.add(new TrackerPdfRow(section, title, null));
        }
        actions.forEach(a -> rows.add(new TrackerPdfRow(section, title, a)));
    }
}
