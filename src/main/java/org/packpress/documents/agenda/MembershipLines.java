package org.packpress.documents.agenda;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.packpress.model.Body;
import org.packpress.model.Membership;
import org.packpress.model.Person;
import org.packpress.model.style.HouseStyle;
import org.packpress.model.style.MembershipList;
import org.packpress.model.style.StyleTemplates;

/**
 * The lines of the front sheet's list of members: each membership active on the meeting's date, written with the
 * style's member line, in the style's order.
 */
final class MembershipLines {

    /** Names in the order of a British English index, as the minutes' attendance lists sort them. */
    private static final Collator NAMES = Collator.getInstance(Locale.UK);

    private MembershipLines() {
    }

    /**
     * @param independent the label an independent member has in place of an authority
     * @return the lines, or none when the style does not list the members
     */
    static List<String> of(Body body, LocalDate date, HouseStyle style, String independent) {
        MembershipList list = style.frontSheet().membership();
        if (!list.print()) {
            return List.of();
        }
        List<Membership> active = body.memberships().stream()
                .filter(m -> m.activeOn(date) && list.lists(m.type())).toList();
        if (list.order() == MembershipList.Order.ROLES_FIRST) {
            active = active.stream().sorted(rolesFirst(body, style.minutes().leadingRoles())).toList();
        }
        return active.stream().map(m -> line(list, body.person(m.personId()), m, independent)).toList();
    }

    /** The leading roles in their order, then councillors, then independent members, each by name. */
    private static Comparator<Membership> rolesFirst(Body body, List<String> leadingRoles) {
        Comparator<Membership> byName = Comparator.comparing((Membership m) -> body.person(m.personId()).familyName(),
                NAMES).thenComparing(m -> body.person(m.personId()).givenName(), NAMES);
        return Comparator.comparingInt((Membership m) -> leadingRank(m, leadingRoles))
                .thenComparing(m -> m.type() == Membership.MemberType.INDEPENDENT)
                .thenComparing(byName);
    }

    private static int leadingRank(Membership membership, List<String> leadingRoles) {
        for (int i = 0; membership.role() != null && i < leadingRoles.size(); i++) {
            if (leadingRoles.get(i).equalsIgnoreCase(membership.role())) {
                return i;
            }
        }
        return leadingRoles.size();
    }

    private static String line(MembershipList list, Person person, Membership membership, String independent) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", person.displayName(list.names()));
        fields.put("role", membership.role());
        fields.put("authority", membership.type() == Membership.MemberType.INDEPENDENT ? independent
                : membership.authority());
        return StyleTemplates.fill(list.memberLine(), fields);
    }
}
