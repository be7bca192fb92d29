package org.packpress.model;

/**
 * Someone who appears in a body's papers: a member, an officer, a guest.
 *
 * @param prefix "Cllr", "Chief Superintendent", or null
 * @param abbreviation of the organisation, printed as "(BCC)", or null
 * @param postNominals letters after the name ("MBE", "OBE"), or null
 * @param email the person's own address (a contact officer's), or null
 * @param phone the person's own telephone number, or null
 */
public record Person(String id, String prefix, String givenName, String familyName, String jobTitle,
        String organisation, String abbreviation, String postNominals, String email, String phone) {

    /** "Cllr Jasbir Jaspal", "Kristina Murphy MBE". */
    public String displayName() {
        return displayName(NameForm.FULL);
    }

    /** "Cllr Jasbir Jaspal", or with initials "Cllr J Jaspal", "Mrs R Marsden FCA": prefix and post-nominals kept. */
    public String displayName(NameForm form) {
        String name = nameWithPostNominals(form);
        return prefix == null || prefix.isBlank() ? name : prefix + " " + name;
    }

    /** "Kristina Murphy MBE": the name without its prefix, as a Board's attendee table prints it. */
    public String nameWithPostNominals() {
        return nameWithPostNominals(NameForm.FULL);
    }

    /** "Kristina Murphy MBE", or with initials "K Murphy MBE". */
    public String nameWithPostNominals(NameForm form) {
        String name = form.given(givenName) + " " + familyName;
        return postNominals == null || postNominals.isBlank() ? name : name + " " + postNominals;
    }

    /** "Jasbir Jaspal". */
    public String fullName() {
        return givenName + " " + familyName;
    }
}
