package org.packpress.model.minutes;

import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import java.time.LocalDate;
import java.util.List;

/**
 * One minute: its number ("764", or "077/22" for a Board), title, the agenda item it belongs to, the
 * record of the discussion in Markdown, a resolution and the actions arising.
 *
 * @param standard {@code apologies} or {@code declarations}: the text starts with the sentence built
 *     from the attendance or declarations data; null for other items
 * @param group a heading printed before this item (Board notes: "Police and Crime Plan"), or null
 * @param exempt the Schedule 12A paragraphs when the item was held in private, else empty
 * @param confirms the date of an earlier meeting whose minutes this item confirmed, or null
 * @param proceduralNotes arrivals, departures and the like, printed in italics where each note or the
 *     house style says
 * @param vote a recorded vote taken on the item, or null
 */
public record MinuteItem(@Limit(TextLimit.CODE) String number, @Limit(TextLimit.TITLE) String title,
        @Limit(TextLimit.ITEM_NUMBER) String agendaItem, String standard, String group,
        List<Integer> exempt, String text, Resolution resolution, List<MinuteAction> actions, LocalDate confirms,
        List<ProceduralNote> proceduralNotes, RecordedVote vote) {

    public MinuteItem {
        actions = Minutes.copy(actions);
        exempt = Minutes.copy(exempt);
        proceduralNotes = Minutes.copy(proceduralNotes);
    }
}
