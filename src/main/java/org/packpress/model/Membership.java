package org.packpress.model;

import java.time.LocalDate;

/**
 * A person's seat on a body for a period.
 *
 * @param authority the authority represented (for councillors), or null
 * @param role "Chair", "Vice Chair", or null
 * @param to last day of membership, or null while it lasts
 */
public record Membership(String personId, MemberType type, String authority, String role, LocalDate from,
        LocalDate to) {

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    public enum MemberType {
        /** an appointed member, a councillor representing an authority */
        MEMBER,
        /** an appointed independent (co-opted) member */
        INDEPENDENT,
        /** a councillor standing in for a member, for the meeting's day only (its role says for whom) */
        SUBSTITUTE
    }
}
