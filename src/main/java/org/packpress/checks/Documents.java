package org.packpress.checks;

import java.time.LocalDate;
import org.packpress.common.DateStyles;
import org.packpress.model.AgendaItem;
import org.packpress.model.Body;
import org.packpress.model.ItemNumbers;
import org.packpress.model.Meeting;
import org.packpress.model.minutes.WorkProgramme;

/** How findings name the documents they are in, one wording for every rule. */
public final class Documents {

    public static final String TRACKER = "action tracker";

    private Documents() {
    }

    public static String minutes(LocalDate meeting) {
        return "minutes of " + DateStyles.UK.longDate(meeting);
    }

    public static String agenda(Meeting meeting) {
        return "agenda of " + DateStyles.UK.longDate(meeting.date());
    }

    /** "item 7a paper 'Title' (15 January 2024)", the item's number in the body's form on the meeting's date. */
    public static String paper(Body body, Meeting meeting, AgendaItem item, String title) {
        return item(body, meeting, item) + " paper '" + title + "' (" + DateStyles.UK.longDate(meeting.date()) + ")";
    }

    public static String workProgramme(WorkProgramme programme) {
        return "work programme " + programme.year();
    }

    /** "item 7a", or "item 7.1" in the body's form on the meeting's date. */
    public static String item(Body body, Meeting meeting, AgendaItem item) {
        return ItemNumbers.of(body, meeting.date()).reference(item.number());
    }

    public static String minute(String number) {
        return "minute " + number;
    }

    public static String action(String ref, int row) {
        return ref == null || ref.isBlank() ? "row " + row : "action " + ref.trim();
    }

    public static String workProgrammeRow(WorkProgramme.Item item, int row) {
        return "row " + row + " (" + (item.date() == null ? "no date" : DateStyles.UK.longDate(item.date())) + ", "
                + item.topic() + ")";
    }

    public static String date(LocalDate date) {
        return DateStyles.UK.longDate(date);
    }
}
