package org.packpress.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The order of an agenda's public and private business, read from its items' exempt flags and its motion to exclude
 * the press and public: the public are excluded before each run of exempt items and readmitted before the first
 * public item after one. The front sheet marks these places (the motion, the readmission, the Part headings); the
 * check {@code agenda.private-before-exclusion} reads the agenda's own motion from here.
 *
 * <p>A members' private session ({@code type: private-session}, an audit committee's meeting with its auditors) is
 * neither: no exempt information is taken in the meeting, so no motion is needed (most committees hold it once the
 * formal meeting has closed), and the public are not readmitted for it. It changes nothing; the items around it are
 * ordered as if it were not there.
 */
public final class PrivateBusiness {

    /** What happens to the press and public before an item is taken. */
    public enum Change {
        /** nothing: the item is taken as the one before it, in public or in private */
        NONE,
        /** they are excluded: the first exempt item after public business (or of the agenda) */
        EXCLUDED,
        /** they are readmitted: the first public item after exempt items */
        READMITTED
    }

    private PrivateBusiness() {
    }

    /**
     * The change before each of the items, in their order. Exempt items listed before the agenda's own motion (which
     * the check warns of) are followed by no readmission: the public were never excluded from them.
     */
    public static List<Change> changes(List<AgendaItem> items) {
        int motion = ownMotion(items).map(items::indexOf).orElse(-1);
        List<Change> changes = new ArrayList<>(items.size());
        boolean inPrivate = false;
        boolean excluded = false;
        for (int i = 0; i < items.size(); i++) {
            boolean exempt = items.get(i).exempt();
            if (items.get(i).privateSession()) {
                changes.add(Change.NONE);
                continue;
            }
            if (exempt == inPrivate) {
                changes.add(Change.NONE);
            } else if (exempt) {
                changes.add(Change.EXCLUDED);
                excluded = i > motion;
            } else {
                changes.add(excluded ? Change.READMITTED : Change.NONE);
            }
            inPrivate = exempt;
        }
        return changes;
    }

    /**
     * The agenda's own motion to exclude the press and public, an item of type {@code exclusion}: an agenda that has
     * one gets no other motion, wherever it places it.
     */
    public static Optional<AgendaItem> ownMotion(List<AgendaItem> items) {
        return items.stream().filter(item -> item.type() == AgendaItemType.EXCLUSION).findFirst();
    }

    /**
     * The agenda's own readmission of the press and public, an item of type {@code readmission}: an agenda that has
     * one gets no other readmission.
     */
    public static Optional<AgendaItem> ownReadmission(List<AgendaItem> items) {
        return items.stream().filter(item -> item.type() == AgendaItemType.READMISSION).findFirst();
    }

    /** The exempt items listed before the agenda's own motion; none when it has no motion of its own. */
    public static List<AgendaItem> beforeOwnMotion(List<AgendaItem> items) {
        return ownMotion(items).map(motion -> items.subList(0, items.indexOf(motion)).stream()
                .filter(AgendaItem::exempt).toList()).orElse(List.of());
    }
}
