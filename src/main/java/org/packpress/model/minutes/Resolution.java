package org.packpress.model.minutes;

import java.util.List;
import org.packpress.model.style.MinutesStyle;

/**
 * What was resolved: either one unnumbered paragraph ({@code text}, "That …") or numbered clauses
 * (i., ii. with sub-clauses a., b. in the default labels); an optional {@code preamble} ("That") precedes the clauses.
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
     * A clause as an action on its own, in the tracker: after the resolution's preamble, so that it reads as the
     * resolution does ("That the Commissioner provide …", as minutes that write "That" in every clause have it);
     * null as {@link #clauseText}.
     */
    public String clauseAsAction(MinutesStyle.ClauseLabels labels, String reference) {
        String clause = clauseText(labels, reference);
        if (clause == null || preamble == null || preamble.isBlank()) {
            return clause;
        }
        return preamble.strip().replaceFirst("\\s*[:\u2013\u2014-]$", "") + " " + clause;
    }

    /**
     * The text of a clause reference such as "ii" or "iii a" (in the minutes' clause labels: "b", "c i" for
     * a) with i.), or null if there is no such clause. A clause with sub-clauses is followed by them, a list item
     * each ("… report on: - by station - by quarter"), so that an action taken from it keeps every word.
     */
    public String clauseText(MinutesStyle.ClauseLabels labels, String reference) {
        MinuteNumbers.Clause clause = MinuteNumbers.clause(labels, reference);
        if (clause == null || clause.clause() > clauses.size()) {
            return null;
        }
        Clause numbered = clauses.get(clause.clause() - 1);
        if (clause.subClause() == 0) {
            return numbered.clauses().isEmpty() ? numbered.text() : numbered.text() + "\n\n"
                    + String.join("\n", numbered.clauses().stream().map(sub -> "- " + sub.text()).toList());
        }
        return clause.subClause() <= numbered.clauses().size() ? numbered.clauses().get(clause.subClause() - 1).text() : null;
    }
}
