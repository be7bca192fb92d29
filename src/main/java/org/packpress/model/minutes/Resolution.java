package org.packpress.model.minutes;

import java.util.List;

/**
 * What was resolved: either one unnumbered paragraph ({@code text}, "That …") or numbered clauses
 * i., ii. with lettered sub-clauses a., b.; an optional {@code preamble} ("That") precedes the clauses.
 */
public record Resolution(String preamble, String text, List<Clause> clauses) {

    public Resolution {
        clauses = Minutes.copy(clauses);
    }

    /** A numbered clause with its lettered sub-clauses (which have no sub-clauses themselves). */
    public record Clause(String text, List<Clause> clauses) {
        public Clause {
            clauses = Minutes.copy(clauses);
        }
    }

    /**
     * The text of a clause reference such as "ii" or "iii a", or null if there is no such clause.
     */
    public String clauseText(String reference) {
        String[] parts = reference.trim().split("\\s+");
        int index = RomanNumerals.parse(parts[0]);
        if (index < 1 || index > clauses.size() || parts.length > 2) {
            return null;
        }
        Clause clause = clauses.get(index - 1);
        if (parts.length == 1) {
            return clause.text();
        }
        if (!parts[1].matches("[a-z]")) {
            return null;
        }
        int letter = parts[1].charAt(0) - 'a';
        return letter < clause.clauses().size() ? clause.clauses().get(letter).text() : null;
    }
}
