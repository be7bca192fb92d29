package org.packpress.model.minutes;

import org.packpress.model.Limit;
import org.packpress.model.TextLimit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A body's work programme for a municipal year: items by meeting date and the menu of options for
 * future consideration. Aims and information are Markdown.
 *
 * @param year "2023/24"
 */
public record WorkProgramme(@Limit(TextLimit.CODE) String year, List<Item> items, List<Option> menu) {

    public WorkProgramme {
        items = Minutes.copy(items);
        menu = Minutes.copy(menu);
    }

    /**
     * A topic programmed for a date.
     *
     * @param occasion what the date is when not a meeting of the body ("Member Visit", "Conference",
     *     "Budget Sub Group"), or null
     * @param place where, when it is not the usual venue, or null
     * @param statutory prints "This is a statutory duty." first in the additional information
     * @param standing prints "(Standing Item)" after the topic
     * @param provisional prints "Provisional meeting date." first in the additional information
     */
    public record Item(LocalDate date, @Limit(TextLimit.LINE) String occasion, LocalTime time, @Limit(TextLimit.LONG_LINE) String place,
            @Limit(TextLimit.TITLE) String topic, String aims,
            String information, Boolean statutory, Boolean standing, Boolean provisional) {
    }

    public record Option(@Limit(TextLimit.TITLE) String topic, String aims, String information) {
    }
}
