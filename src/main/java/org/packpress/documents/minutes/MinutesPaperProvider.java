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
        LocalDate date = minutesDate(item, source);
        return papers.render(body, date, audience, held(meeting, item, date), item.exempt(), target);
    }

    /**
     * Which of the minutes of {@code date} an item's paper holds. An agenda that confirms them in two items, the
     * public minutes in Part 1 and the exempt minutes in Part 2, gives each item its own part; else the item holds
     * them all that its audience may see.
     */
    static MinutesPapers.Held held(Meeting meeting, AgendaItem item, LocalDate date) {
        boolean inPublic = false;
        boolean inPrivate = false;
        for (AgendaItem other : meeting.agenda()) {
            if (holdsMinutesOf(other, date)) {
                inPublic |= !other.exempt();
                inPrivate |= other.exempt();
            }
        }
        if (!(inPublic && inPrivate)) {
            return MinutesPapers.Held.ALL;
        }
        return item.exempt() ? MinutesPapers.Held.EXEMPT : MinutesPapers.Held.PUBLIC;
    }

    private static boolean holdsMinutesOf(AgendaItem item, LocalDate date) {
        return item.papers().stream().anyMatch(d -> d.source() instanceof GeneratedSource g
                && g.kind() == GeneratedPaperKind.MINUTES && date.toString().equals(g.options().get(MEETING_OPTION)));
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
