package org.packpress.model.style;

import org.packpress.model.Limit;
import org.packpress.model.Membership;
import org.packpress.model.NameForm;
import org.packpress.model.TextLimit;

/**
 * The list of the body's members that a front sheet may print under its contact line: the members whose
 * membership is active on the meeting's date. Its heading and the label of independent members are text blocks
 * ({@code agenda-membership-heading}, {@code agenda-membership-independent}).
 *
 * @param print whether the front sheet lists the members; by default it does not
 * @param memberLine template of a member's line: {@code {name}} (title, name and post-nominals, as the person is
 *     stored), {@code {role}} (the membership's role) and {@code {authority}} (the authority represented, or an
 *     independent member's label); a part in square brackets is left out when a field in it is empty
 * @param order the order of the members
 * @param substitutes whether a substitute of the meeting's day (a membership of type {@code substitute}) is listed
 * @param names how {@code {name}} writes the given names: in full, or as initials
 * @param layout a line for each member (a list), or one run-on paragraph
 * @param separator what separates the members of a run-on paragraph
 */
public record MembershipList(Boolean print, String memberLine, Order order, Substitutes substitutes, NameForm names,
        Layout layout, @Limit(TextLimit.WORD) String separator) {

    public static final MembershipList DEFAULT = new MembershipList(null, null, null, null, null, null, null);

    public MembershipList {
        print = Boolean.TRUE.equals(print);
        memberLine = Defaults.or(memberLine, "{name}[ ({role})][, {authority}]");
        order = Defaults.or(order, Order.ROLES_FIRST);
        substitutes = Defaults.or(substitutes, Substitutes.LISTED);
        names = Defaults.or(names, NameForm.FULL);
        layout = Defaults.or(layout, Layout.LIST);
        separator = Defaults.or(separator, ", ");
    }

    public enum Layout {
        /** a line for each member, tagged as a list of them */
        LIST,
        /** one paragraph, the members separated by {@link #separator()} ("Mrs R Marsden (Chair), Mr K Asante, …") */
        RUN_ON
    }

    /** Whether the list has a line for a membership of this type. */
    public boolean lists(Membership.MemberType type) {
        return type != Membership.MemberType.SUBSTITUTE || substitutes == Substitutes.LISTED;
    }

    public enum Substitutes {
        /** a substitute is listed as a member, with its role, beside the member they stand in for */
        LISTED,
        /** the appointed members only */
        OMITTED
    }

    public enum Order {
        /**
         * the holders of the leading roles ({@code minutes.leadingRoles}: the Chair, the Vice Chair) in that order,
         * then the other members by family and given name, independent members after the councillors
         */
        ROLES_FIRST,
        /** as {@code body.yaml} lists the memberships */
        AS_LISTED
    }
}
