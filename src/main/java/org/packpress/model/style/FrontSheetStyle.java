package org.packpress.model.style;

/**
 * The agenda front sheet.
 *
 * @param contactLine template of the contact officer line: {@code {name}}, {@code {role}} (the
 *     officer's job title), {@code {email}} and {@code {phone}} (the officer's own), {@code {bodyEmail}}
 *     and {@code {bodyPhone}} (the body's); a part in square brackets is left out when a field in it is empty
 * @param itemLabel how an item number prints: {@code {number}} ("7a") or {@code {number}.} ("7a.")
 * @param subItemTitles whether a sub-item prints a title that repeats the one of the item before it in its group
 * @param untimed what the time column shows for an item without a time ("" or "–")
 */
public record FrontSheetStyle(String contactLine, String itemLabel, SubItemTitles subItemTitles, String untimed) {

    public static final FrontSheetStyle DEFAULT = new FrontSheetStyle(null, null, null, null);

    public FrontSheetStyle {
        contactLine = Defaults.or(contactLine, "Contact Officer: {name}[ email: {bodyEmail}][ Tel: {bodyPhone}]");
        itemLabel = Defaults.or(itemLabel, "{number}");
        subItemTitles = Defaults.or(subItemTitles, SubItemTitles.REPEATED_ONCE);
        untimed = Defaults.or(untimed, "");
    }

    /** "7a" → "7a." with the label {@code {number}.}. */
    public String label(String number) {
        return itemLabel.replace("{number}", number);
    }

    public enum SubItemTitles {
        /** a sub-item's title prints unless it repeats the title of the item before it in its group */
        REPEATED_ONCE,
        /** every item and sub-item prints its own title, repeated or not */
        EVERY_ITEM
    }
}
