package org.packpress.model;

import java.util.Locale;

/**
 * The longest text each kind of input field may hold, and the characters it may not contain: the one home of the
 * limits the import checks (docs/input-format.md lists them, field by field). A field stored in a column of the
 * store is limited to that column's size, so that an input too long is refused at import, naming its file, field
 * and limit, and never by the database. Input types say which kind each field is with {@link Limit}; a text field
 * that says nothing is {@link #TEXT}.
 */
public enum TextLimit {

    /** Body ids. */
    BODY_ID(40, Rule.IDENTIFIER),
    /** Ids of people, plans, areas, comparator groups, measures and inspections, and references to them. */
    ID(60, Rule.IDENTIFIER),
    /** Indicator, theme and section codes, minute numbers, periods, years. */
    CODE(20, Rule.IDENTIFIER),
    /** Agenda item numbers ("7", "7a") and appendix labels. */
    ITEM_NUMBER(10, Rule.IDENTIFIER),
    /** Keys of text blocks and generated papers' options. */
    KEY(60, Rule.IDENTIFIER),
    /** Names that reach email headers: a body's name, a recipient's name. */
    HEADER_NAME(200, Rule.HEADER),
    /** A body's short name, which may reach email headers too. */
    SHORT_HEADER_NAME(40, Rule.HEADER),
    /** Email addresses, which reach email headers. */
    EMAIL(200, Rule.HEADER),
    /**
     * Words read into one of a field's choices (kinds, types, statuses, units, directions, roles). Only the choice
     * is stored; a word that is none is refused by its reader with the list of choices, so this limit only bounds
     * what that message repeats.
     */
    CHOICE(100, Rule.TEXT),
    /** Short words stored as written: a person's abbreviation, a minute-number form. */
    WORD(20, Rule.TEXT),
    /** Short lines: short names, abbreviations, post-nominals, roles, phone numbers. */
    SHORT(40, Rule.TEXT),
    /** Given and family names, inspectorates, crime types, printed values. */
    NAME(100, Rule.TEXT),
    /** Job titles, organisations, authorities, short venues, areas and groups, hosts. */
    LINE(200, Rule.TEXT),
    /** Venues, "report of" lines, plan, theme and measure titles, sources, file paths. */
    LONG_LINE(300, Rule.TEXT),
    /** Titles of items, papers, reports and indicators; authors; web addresses. */
    TITLE(500, Rule.TEXT),
    /** Notes, progress, lists stored joined (aliases, peers). */
    NOTE(1000, Rule.TEXT),
    /** Purposes, reasons, data-quality notes. */
    PARAGRAPH(2000, Rule.TEXT),
    /** Comments and inspection findings. */
    COMMENT(4000, Rule.TEXT),
    /** Any other text (descriptions, notes, minutes, text blocks, house-style wording), Markdown or not. */
    TEXT(20_000, Rule.TEXT);

    /** What a field's text may not contain besides its length. */
    public enum Rule {
        /** Anything. */
        TEXT,
        /** No invisible or bidirectional control characters, so that two ids that look alike are alike. */
        IDENTIFIER,
        /** No line breaks or other control characters, which could end an email header and start another. */
        HEADER
    }

    private final int max;
    private final Rule rule;

    TextLimit(int max, Rule rule) {
        this.max = max;
        this.rule = rule;
    }

    /** The most characters (UTF-16 code units) the field may hold. */
    public int max() {
        return max;
    }

    public Rule rule() {
        return rule;
    }

    /** Why {@code text} is not acceptable for this kind of field, or null when it is. */
    public String problem(String text) {
        if (text.length() > max) {
            return String.format(Locale.UK, "is %,d characters long; at most %,d are allowed", text.length(), max);
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (rule == Rule.IDENTIFIER && invisible(c)) {
                return String.format(Locale.UK, "contains an invisible or bidirectional control character (U+%04X at"
                        + " position %d); identifiers may not", c, i + 1);
            }
            if (rule == Rule.HEADER && breaksHeader(c)) {
                return String.format(Locale.UK, "contains a line break or control character (U+%04X at position %d),"
                        + " which could break an email header", c, i + 1);
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /**
     * Control and format characters (zero-width spaces and joiners, bidirectional marks, embeddings, overrides and
     * isolates, the byte-order mark, soft hyphens), line and paragraph separators, spaces other than the plain one,
     * and the blank fillers.
     */
    static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SPACE_SEPARATOR && c != ' '
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0;
    }

    /** Control characters (CR, LF, tab, NUL, NEL ...) and line and paragraph separators. */
    static boolean breaksHeader(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
