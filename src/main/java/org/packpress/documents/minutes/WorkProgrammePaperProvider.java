package org.packpress.documents.minutes;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.packpress.model.GeneratedPaperKind;
import org.packpress.model.Audience;
import org.packpress.documents.GeneratedPaperProvider;
import org.packpress.render.text.TextBlocks;
import org.packpress.model.AgendaDocument.GeneratedSource;
import org.packpress.model.AgendaItem;
import org.packpress.model.Body;
import org.packpress.model.Meeting;
import org.packpress.model.minutes.WorkProgramme;
import org.packpress.common.BuildFailedException;
import org.packpress.common.Hashes;
import org.packpress.render.DocumentInfo;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.pdf.PageFurniture;
import org.packpress.common.DateStyles;
import org.packpress.model.style.HouseStyle;
import org.packpress.render.text.StyledText;
import org.packpress.store.minutes.MinutesRepository;
import org.springframework.stereotype.Component;

/**
 * Papers {@code generated: work-programme}: the body's work programme table and menu of options, as
 * the edition of the meeting's month (or {@code options: {edition: yyyy-mm}}).
 */
@Component
public class WorkProgrammePaperProvider implements GeneratedPaperProvider {

    private final MinutesRepository store;
    /** The layout's fixed headings: the menu's heading and the two tables' column headers. */
    static final List<String> LAYOUT_LABELS = List.of("work-programme-menu-heading", "work-programme-column-date",
            "work-programme-column-topic", "work-programme-column-aims", "work-programme-column-information",
            "work-programme-menu-column-topic", "work-programme-menu-column-aims", "work-programme-menu-column-information");

    private final TextBlocks blocks;
    private final JasperRenderer jasper;

    public WorkProgrammePaperProvider(MinutesRepository store, TextBlocks blocks, JasperRenderer jasper) {
        this.store = store;
        this.blocks = blocks;
        this.jasper = jasper;
    }

    @Override
    public GeneratedPaperKind kind() {
        return GeneratedPaperKind.WORK_PROGRAMME;
    }

    @Override
    public String dataHash(Body body, Meeting meeting, AgendaItem item, GeneratedSource source) {
        return Hashes.sha256(edition(meeting, item, source) + "|"
                + store.paperDataHash(body.id(), MinutesRepository.WORK_PROGRAMME).orElse(""));
    }

    @Override
    public int render(Body body, Meeting meeting, AgendaItem item, GeneratedSource source, Audience audience,
            String appendixLine, Path target) {
        Body dated = body.asOn(meeting.date());
        HouseStyle style = body.style(meeting.date());
        WorkProgramme programme = store.findPaperData(body.id(), MinutesRepository.WORK_PROGRAMME, WorkProgramme.class)
                .orElseThrow(() -> new BuildFailedException("item " + item.number() + ": " + body.id()
                        + " has no work programme (import work-programme.yaml)"));
        YearMonth edition = edition(meeting, item, source);
        String title = blocks.get(dated, "work-programme-title", Map.of("year", programme.year()), style.dates(),
                Map.of("month", d -> d.monthYear(edition)));
        Map<String, Object> parameters = new HashMap<>(Map.of("TITLE", title,
                "MENU_INTRODUCTION", StyledText.inline(blocks.get(dated, "work-programme-menu-intro"))));
        parameters.put("APPENDIX_LINE", appendixLine);
        parameters.put("LABELS", blocks.labels(dated, LAYOUT_LABELS));
        JasperPrint print = jasper.fill("work-programme", style.typography(), parameters,
                new JRBeanCollectionDataSource(rows(dated, programme, style.dates())));
        String subject = blocks.get(dated, "document-subject-work-programme");
        jasper.exportPdf(print, new DocumentInfo(title, body.name(), subject).inLanguage(style.language().tag()),
                PageFurniture.NONE.marked(style.securityMarking(item.exempt())), target);
        return print.getPages().size();
    }

    List<WorkProgrammeRow> rows(Body body, WorkProgramme programme, DateStyles dates) {
        List<WorkProgrammeRow> rows = new ArrayList<>();
        for (WorkProgramme.Item item : programme.items()) {
            List<String> when = new ArrayList<>();
            when.add(StyledText.escape(dates.longDate(item.date())));
            if (item.occasion() != null) {
                when.add(StyledText.escape(item.occasion()));
            }
            if (item.time() != null) {
                when.add(StyledText.escape(dates.twelveHourTime(item.time())));
            }
            if (item.place() != null) {
                when.add(StyledText.inline(item.place()));
            }
            String topic = StyledText.inline(item.topic()) + (Boolean.TRUE.equals(item.standing())
                    ? " " + StyledText.inline(blocks.get(body, "work-programme-standing")) : "");
            List<String> information = new ArrayList<>();
            if (Boolean.TRUE.equals(item.statutory())) {
                information.add(StyledText.inline(blocks.get(body, "work-programme-statutory")));
            }
            if (Boolean.TRUE.equals(item.provisional())) {
                information.add(StyledText.inline(blocks.get(body, "work-programme-provisional")));
            }
            if (item.information() != null) {
                information.add(StyledText.inline(item.information()));
            }
            rows.add(new WorkProgrammeRow(1, String.join("<br/>", when), topic, StyledText.inline(item.aims()),
                    String.join("<br/>", information)));
        }
        for (WorkProgramme.Option option : programme.menu()) {
            rows.add(new WorkProgrammeRow(2, null, StyledText.inline(option.topic()), StyledText.inline(option.aims()),
                    StyledText.inline(option.information())));
        }
        return rows;
    }

    private static YearMonth edition(Meeting meeting, AgendaItem item, GeneratedSource source) {
        return OptionDates.month(item, source, "edition", YearMonth.from(meeting.date()));
    }
}
