package org.packpress.model;

/**
 * Someone who appears in a body's papers: a member, an officer, a guest.
 *
 * @param prefix "Cllr", "Chief Superintendent", or null
 * @param abbreviation of the organisation, printed as "(BCC)", or null
 */
public record Person(String id, String prefix, String givenName, String familyName, String jobTitle,
        String organisation, String abbreviation) {

    /** "Cllr Jasbir Jaspal", "Kristina Murphy". */
    public String displayName() {
        String name = givenName + " " + familyName;
        return prefix == null || prefix.isBlank() ? name : prefix + " " + name;
    }
}
