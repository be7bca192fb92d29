package org.packpress.documents.minutes;

import java.nio.file.Path;
import org.packpress.model.GeneratedPaperKind;
import org.packpress.model.Audience;
import org.packpress.documents.GeneratedPaperProvider;
import org.packpress.model.AgendaDocument.GeneratedSource;
import org.packpress.model.AgendaItem;
import org.packpress.model.Body;
import org.packpress.model.Meeting;
import org.springframework.stereotype.Component;

/**
 * Papers {@code generated: action-tracker}: the body's action tracker as it stood on the meeting date,
 * or on {@code options: {asOf: yyyy-mm-dd}}.
 */
@Component
public class ActionTrackerPaperProvider implements GeneratedPaperProvider {

    private final ActionTrackerPapers papers;

    public ActionTrackerPaperProvider(ActionTrackerPapers papers) {
        this.papers = papers;
    }

    @Override
    public GeneratedPaperKind kind() {
        return GeneratedPaperKind.ACTION_TRACKER;
    }

    @Override
    public String dataHash(Body body, Meeting meeting, AgendaItem item, GeneratedSource source) {
        return papers.dataHash(body, OptionDates.date(item, source, "asOf", meeting.date()));
    }

    @Override
    public int render(Body body, Meeting meeting, AgendaItem item, GeneratedSource source, Audience audience,
            String appendixLine, Path target) {
        return papers.renderPdf(papers.tracker(body, OptionDates.date(item, source, "asOf", meeting.date())), body,
                appendixLine, item.exempt(), target);
    }
}
