package org.packpress.model.style;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import org.packpress.common.DateStyles;
import org.packpress.model.ItemNumbers;
import org.packpress.model.Limit;
import org.packpress.model.TextLimit;

/**
 * The agenda front sheet.
 *
 * @param contactLine template of the contact officer line: {@code {name}}, {@code {role}} (the
 *     officer's job title), {@code {email}} and {@code {phone}} (the officer's own), {@code {bodyEmail}}
 *     and {@code {bodyPhone}} (the body's); a part in square brackets is left out when a field in it is empty
 * @param itemLabel how an item number prints: {@code {number}} ("7a"), {@code {number}.} ("7a.") or a longer label
 *     ({@code Item {number}}: "Item 7a")
 * @param subItemTitles whether a sub-item prints a title that repeats the one of the item before it in its group
 * @param untimed what the time column shows for an item without a time ("" or "–")
 * @param timeFormat the pattern of the items' times and the meeting's time ({@code HH:mm} → 18:00,
 *     {@code h.mm a} → 6.00 pm)
 * @param dateTimeLine template of the line under the body's name: {@code {date}} (Monday 3 February 2025) and
 *     {@code {time}} (in {@code timeFormat})
 * @param itemTitles whether the agenda prints the items' titles in capitals or as the meeting file writes them
 * @param subItemNumber how a sub-item's number is written in the input files and printed on every paper:
 *     {@code {n}{a}} (7a), {@code {n}.{i}} (7.1), {@code {n}({a})} (7(a)); null for the default, {@code {n}{a}};
 *     read by {@link ItemNumbers}, as written, so that the numbers' one home reads it
 * @param membership whether and how the front sheet lists the members on the meeting's date
 * @param timeColumn whether the agenda table has its column of times: always, only when an item of the agenda has a
 *     time, or never
 * @param partHeadings whether the agenda table heads its public and private business as Part 1 and Part 2 (text blocks
 *     {@code agenda-part-public}, {@code agenda-part-private}): never, when it has private business, or always
 */
public record FrontSheetStyle(String contactLine, String itemLabel, SubItemTitles subItemTitles, String untimed,
        String timeFormat, String dateTimeLine, ItemTitles itemTitles, @Limit(TextLimit.WORD) String subItemNumber,
        MembershipList membership, TimeColumn timeColumn, PartHeadings partHeadings) {

    public static final FrontSheetStyle DEFAULT = new FrontSheetStyle(null, null, null, null, null, null, null, null,
            null, null, null);

    public FrontSheetStyle {
        contactLine = Defaults.or(contactLine, "Contact Officer: {name}[ email: {bodyEmail}][ Tel: {bodyPhone}]");
        itemLabel = Defaults.or(itemLabel, "{number}");
        subItemTitles = Defaults.or(subItemTitles, SubItemTitles.REPEATED_ONCE);
        untimed = Defaults.or(untimed, "");
        timeFormat = Defaults.or(timeFormat, "HH:mm");
        dateTimeLine = Defaults.or(dateTimeLine, "{date} at {time} hours");
        itemTitles = Defaults.or(itemTitles, ItemTitles.CAPITALS);
        membership = Defaults.or(membership, MembershipList.DEFAULT);
        timeColumn = Defaults.or(timeColumn, TimeColumn.ALWAYS);
        partHeadings = Defaults.or(partHeadings, PartHeadings.NEVER);
    }

    /** Whether the agenda table heads its parts, given whether it lists private business. */
    public boolean headsParts(boolean anyItemExempt) {
        return partHeadings == PartHeadings.ALWAYS || partHeadings == PartHeadings.WHEN_PRIVATE && anyItemExempt;
    }

    /** Whether the agenda table prints its column of times, given whether any item it lists has a time. */
    public boolean printsTimes(boolean anyItemTimed) {
        return timeColumn == TimeColumn.ALWAYS || timeColumn == TimeColumn.WHEN_TIMED && anyItemTimed;
    }

    /** An item's title as the agenda prints it: "APOLOGIES FOR ABSENCE", or "Apologies for Absence" as written. */
    public String title(String title) {
        return itemTitles == ItemTitles.CAPITALS ? title.toUpperCase(Locale.UK) : title;
    }

    /** An item's time, or the meeting's: "18:00", or "6.00 pm" in the pattern {@code h.mm a} ("6.00 yh" in Welsh). */
    public String time(DateStyles dates, LocalTime time) {
        return dates.pattern(time, timeFormat);
    }

    /** "Monday 3 February 2025 at 18:00 hours", in the style's line and time format, in the wording of {@code dates}. */
    public String dateTime(DateStyles dates, LocalDate date, LocalTime time) {
        return StyleTemplates.fill(dateTimeLine, Map.of("date", dates.dayDate(date), "time", time(dates, time)));
    }

    /** A stored number as the agenda prints it: "7a" → "7a." with the label {@code {number}.}, "7.1." in {@code {n}.{i}}. */
    public String label(String number) {
        return itemLabel.replace("{number}", ItemNumbers.of(subItemNumber).written(number));
    }

    public enum ItemTitles {
        /** in capitals, whatever the meeting file writes ("APOLOGIES FOR ABSENCE") */
        CAPITALS,
        /** as the meeting file writes them ("Apologies for Absence") */
        AS_WRITTEN
    }

    public enum PartHeadings {
        /** no headings: the motion and the readmission alone mark where private business starts and ends */
        NEVER,
        /** Part 1 at the start, Part 2 before each run of exempt items, Part 1 after it, on an agenda with one */
        WHEN_PRIVATE,
        /** Part 1 at the start of every agenda, and the Part 2 and Part 1 headings around its exempt items */
        ALWAYS
    }

    public enum TimeColumn {
        /** the column of times is printed, empty for an item without a time */
        ALWAYS,
        /** printed when an item of the agenda has a time; otherwise the Topic column takes its room */
        WHEN_TIMED,
        /** never printed: the Topic column takes its room */
        NEVER
    }

    public enum SubItemTitles {
        /** a sub-item's title prints unless it repeats the title of the item before it in its group */
        REPEATED_ONCE,
        /** every item and sub-item prints its own title, repeated or not */
        EVERY_ITEM
    }
}
