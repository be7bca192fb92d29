package org.packpress.documents.minutes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.packpress.model.minutes.KeyDecision;
import org.packpress.model.minutes.KeyDecisions;
import org.packpress.common.Hashes;
import org.packpress.render.DocumentInfo;
import org.packpress.render.jasper.JasperRenderer;
import org.packpress.render.pdf.PageFurniture;
import org.packpress.common.DateStyles;
import org.packpress.render.text.StyledText;
import org.packpress.store.MeetingRepository;
import org.packpress.store.minutes.MinutesRepository;
import org.springframework.stereotype.Component;

/**
 * Papers {@code generated: key-decisions}: the Commissioner's decisions published since the body's
 * last ordinary meeting (or {@code options: {since: yyyy-mm-dd}}) up to the meeting date, newest first,
 * each with the wording for confidential or public decisions from the text blocks.
 */
@Component
public class KeyDecisionsPaperProvider implements GeneratedPaperProvider {

    private final MinutesRepository store;
    private final MeetingRepository meetings;
    private final TextBlocks blocks;
    private final JasperRenderer jasper;

    public KeyDecisionsPaperProvider(MinutesRepository store, MeetingRepository meetings, TextBlocks blocks,
            JasperRenderer jasper) {
        this.store = store;
        this.meetings = meetings;
        this.blocks = blocks;
        this.jasper = jasper;
    }

    @Override
    public GeneratedPaperKind kind() {
        return GeneratedPaperKind.KEY_DECISIONS;
    }

    @Override
    public String dataHash(Body body, Meeting meeting, AgendaItem item, GeneratedSource source) {
        return Hashes.sha256(since(body, meeting, item, source) + "|" + store.paperDataHash(body.id(),
                MinutesRepository.KEY_DECISIONS).orElse(""));
    }

    @Override
    public int render(Body body, Meeting meeting, AgendaItem item, GeneratedSource source, Audience audience,
            String appendixLine, Path target) {
        Body dated = body.asOn(meeting.date());
        List<PaperRow> rows = rows(dated, meeting, since(body, meeting, item, source));
        String title = StyledText.plain(rows.get(0).getText());
        if (appendixLine != null) {
            rows.add(0, PaperRow.of(PaperRow.TITLE, StyledText.escape(appendixLine)));
        }
        JasperPrint print = jasper.fill("key-decisions", body.style(meeting.date()).typography(), Map.of(), new JRBeanCollectionDataSource(PaperRow.sectioned(rows)));
        String subject = blocks.get(dated, "document-subject-key-decisions");
        jasper.exportPdf(print, new DocumentInfo(title, body.name(), subject)
                .inLanguage(body.style(meeting.date()).language().tag()),
                PageFurniture.NONE.marked(body.style(meeting.date()).securityMarking(item.exempt())), target);
        return print.getPages().size();
    }

    /** The decisions after {@code since} up to the meeting, newest first. */
    List<PaperRow> rows(Body body, Meeting meeting, LocalDate since) {
        List<KeyDecision> decisions = store.findPaperData(body.id(), MinutesRepository.KEY_DECISIONS, KeyDecisions.class)
                .map(KeyDecisions::decisions).orElse(List.of()).stream()
                .filter(d -> d.date().isAfter(since) && !d.date().isAfter(meeting.date()))
                .sorted(Comparator.comparing(KeyDecision::date).thenComparing(KeyDecision::number).reversed())
                .toList();
        List<PaperRow> rows = new ArrayList<>();
        DateStyles dates = body.style(meeting.date()).dates();
        String period = dates.monthRange(YearMonth.from(since), YearMonth.from(meeting.date()));
        rows.add(PaperRow.of(PaperRow.TITLE, StyledText.escape(blocks.get(body, "key-decisions-title",
                Map.of("period", period)))));
        Map<String, Function<DateStyles, String>> sinceVars = Map.of("since", d -> d.longDate(since));
        rows.add(PaperRow.paragraph(StyledText.inline(blocks.get(body, "key-decisions-intro", Map.of(), dates,
                sinceVars)), 0));
        rows.add(PaperRow.paragraph(StyledText.inline(blocks.get(body, "key-decisions-further")), 0));
        if (decisions.isEmpty()) {
            rows.add(PaperRow.paragraph(StyledText.inline(blocks.get(body, "key-decisions-none", Map.of(), dates,
                    sinceVars)), 0));
        }
        for (KeyDecision d : decisions) {
            String name = blocks.get(body, "key-decision-name", Map.of("number", d.number(), "title", d.title()));
            String link = d.url() == null ? StyledText.escape(name) : StyledText.inline("[" + markdownLiteral(name)
                    + "](" + d.url() + ")");
            rows.add(PaperRow.of(PaperRow.HEADING, StyledText.escape(dates.longDate(d.date())) + "\u2003" + link));
            String key = Boolean.TRUE.equals(d.confidential()) ? "key-decision-confidential" : "key-decision-public";
            rows.add(PaperRow.paragraph(StyledText.inline(blocks.get(body, key, Map.of("number", d.number(),
                    "subject", markdownLiteral(d.subject()))).strip()), 0));
        }
        return rows;
    }

    /** The date of the last ordinary meeting before this one, unless the meeting file says otherwise. */
    private LocalDate since(Body body, Meeting meeting, AgendaItem item, GeneratedSource source) {
        LocalDate lastOrdinary = meetings.dates(body.id()).stream().filter(d -> d.isBefore(meeting.date()))
                .filter(d -> meetings.find(body.id(), d).map(m -> m.type() == Meeting.MeetingType.ORDINARY).orElse(false))
                .max(LocalDate::compareTo).orElse(meeting.date().minusMonths(2));
        return OptionDates.date(item, source, "since", lastOrdinary);
    }

    /** Text placed into Markdown so that it prints literally. */
    private static String markdownLiteral(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#!|])", "\\\\$1");
    }
}
