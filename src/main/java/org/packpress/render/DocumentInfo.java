package org.packpress.render;

/**
 * What every PDF that PackPress writes carries in its metadata: title, author (the body) and
 * subject. The language is always British English.
 */
public record DocumentInfo(String title, String author, String subject) {

    public static final String LANGUAGE = "en-GB";
}
