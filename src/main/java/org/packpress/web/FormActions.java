package org.packpress.web;

import java.util.Collections;
import java.util.List;

/**
 * The meeting form's buttons other than Save: {@code add}, {@code remove-N}, {@code up-N}, {@code down-N}
 * (items by position from 0) and {@code remove-paper-N-D}. They change only the form; nothing is stored
 * until Save.
 */
final class FormActions {

    private FormActions() {
    }

    /** Applies the action; returns the position of the item to focus afterwards (or -1). */
    static int apply(MeetingForm form, String action) {
        List<MeetingForm.Item> items = form.getItems();
        if (action.equals("add")) {
            items.add(new MeetingForm.Item());
            return items.size() - 1;
        }
        String[] parts = action.split("-");
        int at = parts.length > 1 ? position(parts[parts.length - (action.startsWith("remove-paper-") ? 2 : 1)]) : -1;
        if (at < 0 || at >= items.size()) {
            throw new IllegalArgumentException("'" + action + "' is not an action of the meeting form");
        }
        if (action.startsWith("remove-paper-")) {
            MeetingForm.Item item = items.get(at);
            item.setSource(MeetingYaml.withoutPaper(item.getSource(), position(parts[parts.length - 1])));
            return at;
        }
        if (action.startsWith("remove-")) {
            items.remove(at);
            return Math.min(at, items.size() - 1);
        }
        if (action.startsWith("up-") && at > 0) {
            Collections.swap(items, at, at - 1);
            return at - 1;
        }
        if (action.startsWith("down-") && at < items.size() - 1) {
            Collections.swap(items, at, at + 1);
            return at + 1;
        }
        return at;
    }

    private static int position(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
