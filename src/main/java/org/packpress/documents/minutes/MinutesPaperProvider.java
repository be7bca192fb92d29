package org.packpress.documents.minutes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.packpress.model.GeneratedPaperKind;
import org.packpress.model.Audience;
import org.packpress.documents.GeneratedPaperProvider;
import org.packpress.model.AgendaDocument.GeneratedSource;
import org.packpress.model.AgendaItem;
import org.packpress.model.Body;
import org.packpress.model.Meeting;
import org.packpress.common.BuildFailedException;
import org.springframework.stereotype.Component;

/**
 * Papers {@code generated: minutes} with {@code options: {meeting: yyyy-mm-dd}}: the minutes of that
 * earlier meeting, for the agenda item that confirms them. The public pack never carries exempt items.
 */
@Component
public class MinutesPaperProvider implements GeneratedPaperProvider {

    public static final String MEETING_OPTION = "meeting";

    private final MinutesPapers papers;

    public MinutesPaperProvider(MinutesPapers papers) {
        this.papers = papers;
    }

    @Override
    public GeneratedPaperKind kind() {
        return GeneratedPaperKind.MINUTES;
    }

    @Override
    public String dataHash(Body body, Meeting meeting, AgendaItem item, GeneratedSource source) {
        return papers.dataHash(body, minutesDate(item, source));
    }

    @Override
    public int render(Body body, Meeting meeting, AgendaItem item, GeneratedSource source, Audience audience,
            String appendixLine, Path target) {
        return papers.render(body, minutesDate(item, source), audience, item.exempt(), target);
    }

    static LocalDate minutesDate(AgendaItem item, GeneratedSource source) {
        String written = source.options().get(MEETING_OPTION);
        if (written == null) {
            throw new BuildFailedException("item " + item.number() + ": generated minutes need options: {meeting: yyyy-mm-dd}");
        }
        try {
            return LocalDate.parse(written);
        } catch (DateTimeParseException e) {
            throw new BuildFailedException("item " + item.number() + ": options.meeting '" + written
                    + "' is not a date (yyyy-mm-dd)");
        }
    }
}
