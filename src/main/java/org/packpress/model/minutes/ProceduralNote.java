package org.packpress.model.minutes;

import org.packpress.model.style.MinutesStyle.NotePlacement;

/**
 * An arrival, a departure, an adjournment: printed in italics within its minute. A minutes file may
 * write a note as plain text (placed as the house style says) or as {@code {text, at}}.
 *
 * @param text Markdown
 * @param at where it prints: before the minute's text, after it, or after its resolution; null for
 *     the house style's placement
 */
public record ProceduralNote(String text, NotePlacement at) {

    /** A note written as plain text. */
    public ProceduralNote(String text) {
        this(text, null);
    }
}
