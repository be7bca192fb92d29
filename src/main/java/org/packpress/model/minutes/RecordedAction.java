package org.packpress.model.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.packpress.model.style.MinutesStyle;

/**
 * An action as the tracker knows it: from a minute of a meeting, or an older action from the tracker
 * file. The text of an action linked to a resolution clause is that clause, word for word, after the
 * resolution's preamble.
 *
 * @param ref "774 ii" (in the clause labels of its minutes), or "" for an older action that never had a reference
 */
public record RecordedAction(String ref, LocalDate meeting, String text, String owner, LocalDate due,
        LocalDate targetMeeting) {

    /**
     * The actions arising from a meeting's minutes, in minute order.
     *
     * @param labels the clause labels of the minutes' house style, in which their actions name clauses
     */
    public static List<RecordedAction> of(Minutes minutes, MinutesStyle.ClauseLabels labels) {
        List<RecordedAction> actions = new ArrayList<>();
        for (MinuteItem item : minutes.items()) {
            for (MinuteAction action : item.actions()) {
                String text = action.text() != null && !action.text().isBlank() ? action.text()
                        : item.resolution() == null ? null : item.resolution().clauseAsAction(labels, action.clause());
                MinuteNumbers.Clause clause = action.clause() == null ? null : MinuteNumbers.clause(labels, action.clause());
                String written = clause == null ? action.clause() : MinuteNumbers.clauseReference(labels, clause);
                actions.add(new RecordedAction(MinuteNumbers.reference(item.number(), written),
                        minutes.meeting(), text, action.owner(), action.due(), action.targetMeeting()));
            }
        }
        return actions;
    }
}
