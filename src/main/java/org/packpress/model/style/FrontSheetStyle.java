package org.packpress.model.style;

/**
 * The agenda front sheet.
 *
 * @param contactLine template of the contact officer line: {@code {name}}, {@code {role}} (the
 *     officer's job title), {@code {email}} and {@code {phone}} (the officer's own), {@code {bodyEmail}}
 *     and {@code {bodyPhone}} (the body's); a part in square brackets is left out when a field in it is empty
 * @param itemLabel how an item number prints: {@code {number}} ("7a") or {@code {number}.} ("7a.")
 * @param subItemTitles whether each sub-item prints its own title or only the first of its group does
 * @param untimed what the time column shows for an item without a time ("" or "–")
 */
public record FrontSheetStyle(String contactLine, String itemLabel, SubItemTitles subItemTitles, String untimed) {

    public static final FrontSheetStyle DEFAULT = new FrontSheetStyle(null, null, null, null);

    public FrontSheetStyle {
        contactLine = Defaults.or(contactLine, "Contact Officer: {name}[ email: {bodyEmail}][ Tel: {bodyPhone}]");
        itemLabel = Defaults.or(itemLabel, "{number}");
        subItemTitles = Defaults.or(subItemTitles, SubItemTitles.ONCE_PER_GROUP);
        untimed = Defaults.or(untimed, "");
    }

    /** "7a" → "7a." with the label {@code {number}.}. */
    public String label(String number) {
        return itemLabel.replace("{number}", number);
    }

    public enum SubItemTitles {
        /** the group's title prints once, above its first item (the Panel's 2024 pack) */
        ONCE_PER_GROUP,
        /** every item and sub-item prints its own title */
        EVERY_ITEM
    }
}
