package org.packpress.render;

import java.time.OffsetDateTime;

/**
 * What every PDF that PackPress writes carries in its metadata: title, author (the body), subject, the date of a
 * published document ({@code dated}) and the language it declares (the house style's, British English unless it
 * says otherwise).
 *
 * @param dated the date a published document carries: the publisher's date for the build's inputs, so that a
 *     document built again from the same inputs has the same bytes; null for a paper rendered to be assembled
 *     into a pack, whose metadata no reader sees (only its pages reach the pack)
 * @param language the BCP 47 tag of the document's language ({@code /Lang}, XMP {@code dc:language}, a workbook's
 *     {@code dc:language})
 */
public record DocumentInfo(String title, String author, String subject, OffsetDateTime dated, String language) {

    /** The language of a document whose house style names none. */
    public static final String LANGUAGE = "en-GB";

    /** A paper to be assembled into a pack: undated. */
    public DocumentInfo(String title, String author, String subject) {
        this(title, author, subject, null);
    }

    public DocumentInfo(String title, String author, String subject, OffsetDateTime dated) {
        this(title, author, subject, dated, LANGUAGE);
    }

    public DocumentInfo dated(OffsetDateTime date) {
        return new DocumentInfo(title, author, subject, date, language);
    }

    /** The same document in the language of {@code tag} ({@code cy}). */
    public DocumentInfo inLanguage(String tag) {
        return new DocumentInfo(title, author, subject, dated, tag);
    }
}
