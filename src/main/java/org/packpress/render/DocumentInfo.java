package org.packpress.render;

import java.time.OffsetDateTime;

/**
 * What every PDF that PackPress writes carries in its metadata: title, author (the body), subject, and
 * the date of a published document ({@code dated}). The language is always British English.
 *
 * @param dated the date a published document carries: the publisher's date for the build's inputs, so that a
 *     document built again from the same inputs has the same bytes; null for a paper rendered to be assembled
 *     into a pack, whose metadata no reader sees (only its pages reach the pack)
 */
public record DocumentInfo(String title, String author, String subject, OffsetDateTime dated) {

    public static final String LANGUAGE = "en-GB";

    /** A paper to be assembled into a pack: undated. */
    public DocumentInfo(String title, String author, String subject) {
        this(title, author, subject, null);
    }

    public DocumentInfo dated(OffsetDateTime date) {
        return new DocumentInfo(title, author, subject, date);
    }
}
